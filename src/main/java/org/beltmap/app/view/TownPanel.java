package org.beltmap.app.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.app.viewmodel.TownCard;
import org.beltmap.core.model.Town;

/** Right panel: town search, the town list and the selected town's card. */
final class TownPanel extends SplitPane {

    private final MainViewModel vm;
    private final TextField search = new TextField();
    private final ListView<Town> list;
    private final VBox card = new VBox(6);
    private boolean syncing;

    TownPanel(MainViewModel vm) {
        this.vm = vm;
        Messages m = vm.messages();
        setOrientation(Orientation.VERTICAL);
        search.setId("townSearch");
        search.setPromptText(m.get("search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnAction(e -> vm.selectFirstMatch());
        list = new ListView<>(vm.filteredTowns());
        list.setId("townList");
        list.setCellFactory(v -> new TownCell(m));
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, t) -> {
            if (!syncing && t != null) {
                vm.selectedTownProperty().set(t);
            }
        });
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        Label listTitle = new Label(m.get("panel.towns"));
        listTitle.getStyleClass().add("panel-title");
        javafx.scene.control.Button compare = new javafx.scene.control.Button(m.get("compare.button"));
        compare.setId("compareTowns");
        compare.setTooltip(new Tooltip(m.get("compare.hint")));
        compare.disableProperty().bind(javafx.beans.binding.Bindings.size(list.getSelectionModel()
                .getSelectedItems()).lessThan(2));
        compare.setOnAction(e -> CompareDialog.show(getScene().getWindow(), vm,
                List.copyOf(list.getSelectionModel().getSelectedItems())));
        javafx.scene.layout.HBox titleRow = new javafx.scene.layout.HBox(8, listTitle, compare);
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(6, titleRow, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        top.setPadding(new Insets(6));
        card.setId("townCard");
        card.setPadding(new Insets(8));
        ScrollPane cardScroll = new ScrollPane(card);
        cardScroll.setFitToWidth(true);
        getItems().addAll(top, cardScroll);
        setDividerPositions(0.3); // the card holds more than the list needs to show
        vm.selectedTownProperty().addListener((obs, o, t) -> {
            syncing = true;
            try {
                if (t == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    if (!list.getSelectionModel().getSelectedItems().contains(t)) {
                        int i = list.getItems().indexOf(t);
                        if (i >= 0) {
                            list.getSelectionModel().clearAndSelect(i);
                        }
                    }
                    list.scrollTo(t);
                }
            } finally {
                syncing = false;
            }
            showCard(t);
        });
        showCard(null);
        vm.analysis().outcomeProperty().addListener((obs, o, n) -> showCard(vm.selectedTownProperty().get()));
        vm.analysis().scoresProperty().addListener((obs, o, n) -> showCard(vm.selectedTownProperty().get()));
        vm.townEditsProperty().addListener((obs, o, n) -> showCard(vm.selectedTownProperty().get()));
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void showCard(Town t) {
        Messages m = vm.messages();
        card.getChildren().clear();
        if (t == null) {
            Label hint = new Label(m.get("card.none"));
            hint.setWrapText(true);
            card.getChildren().add(hint);
            return;
        }
        Label title = new Label(TownCard.title(t, m));
        title.setId("cardTitle");
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(132); // "Муниципальный", "Инновационный" unbroken
        labels.setMaxWidth(150);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(120);
        grid.getColumnConstraints().addAll(labels, values);
        boolean centre = vm.centres().stream().anyMatch(c -> c.id().equals(t.id()));
        List<TownCard.Row> rows = new java.util.ArrayList<>(TownCard.rows(t, centre,
                vm.analysis().access(t).orElse(null), m));
        vm.analysis().score(t).ifPresent(sc -> rows.addAll(TownCard.scoreRows(sc,
                vm.analysis().scoresProperty().get().size(), m)));
        rows.addAll(TownCard.statusRows(t, vm.townEditsProperty().get(), m));
        for (int i = 0; i < rows.size(); i++) {
            TownCard.Row r = rows.get(i);
            Label k = new Label(r.label());
            k.getStyleClass().add("card-key");
            k.setWrapText(true);
            if (r.editField() != null) {
                javafx.scene.control.Control editor = editor(t, r.editField());
                editor.setTooltip(new Tooltip(r.hint()));
                k.setTooltip(new Tooltip(r.hint()));
                grid.addRow(i, k, editor);
                continue;
            }
            Label v = new Label(r.warning() == null ? r.value() : r.value() + "  ⚠");
            v.setWrapText(true);
            if (r.hint() != null) {
                v.setTooltip(new Tooltip(r.hint()));
                k.setTooltip(new Tooltip(r.hint()));
            }
            if (r.warning() != null) {
                v.setTooltip(new Tooltip(r.warning()));
                v.getStyleClass().add("card-warning");
            }
            grid.addRow(i, k, v);
        }
        card.getChildren().addAll(title, grid);
        economy(t);
        vm.analysis().score(t).ifPresent(sc -> card.getChildren().add(scoreChart(sc)));
    }

    /** Employment shares when the data has emp_* columns (percent), else a note saying how to add them. */
    private void economy(Town t) {
        Messages m = vm.messages();
        java.util.Map<String, Double> shares = new java.util.TreeMap<>();
        t.attributes().forEach((k, v) -> {
            if (k.startsWith("emp_") && v != null) {
                try {
                    shares.put(k.substring(4), Double.parseDouble(v.toString().replace(',', '.')));
                } catch (NumberFormatException e) {
                    // not a share: left out
                }
            }
        });
        if (shares.isEmpty()) {
            Label none = new Label(m.get("card.economy.none"));
            none.setWrapText(true);
            none.getStyleClass().add("card-key");
            card.getChildren().add(none);
            return;
        }
        javafx.scene.chart.BarChart<Number, String> chart = new javafx.scene.chart.BarChart<>(
                new javafx.scene.chart.NumberAxis(0, 100, 20), new javafx.scene.chart.CategoryAxis());
        chart.setTitle(m.get("card.economy"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(60 + 26 * shares.size());
        javafx.scene.chart.XYChart.Series<Number, String> series = new javafx.scene.chart.XYChart.Series<>();
        shares.forEach((k, v) -> series.getData().add(new javafx.scene.chart.XYChart.Data<>(v, k)));
        chart.getData().add(series);
        card.getChildren().add(chart);
    }

    /** The score's components as points, so the card shows where the score comes from. */
    private javafx.scene.Node scoreChart(org.beltmap.core.scoring.TownScore sc) {
        Messages m = vm.messages();
        javafx.scene.chart.BarChart<Number, String> chart = new javafx.scene.chart.BarChart<>(
                new javafx.scene.chart.NumberAxis(0, 35, 5), new javafx.scene.chart.CategoryAxis());
        chart.setId("scoreChart");
        chart.setTitle(m.get("card.score.chart", m.decimal(sc.score(), 0)));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(200);
        javafx.scene.chart.XYChart.Series<Number, String> series = new javafx.scene.chart.XYChart.Series<>();
        sc.points().forEach((k, v) -> series.getData().add(new javafx.scene.chart.XYChart.Data<>(v, m.get("score." + k))));
        chart.getData().add(series);
        return chart;
    }

    /**
     * The control for a town's data field: a choice for the statuses (unknown / yes / no; the municipal types), a
     * text field for the investment figure. Each change is one undoable edit through the view model.
     */
    private javafx.scene.control.Control editor(Town t, String field) {
        Messages m = m();
        String current = org.beltmap.core.towns.TownStatus.value(t, vm.townEditsProperty().get(), field);
        // What shows without the user's entry: the data layer's value (or the inferred municipal status).
        Object fallback = field.equals(org.beltmap.core.towns.TownStatus.MUNICIPAL)
                ? org.beltmap.core.towns.TownStatus.municipal(t, org.beltmap.core.model.TownEdits.NONE)
                : t.attributes().get(field);
        if (field.equals(org.beltmap.core.towns.TownStatus.INVESTMENT)) {
            TextField f = new TextField(current == null ? "" : current);
            f.setId("card-" + field);
            f.setPromptText(m.get("unit.mrub"));
            Runnable commit = () -> vm.setTownValue(t, field, f.getText());
            f.setOnAction(e -> commit.run());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit.run();
                }
            });
            return f;
        }
        boolean municipal = field.equals(org.beltmap.core.towns.TownStatus.MUNICIPAL);
        List<String> ids = new java.util.ArrayList<>(municipal ? List.of("unknown", "urban_okrug", "urban_settlement",
                "other") : List.of("unknown", "yes", "no"));
        String now = municipal ? org.beltmap.core.towns.TownStatus.municipal(t, vm.townEditsProperty().get())
                : TownCard.choice(current);
        if (now == null) {
            now = "unknown";
        }
        if (!ids.contains(now)) {
            ids.add(now);
        }
        javafx.scene.control.ChoiceBox<String> box = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(ids));
        box.setId("card-" + field);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new javafx.util.StringConverter<>() {
            public String toString(String id) {
                return id == null ? "" : m.has("choice." + id) ? m.get("choice." + id)
                        : m.has("municipal." + id) ? m.get("municipal." + id) : id;
            }

            public String fromString(String s) {
                return s;
            }
        });
        box.setValue(now);
        // "unknown" clears the user's entry, unless the data has a value it must then override.
        box.setOnAction(e -> vm.setTownValue(t, field, !"unknown".equals(box.getValue()) ? box.getValue()
                : fallback == null ? "" : "unknown"));
        return box;
    }

    private Messages m() {
        return vm.messages();
    }

    private static final class TownCell extends ListCell<Town> {
        private final Messages m;

        TownCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(Town t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
            } else {
                String pop = t.population() < 0 ? "" : " · " + m.integer(t.population());
                setText(t.name(m.locale()) + pop + " · " + TownCard.sizeClassName(t, m));
            }
        }
    }
}
