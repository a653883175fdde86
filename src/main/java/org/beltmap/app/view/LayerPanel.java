package org.beltmap.app.view;

import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.map.SizeClassPalette;
import org.beltmap.app.viewmodel.LayerItem;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.core.model.SizeClass;

/** Left panel: layer list with visibility check boxes, and the legend for what the map shows. */
final class LayerPanel extends VBox {

    private final MainViewModel vm;
    private final VBox legend = new VBox(4);

    LayerPanel(MainViewModel vm) {
        this.vm = vm;
        Messages m = vm.messages();
        ListView<LayerItem> list = new ListView<>(vm.layers());
        list.setId("layerList");
        list.setCellFactory(CheckBoxListCell.forListView(LayerItem::visibleProperty));
        list.setPrefHeight(260);
        TitledPane layers = new TitledPane(m.get("panel.layers"), list);
        layers.setCollapsible(true);
        legend.setPadding(new Insets(6));
        TitledPane legendPane = new TitledPane(m.get("panel.legend"), legend);
        getChildren().addAll(layers, legendPane);
        setSpacing(4);
        setMinWidth(180);
        vm.regionProperty().addListener((obs, o, r) -> rebuildLegend());
        rebuildLegend();
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        if (vm.getRegion() == null) {
            return;
        }
        Messages m = vm.messages();
        SizeClassPalette palette = new SizeClassPalette(vm.getRegion().project().settings().sizeClasses());
        Label title = new Label(m.get("legend.sizeClass"));
        title.getStyleClass().add("legend-title");
        legend.getChildren().add(title);
        for (SizeClass c : palette.scheme().classes()) {
            int rank = palette.scheme().rank(c);
            String key = "sizeClass." + c.id();
            String text = m.has(key) ? m.get(key) : c.id() + " (≥ " + m.integer(c.minPopulation()) + ")";
            legend.getChildren().add(row(symbol(palette, rank, false), text));
        }
        legend.getChildren().add(row(symbol(palette, 0, true), m.get("legend.centre")));
    }

    private static HBox row(Canvas symbol, String text) {
        HBox row = new HBox(6, symbol, new Label(text));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static Canvas symbol(SizeClassPalette p, int rank, boolean centre) {
        Canvas c = new Canvas(26, 24);
        GraphicsContext g = c.getGraphicsContext2D();
        double r = p.radius(rank);
        g.setFill(p.colour(rank));
        g.setStroke(SizeClassPalette.OUTLINE);
        if (centre) {
            double[] xs = new double[10];
            double[] ys = new double[10];
            for (int k = 0; k < 10; k++) {
                double a = -Math.PI / 2 + k * Math.PI / 5;
                double rr = k % 2 == 0 ? 11 : 5;
                xs[k] = 13 + rr * Math.cos(a);
                ys[k] = 12 + rr * Math.sin(a);
            }
            g.fillPolygon(xs, ys, 10);
            g.strokePolygon(xs, ys, 10);
        } else {
            g.fillOval(13 - r, 12 - r, 2 * r, 2 * r);
            g.strokeOval(13 - r, 12 - r, 2 * r, 2 * r);
        }
        return c;
    }
}
