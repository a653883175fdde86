package org.beltmap.app.view;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.app.viewmodel.SettingsViewModel;
import org.beltmap.core.model.Centre;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.Town;

/**
 * Analysis → Settings: belts and isochrones, speeds, network tolerances, centres and size classes. A field with a
 * problem is marked and the problem says what to write; OK (one undoable edit) is off until all fields are right.
 */
final class SettingsDialog {

    private final Messages m;
    private final SettingsViewModel vm;
    /** Every input by the field id its problems name, for marking. */
    private final Map<String, javafx.scene.control.Control> fields = new HashMap<>();

    private SettingsDialog(Messages m, SettingsViewModel vm) {
        this.m = m;
        this.vm = vm;
    }

    static void show(Window owner, MainViewModel main) {
        if (main.getRegion() == null) {
            return;
        }
        SettingsViewModel vm = new SettingsViewModel(main.messages(), main.getRegion());
        SettingsDialog d = new SettingsDialog(main.messages(), vm);
        d.dialog(owner).showAndWait().ifPresent(c -> main.setAnalysisSettings(c.settings(), c.centres()));
    }

    private Dialog<SettingsViewModel.Choice> dialog(Window owner) {
        Dialog<SettingsViewModel.Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("settings.title"));
        d.setHeaderText(m.get("settings.header"));
        d.setResizable(true);
        VBox left = new VBox(6, title("settings.section.belts"), belts(), title("settings.section.speeds"), speeds());
        VBox right = new VBox(6, title("settings.section.network"), network(), title("settings.section.centres"),
                centres(), title("settings.section.sizes"), sizes());
        HBox columns = new HBox(28, left, right);
        if (vm.roadClasses().stream().anyMatch(vm::isOsmClass)) {
            columns.getChildren().add(new VBox(6, title("settings.section.osmSpeeds"), osmSpeeds()));
        }
        Label problems = new Label();
        problems.setId("settingsProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.DANGER);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", vm.problems()), vm.problems()));
        // Room for three lines of problems is kept, so the dialog does not jump; more lines scroll.
        javafx.scene.control.ScrollPane problemArea = new javafx.scene.control.ScrollPane(problems);
        problemArea.setFitToWidth(true);
        problemArea.setPrefViewportHeight(3 * 18);
        problemArea.setStyle("-fx-background-color: transparent; -fx-background: transparent; -fx-padding: 0;");
        VBox content = new VBox(12, fitToScreen(columns), problemArea);
        content.setPadding(new Insets(8, 16, 4, 16));
        d.getDialogPane().setContent(content);
        // Never smaller than the content: a squeezed field or a cut label ("…") hides what it says.
        d.getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // The first size is taken before the theme's fonts apply; measured again once shown.
        d.setOnShown(e -> d.getDialogPane().getScene().getWindow().sizeToScene());
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("settingsOk");
        ok.disableProperty().bind(vm.validProperty().not());
        vm.problemByField().addListener((MapChangeListener<String, String>) c -> mark());
        mark();
        d.setResultConverter(b -> b == ButtonType.OK && vm.validProperty().get() ? vm.apply() : null);
        return d;
    }

    /**
     * The columns as they are when the screen has room; on a screen narrower than them (an OSM project's third column
     * on a 1,366 px laptop) they scroll sideways instead of pushing OK and Cancel off the screen.
     */
    private static Node fitToScreen(HBox columns) {
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(columns);
        scroller.setFitToHeight(true);
        scroller.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setStyle("-fx-background-color: transparent; -fx-background: transparent; -fx-padding: 0;");
        double room = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 96;
        scroller.prefViewportWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(columns.prefWidth(-1), room), columns.layoutBoundsProperty()));
        scroller.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> columns.prefHeight(-1) + (columns.prefWidth(-1) > room ? 16 : 0), columns.layoutBoundsProperty()));
        return scroller;
    }

    /** Marks the fields that have a problem, with the problem as their tooltip. */
    private void mark() {
        fields.forEach((id, f) -> {
            String problem = vm.problemByField().get(id);
            f.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
            f.setTooltip(problem == null ? null : new Tooltip(problem));
        });
    }

    private Node belts() {
        GridPane g = grid();
        row(g, 0, "beltThresholds", vm.beltThresholdsProperty(), m.get("unit.min") + ", "
                + m.get("settings.listHint", vm.beltThresholdsProperty().get()), 12);
        row(g, 1, "isochroneMinutes", vm.isochroneMinutesProperty(), m.get("unit.min") + ", "
                + m.get("settings.listHint", vm.isochroneMinutesProperty().get()), 12);
        return g;
    }

    private Node speeds() {
        GridPane g = grid();
        int r = 0;
        for (String c : vm.roadClasses()) {
            if (!vm.isOsmClass(c)) {
                TextField f = row(g, r++, "speed." + c, vm.text("speed." + c), m.get("unit.kmh"), 6);
                f.setPromptText(m.get("settings.speedEmpty"));
            }
        }
        row(g, r++, "defaultSpeed", vm.text("defaultSpeed"), m.get("unit.kmh"), 6);
        row(g, r++, "accessSpeed", vm.text("accessSpeed"), m.get("unit.kmh"), 6);
        row(g, r++, "detourFactor", vm.text("detourFactor"), "", 6);
        CheckBox rail = new CheckBox(m.get("settings.railways"));
        rail.setId("settings-railwaysInNetwork");
        rail.setMinWidth(Region.USE_PREF_SIZE);
        rail.selectedProperty().bindBidirectional(vm.railwaysInNetworkProperty());
        g.add(rail, 0, r, 3, 1);
        return g;
    }

    /** The OSM highway classes of an imported extract, a link's speed beside its road's (one column, not two). */
    private Node osmSpeeds() {
        GridPane g = grid();
        int r = 0;
        for (String c : vm.roadClasses()) {
            if (!vm.isOsmClass(c) || c.endsWith("_link")) {
                continue;
            }
            TextField f = row(g, r, "speed." + c, vm.text("speed." + c), m.get("unit.kmh"), 5);
            f.setPromptText(m.get("settings.speedEmpty"));
            String link = c + "_link";
            if (vm.roadClasses().contains(link)) {
                TextField lf = field("speed." + link, vm.text("speed." + link), 5);
                lf.setPromptText(m.get("settings.speedEmpty"));
                Label l = label(m.get("settings.osmLink"));
                l.setTooltip(new Tooltip(vm.label("speed." + link)));
                g.add(l, 3, r);
                g.add(lf, 4, r);
                g.add(unit(m.get("unit.kmh")), 5, r);
            }
            r++;
        }
        return g;
    }

    private Node network() {
        GridPane g = grid();
        row(g, 0, "snapTolerance", vm.text("snapTolerance"), m.get("unit.m"), 6);
        row(g, 1, "gapJoin", vm.text("gapJoin"), m.get("unit.m"), 6);
        row(g, 2, "maxAccess", vm.text("maxAccess"), m.get("unit.km"), 6);
        return g;
    }

    private Node centres() {
        ListView<Centre> list = new ListView<>(vm.centres());
        list.setId("settingsCentres");
        list.setPrefHeight(110);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Centre c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : vm.centreName(c));
            }
        });
        ComboBox<Town> pick = new ComboBox<>();
        pick.setId("settingsCentrePick");
        pick.setPromptText(m.get("settings.centrePrompt"));
        pick.setButtonCell(townCell());
        pick.setCellFactory(v -> townCell());
        pick.setPrefWidth(200);
        Runnable refill = () -> pick.getItems().setAll(vm.centreCandidates());
        refill.run();
        vm.centres().addListener((ListChangeListener<Centre>) c -> refill.run());
        Button add = new Button(m.get("settings.addCentre"));
        add.setId("settingsAddCentre");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(pick.valueProperty().isNull());
        add.setOnAction(e -> {
            vm.addCentre(pick.getValue());
            pick.setValue(null);
        });
        Button remove = new Button(m.get("settings.removeCentre"));
        remove.setId("settingsRemoveCentre");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeCentre(list.getSelectionModel().getSelectedItem()));
        fields.put("centres", list);
        return new VBox(6, list, new HBox(6, pick, add, remove));
    }

    private ListCell<Town> townCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Town t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name(m.locale()));
            }
        };
    }

    private Node sizes() {
        GridPane g = grid();
        int r = 0;
        // Largest class first, as in the legend.
        for (int i = vm.sizeClasses().size() - 1; i >= 0; i--) {
            SizeClass c = vm.sizeClasses().get(i);
            String key = "sizeClass.short." + c.id();
            Label label = label(m.has(key) ? m.get(key) : c.id());
            TextField f = field("sizeClass." + c.id(), vm.text("sizeClass." + c.id()), 9);
            g.addRow(r++, label, f, unit(m.get("settings.sizeUnit")));
        }
        return g;
    }

    private TextField row(GridPane g, int r, String id, javafx.beans.property.StringProperty text, String unit,
                          int columns) {
        TextField f = field(id, text, columns);
        g.addRow(r, label(vm.label(id)), f, unit(unit));
        return f;
    }

    private TextField field(String id, javafx.beans.property.StringProperty text, int columns) {
        TextField f = new TextField();
        f.setId("settings-" + id.replace('.', '-'));
        f.setPrefColumnCount(columns);
        f.setMinWidth(Region.USE_PREF_SIZE);
        f.textProperty().bindBidirectional(text);
        fields.put(id, f);
        return f;
    }

    private GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(5);
        g.setPadding(new Insets(0, 0, 6, 12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        return g;
    }

    private Label title(String key) {
        Label l = label(m.get(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label unit(String text) {
        Label l = label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
