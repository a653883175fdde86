package org.beltmap.app.view;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.app.viewmodel.RankingViewModel;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.scoring.Sensitivity;
import org.beltmap.core.scoring.TownScore;

/** Ranking tab: sortable table of scores with components and rank ranges, size-class filter, bar chart. */
final class RankingPanel extends VBox {

    private final RankingViewModel ranking;
    private final Messages m;
    private final TableView<TownScore> table = new TableView<>();
    private final BarChart<Number, String> chart;

    RankingPanel(MainViewModel vm, RankingViewModel ranking) {
        this.ranking = ranking;
        this.m = vm.messages();
        setId("rankingPanel");
        setSpacing(6);
        setPadding(new Insets(6));
        ComboBox<String> filter = new ComboBox<>();
        filter.getItems().addAll("small", "medium", "big", "large", "largest", "all", "settlements");
        filter.setConverter(new javafx.util.StringConverter<>() {
            public String toString(String id) {
                return id == null ? "" : id.equals("all") ? m.get("ranking.all")
                        : id.equals("settlements") ? m.get("ranking.settlements") : m.get("sizeClass.short." + id);
            }

            public String fromString(String s) {
                return s;
            }
        });
        filter.valueProperty().bindBidirectional(ranking.sizeClassProperty());
        Button weights = new Button(m.get("weights.button"));
        weights.setOnAction(e -> WeightsDialog.show(getScene().getWindow(), vm));
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(6, 6, new Label(m.get("ranking.filter")),
                filter, weights); // scores come with every analysis run
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        table.setId("rankingTable");
        table.getColumns().add(col(m.get("ranking.rank"), s -> s.rank()));
        table.getColumns().add(col(m.get("ranking.town"), s -> s.town().name(m.locale())));
        table.getColumns().add(col(m.get("ranking.score"), s -> round(s.score())));
        for (String c : ScoringModel.COMPONENTS) {
            table.getColumns().add(col(m.get("score." + c), s -> round(s.points().get(c))));
        }
        table.getColumns().add(col(m.get("ranking.range"), s -> {
            Sensitivity.RankRange r = ranking.ranges().get(s.town().id());
            return r == null ? "" : r.best() == r.worst() ? String.valueOf(r.base()) : r.best() + "–" + r.worst();
        }));
        table.setItems(ranking.rows());
        table.setPlaceholder(new Label(m.get("ranking.placeholder")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.selectedTownProperty().set(s.town());
            }
        });
        CategoryAxis y = new CategoryAxis();
        NumberAxis x = new NumberAxis(0, 100, 20);
        chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        ranking.rows().addListener((javafx.collections.ListChangeListener<TownScore>) c -> refreshChart());
        getChildren().addAll(top, table, chart);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private void refreshChart() {
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        for (int i = ranking.rows().size() - 1; i >= 0; i--) {
            TownScore t = ranking.rows().get(i);
            s.getData().add(new XYChart.Data<>(t.score(), t.town().name(m.locale())));
        }
        chart.getData().setAll(s);
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 10) / 10.0;
    }

    private static <T> TableColumn<TownScore, T> col(String title, java.util.function.Function<TownScore, T> f) {
        TableColumn<TownScore, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }
}
