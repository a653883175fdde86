package org.beltmap.app.view;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.core.export.DiagramData;
import org.beltmap.core.export.ExportOptions;
import org.beltmap.core.export.Exporter;

/**
 * File → Export diagram: what to export (the base network or the active scenario), layout, format, paper,
 * orientation, dpi and the small-towns table, with a preview drawn by the same renderer as the file. The dialog
 * is as wide as its labels need in either language; choices are remembered; writing runs off the UI thread.
 */
final class ExportDialog {

    static final String BASE = "base";
    static final String SCENARIO = "scenario";

    /** The dialog, not yet shown, and what it would export. */
    record Form(Dialog<ButtonType> dialog, ButtonType save, ComboBox<String> source, Supplier<DiagramData> data,
                Supplier<ExportOptions> options) {
    }

    private ExportDialog() {
    }

    static void show(Window owner, MainViewModel vm, AppSettings settings) {
        var m = vm.messages();
        if (vm.exports().diagramData() == null) {
            Dialogs.error(owner, m, m.get("export.notReady"));
            return;
        }
        Form f = form(owner, vm, settings);
        if (f.dialog().showAndWait().orElse(ButtonType.CANCEL) != f.save()) {
            return;
        }
        ExportOptions o = f.options().get();
        String layout = o.layout().name().toLowerCase(Locale.ROOT);
        String ext = o.format().name().toLowerCase(Locale.ROOT);
        settings.setPref("export.layout", layout);
        settings.setPref("export.format", ext);
        settings.setPref("export.paper", o.paper().name());
        settings.setPref("export.orientation", o.landscape() ? "landscape" : "portrait");
        settings.setPref("export.dpi", String.valueOf(o.dpi()));
        settings.setPref("export.table", String.valueOf(o.smallTownsTable()));
        settings.save();
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        fc.setInitialFileName("belts-" + layout + "." + ext);
        File file = fc.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        DiagramData data = f.data().get();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                Exporter.export(data, o, file.toPath());
                return null;
            }
        };
        vm.statusProperty().set(m.get("export.writing", file.getName()));
        task.setOnSucceeded(e -> vm.statusProperty().set(m.get("export.done", file.getName())));
        task.setOnFailed(e -> Dialogs.error(owner, m, file + ": " + task.getException().getMessage()));
        Thread t = new Thread(task, "beltmap-export");
        t.setDaemon(true);
        t.start();
    }

    /** Builds the dialog and its live preview; the analysis must be ready. */
    static Form form(Window owner, MainViewModel vm, AppSettings settings) {
        Messages m = vm.messages();
        DiagramData active = vm.exports().diagramData();
        DiagramData base = vm.exports().baseData();
        ComboBox<String> source = combo(m, "export.source.", active.scenario() != null ? SCENARIO : BASE,
                active.scenario() != null ? List.of(SCENARIO, BASE) : List.of(BASE));
        source.setConverter(converter(v -> v.equals(SCENARIO) ? m.get("export.source.scenario", active.scenario())
                : m.get("export.source.base")));
        ComboBox<String> layout = combo(m, "export.layout.", settings.pref("export.layout", "map"), List.of("map", "rings"));
        ComboBox<String> format = combo(m, null, settings.pref("export.format", "pdf"), List.of("pdf", "svg", "png"));
        format.setConverter(converter(v -> v.toUpperCase(Locale.ROOT)));
        ComboBox<String> paper = combo(m, null, settings.pref("export.paper", "A4"), List.of("A4", "A3"));
        ComboBox<String> orientation = combo(m, "export.orientation.", settings.pref("export.orientation", "landscape"),
                List.of("landscape", "portrait"));
        Spinner<Integer> dpi = new Spinner<>(72, 600, Integer.parseInt(settings.pref("export.dpi", "300")), 50);
        CheckBox table = new CheckBox(m.get("export.table"));
        table.setSelected(Boolean.parseBoolean(settings.pref("export.table", "true")));
        table.setMinWidth(Region.USE_PREF_SIZE);
        TextField title = new TextField();
        title.setPromptText(m.get("export.titlePrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        // Labels keep their full width: the grid, and so the dialog, is as wide as they need.
        grid.getColumnConstraints().addAll(new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE,
                Region.USE_PREF_SIZE), new ColumnConstraints(180, Region.USE_COMPUTED_SIZE, Double.MAX_VALUE,
                Priority.ALWAYS, null, true));
        int row = 0;
        grid.addRow(row++, label(m.get("export.source")), source);
        if (vm.scenario().names().size() > (active.scenario() != null ? 1 : 0)) {
            Label hint = new Label(m.get("export.source.hint"));
            hint.setWrapText(true);
            hint.setMaxWidth(260);
            hint.getStyleClass().add("text-muted");
            grid.add(hint, 1, row++);
        }
        grid.addRow(row++, label(m.get("export.layout")), layout);
        grid.addRow(row++, label(m.get("export.format")), format);
        grid.addRow(row++, label(m.get("export.paper")), paper);
        grid.addRow(row++, label(m.get("export.orientation")), orientation);
        grid.addRow(row++, label(m.get("export.dpi")), dpi);
        grid.addRow(row++, label(m.get("export.title")), title);
        grid.add(table, 1, row);
        for (var c : List.of(source, layout, format, paper, orientation)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        dpi.setMaxWidth(Double.MAX_VALUE);
        Supplier<ExportOptions> options = () -> new ExportOptions(
                ExportOptions.parse(ExportOptions.Layout.class, layout.getValue(), "layout"),
                ExportOptions.parse(ExportOptions.Format.class, format.getValue(), "format"),
                ExportOptions.parse(ExportOptions.Paper.class, paper.getValue(), "paper"),
                orientation.getValue().equals("landscape"), dpi.getValue(), table.isSelected(),
                title.getText().isBlank() ? null : title.getText());
        Supplier<DiagramData> data = () -> SCENARIO.equals(source.getValue()) ? active : base;
        // A fixed frame, so turning the page round does not resize the dialog.
        ImageView preview = new ImageView();
        preview.setFitWidth(520);
        preview.setFitHeight(400);
        preview.setPreserveRatio(true);
        StackPane frame = new StackPane(preview);
        frame.setMinSize(520, 400);
        frame.setPrefSize(520, 400);
        Runnable refresh = () -> {
            ExportOptions o = options.get();
            // Drawn at the frame's own pixel size (the screen's scale included), so nothing is resampled.
            double scale = frame.getScene() == null ? 1 : frame.getScene().getWindow() == null ? 1
                    : frame.getScene().getWindow().getOutputScaleX();
            int px = (int) Math.max(36, Math.min(600, 72 * scale * Math.min(520 / o.widthPt(), 400 / o.heightPt())));
            ExportOptions small = new ExportOptions(o.layout(), ExportOptions.Format.PNG, o.paper(), o.landscape(), px,
                    o.smallTownsTable(), o.title());
            try {
                preview.setImage(new Image(new ByteArrayInputStream(Exporter.export(data.get(), small))));
            } catch (Exception e) {
                preview.setImage(null);
            }
        };
        for (var c : List.of(source, layout, paper, orientation)) {
            c.valueProperty().addListener((o, a, b) -> refresh.run());
        }
        table.selectedProperty().addListener((o, a, b) -> refresh.run());
        title.setOnAction(e -> refresh.run());
        title.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                refresh.run();
            }
        });
        refresh.run();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("export.title.dialog"));
        d.setResizable(true);
        grid.setMinWidth(Region.USE_PREF_SIZE);
        HBox content = new HBox(16, grid, frame);
        content.setPadding(new javafx.geometry.Insets(12, 12, 4, 12));
        HBox.setHgrow(grid, Priority.NEVER);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        ButtonType save = new ButtonType(m.get("export.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        source.setId("exportSource");
        return new Form(d, save, source, data, options);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A combo of fixed values shown by their names in the UI language ({@code prefix + value}). */
    private static ComboBox<String> combo(Messages m, String prefix, String value, List<String> items) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().addAll(items);
        c.setValue(items.contains(value) ? value : items.get(0));
        if (prefix != null) {
            c.setConverter(converter(v -> m.get(prefix + v)));
        }
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : name.apply(v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
