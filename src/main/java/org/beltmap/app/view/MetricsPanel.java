package org.beltmap.app.view;

import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.viewmodel.MetricsViewModel;
import org.beltmap.core.metrics.SettlementNetworkMetrics.ClassShare;

/**
 * Settlement-network metrics tab: figures with their provenance, the belt table (places, people and land per
 * belt, before and after with a scenario) and a chart of size classes (paper, fig. 1).
 */
final class MetricsPanel extends ScrollPane {

    private final Messages m;
    private final MetricsViewModel vm;
    private final GridPane grid = new GridPane();
    private final BarChart<String, Number> chart;
    private final BeltTable belts;

    MetricsPanel(MetricsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId("metricsPanel");
        grid.setHgap(10);
        grid.setVgap(4);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("%");
        chart = new BarChart<>(x, y);
        chart.setTitle(m.get("metrics.chart.title"));
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setLegendVisible(true);
        Label title = new Label(m.get("panel.metrics"));
        title.getStyleClass().add("panel-title");
        belts = new BeltTable(vm.belts(), m);
        VBox box = new VBox(8, title, grid, belts, chart);
        box.setPadding(new Insets(8));
        setContent(box);
        setFitToWidth(true);
        vm.rows().addListener((javafx.collections.ListChangeListener<MetricsViewModel.Row>) c -> refresh());
        refresh();
    }

    /** The width at which the belt table shows without scrolling sideways (the window widens the tab up to it). */
    javafx.beans.property.ReadOnlyDoubleProperty wantedWidthProperty() {
        return belts.wantedWidthProperty();
    }

    private void refresh() {
        grid.getChildren().clear();
        int r = 0;
        for (MetricsViewModel.Row row : vm.rows()) {
            Label k = new Label(row.label());
            k.getStyleClass().add("card-key");
            k.setWrapText(true);
            Label v = new Label(row.value());
            v.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the key wraps, the figure stays whole
            if (row.note() != null) {
                v.setTooltip(new Tooltip(row.note()));
                k.setTooltip(new Tooltip(row.note()));
            }
            grid.addRow(r++, k, v);
        }
        XYChart.Series<String, Number> towns = new XYChart.Series<>();
        towns.setName(m.get("metrics.chart.towns"));
        XYChart.Series<String, Number> population = new XYChart.Series<>();
        population.setName(m.get("metrics.chart.population"));
        int total = vm.classes().stream().mapToInt(ClassShare::towns).sum();
        for (ClassShare c : vm.classes()) {
            String name = m.get("sizeClass.short." + c.sizeClass().id());
            towns.getData().add(new XYChart.Data<>(name, total == 0 ? 0 : 100.0 * c.towns() / total));
            population.getData().add(new XYChart.Data<>(name, c.populationSharePct()));
        }
        chart.getData().setAll(towns, population);
    }
}
