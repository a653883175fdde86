package org.beltmap.app.view;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.beltmap.app.map.RayEditor;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.app.viewmodel.ScenarioViewModel;
import org.beltmap.core.scenario.WhatIf;

/** Scenario tab: draw or load planned roads, see which towns change МТД and belt, export the comparison. */
final class ScenarioPanel extends VBox {

    private final MainViewModel vm;
    private final RayEditor drawer;

    ScenarioPanel(MainViewModel vm, RayEditor drawer) {
        this.vm = vm;
        this.drawer = drawer;
        var m = vm.messages();
        ScenarioViewModel sc = vm.scenario();
        setId("scenarioPanel");
        setSpacing(6);
        setPadding(new Insets(6));
        Button draw = new Button(m.get("scenario.draw"));
        draw.setOnAction(e -> drawRoad());
        Button load = new Button(m.get("scenario.load"));
        load.setOnAction(e -> loadFile());
        Button clear = new Button(m.get("scenario.clear"));
        clear.setOnAction(e -> sc.clear());
        Button csv = new Button(m.get("scenario.csv"));
        csv.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(sc.changes()));
        csv.setOnAction(e -> exportCsv());
        javafx.scene.control.ComboBox<String> pick = new javafx.scene.control.ComboBox<>();
        pick.setId("scenarioPick");
        String base = m.get("scenario.base");
        Runnable fill = () -> {
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(base);
            items.addAll(sc.names());
            pick.getItems().setAll(items);
            String active = sc.activeName();
            pick.setValue(active == null ? base : active);
        };
        boolean[] syncing = new boolean[1];
        sc.names().addListener((javafx.collections.ListChangeListener<String>) c -> {
            syncing[0] = true;
            fill.run();
            syncing[0] = false;
        });
        sc.scenarioProperty().addListener((o, a, b) -> {
            syncing[0] = true;
            fill.run();
            syncing[0] = false;
        });
        fill.run();
        pick.valueProperty().addListener((o, a, v) -> {
            if (!syncing[0] && v != null) {
                sc.activate(v.equals(base) ? null : v);
            }
        });
        Button create = new Button(m.get("scenario.new"));
        create.setOnAction(e -> newScenario());
        Label activeLabel = new Label(m.get("scenario.active"));
        activeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Сценарий:" never shrinks to "С…"
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.setMinWidth(80);
        javafx.scene.layout.HBox.setHgrow(pick, Priority.ALWAYS);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(6, activeLabel, pick, create);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().add(top);
        javafx.scene.control.ListView<String> roads = new javafx.scene.control.ListView<>();
        roads.setId("plannedRoads");
        roads.setPrefHeight(90);
        Runnable fillRoads = () -> roads.getItems().setAll(sc.scenarioProperty().get().added().stream()
                .map(p -> (p.name() == null ? "planned" : p.name()) + " · " + (p.speedKmh() == null ? p.roadClass()
                        : String.format("%.0f km/h", p.speedKmh()))).toList());
        sc.scenarioProperty().addListener((o, a, b) -> {
            int keep = roads.getSelectionModel().getSelectedIndex();
            fillRoads.run();
            if (keep >= 0 && keep < roads.getItems().size()) {
                roads.getSelectionModel().select(keep);
            }
        });
        roads.getSelectionModel().selectedIndexProperty().addListener((o, a, i) ->
                sc.selectedRoadProperty().set(i.intValue()));
        fillRoads.run();
        Button remove = new Button(m.get("scenario.remove"));
        remove.disableProperty().bind(roads.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> sc.removeRoad(roads.getSelectionModel().getSelectedIndex()));
        Label hint = new Label(m.get("scenario.roads.hint"));
        hint.setWrapText(true);
        getChildren().add(new VBox(4, new Label(m.get("scenario.roads")), roads, remove, hint));
        FlowPane buttons = new FlowPane(6, 6, draw, load, clear, csv);
        TableView<WhatIf.Change> table = new TableView<>(sc.changes());
        table.setId("scenarioTable");
        table.getColumns().add(col(m.get("ranking.town"), 110, c -> c.town().name(m.locale())));
        table.getColumns().add(col(m.get("scenario.before"), 80, c -> r(c.mtdBefore())));
        table.getColumns().add(col(m.get("scenario.after"), 80, c -> r(c.mtdAfter())));
        table.getColumns().add(col("Δ", 52, c -> r(c.deltaMin())));
        table.getColumns().add(col(m.get("card.belt"), 64, c -> c.beltBefore() + " → " + c.beltAfter()
                + (c.beltChanged() ? " ⚑" : "")));
        table.getColumns().add(col(m.get("scenario.score"), 90, c -> {
            double a = sc.scoreBefore(c);
            double b = sc.scoreAfter(c);
            return Double.isNaN(a) || Double.isNaN(b) ? "" : r(a) + " → " + r(b);
        }));
        Label placeholder = new Label(m.get("scenario.placeholder"));
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                vm.selectedTownProperty().set(c.town());
            }
        });
        getChildren().addAll(buttons, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** Asks for a name and creates an empty scenario, made active (the panel's New… and Scenario → New). */
    void newScenario() {
        var m = vm.messages();
        TextInputDialog d = new TextInputDialog(m.get("scenario.defaultName"));
        d.initOwner(getScene().getWindow());
        d.setHeaderText(m.get("scenario.newName"));
        d.showAndWait().ifPresent(vm.scenario()::create);
    }

    /** Draws a planned road on the map, then asks for its speed. */
    void drawRoad() {
        var m = vm.messages();
        ScenarioViewModel sc = vm.scenario();
        vm.statusProperty().set(m.get("status.drawRoad"));
        drawer.startDrawing(java.util.List.of(), coords -> {
            TextInputDialog d = new TextInputDialog("90");
            d.initOwner(getScene().getWindow());
            d.setTitle(m.get("scenario.draw"));
            d.setHeaderText(m.get("scenario.speed"));
            d.showAndWait().ifPresent(v -> {
                try {
                    double kmh = Double.parseDouble(v.trim().replace(',', '.'));
                    if (!(kmh > 0)) {
                        throw new NumberFormatException();
                    }
                    sc.addRoad(coords, kmh, m.get("scenario.roadName", sc.scenarioProperty().get().added().size() + 1));
                } catch (NumberFormatException ex) {
                    Dialogs.error(getScene().getWindow(), m, m.get("scenario.badSpeed", v));
                }
            });
        });
    }

    /** Loads planned roads from a GeoJSON file into the active scenario. */
    void loadFile() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON / JSON", "*.geojson", "*.json"));
        File f = fc.showOpenDialog(getScene().getWindow());
        if (f != null) {
            try {
                vm.scenario().loadFile(f.toPath());
            } catch (RuntimeException ex) {
                Dialogs.error(getScene().getWindow(), vm.messages(), ex.getMessage());
            }
        }
    }

    /** Writes the before/after comparison as CSV (enabled while some town changes). */
    void exportCsv() {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("scenario-changes.csv");
        File f = fc.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                Files.writeString(f.toPath(), vm.scenario().csv(), StandardCharsets.UTF_8);
            } catch (Exception ex) {
                Dialogs.error(getScene().getWindow(), vm.messages(), f + ": " + ex.getMessage());
            }
        }
    }

    private static String r(double v) {
        return Double.isNaN(v) ? "—" : String.format("%.1f", v);
    }

    /** The width the tab asks of the side panel so no column needs cutting (the window widens it while open). */
    javafx.beans.value.ObservableDoubleValue wantedWidthProperty() {
        return WANTED;
    }

    private static final javafx.beans.property.ReadOnlyDoubleWrapper WANTED =
            new javafx.beans.property.ReadOnlyDoubleWrapper(500);

    /** A column whose title wraps onto two lines ("МТД / before") rather than ending in "…". */
    private static <T> TableColumn<WhatIf.Change, T> col(String title, double width,
                                                         java.util.function.Function<WhatIf.Change, T> f) {
        TableColumn<WhatIf.Change, T> c = new TableColumn<>();
        Label head = new Label(title);
        head.setWrapText(true);
        head.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        head.setMaxWidth(width - 4);
        c.setGraphic(head);
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }
}
