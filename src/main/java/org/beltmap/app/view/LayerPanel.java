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
import java.util.List;
import org.beltmap.app.map.AnalysisPalette;
import org.beltmap.app.viewmodel.AnalysisViewModel;
import org.beltmap.app.viewmodel.LayerItem;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.SizeClassScheme;

/** Left panel: layer list with visibility check boxes, and the legend for what the map shows. */
final class LayerPanel extends VBox {

    private final MainViewModel vm;
    private final VBox legend = new VBox(4);
    private javafx.beans.binding.BooleanBinding dark;
    private static javafx.scene.paint.Color land = org.beltmap.app.map.MapBackdrop.LIGHT_LAND;

    LayerPanel(MainViewModel vm) {
        this.vm = vm;
        Messages m = vm.messages();
        ListView<LayerItem> list = new ListView<>(vm.layers());
        list.setId("layerList");
        list.setCellFactory(CheckBoxListCell.forListView(LayerItem::visibleProperty));
        // Data layers can be removed (undoably); analysis layers are part of the analysis and only hidden.
        javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem(m.get("layer.remove"),
                Icons.icon("mdi2l-layers-remove"));
        remove.setOnAction(e -> {
            LayerItem sel = list.getSelectionModel().getSelectedItem();
            if (sel != null) {
                vm.removeLayer(sel.id());
            }
        });
        list.setContextMenu(new javafx.scene.control.ContextMenu(remove));
        list.setOnContextMenuRequested(e -> {
            LayerItem sel = list.getSelectionModel().getSelectedItem();
            remove.setDisable(sel == null || sel.id().startsWith("analysis:"));
        });
        list.setOnKeyPressed(e -> {
            LayerItem sel = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && sel != null && !sel.id().startsWith("analysis:")) {
                vm.removeLayer(sel.id());
                e.consume();
            }
        });
        list.setPrefHeight(260);
        TitledPane layers = new TitledPane(m.get("panel.layers"), list);
        layers.setCollapsible(true);
        legend.setPadding(new Insets(6));
        TitledPane legendPane = new TitledPane(m.get("panel.legend"), legend);
        getChildren().addAll(layers, legendPane);
        setSpacing(4);
        setMinWidth(180);
        // Swatches are drawn on the basemap's land colour of the theme, so translucent ones look as on the map.
        dark = org.beltmap.app.map.ThemeProbe.dark(legendPane);
        dark.addListener(o -> rebuildLegend());
        vm.selectedTownProperty().addListener((obs, o, t) -> rebuildLegend());
        vm.rays().rays().addListener((javafx.collections.ListChangeListener<org.beltmap.core.rays.Ray>) c
                -> rebuildLegend());
        vm.regionProperty().addListener((obs, o, r) -> rebuildLegend());
        vm.analysis().outcomeProperty().addListener((obs, o, r) -> rebuildLegend());
        vm.analysis().colourModeProperty().addListener((obs, o, r) -> rebuildLegend());
        vm.analysis().bundlesProperty().addListener((obs, o, r) -> rebuildLegend());
        vm.layers().addListener((javafx.collections.ListChangeListener<LayerItem>) c -> vm.layers()
                .forEach(i -> i.visibleProperty().addListener((o, a, b) -> rebuildLegend())));
        rebuildLegend();
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        land = org.beltmap.app.map.MapBackdrop.land(dark != null && dark.get());
        if (vm.getRegion() == null) {
            return;
        }
        Messages m = vm.messages();
        SizeClassPalette palette = new SizeClassPalette(vm.getRegion().project().settings().sizeClasses());
        if (vm.analysis().colourModeProperty().get() == AnalysisViewModel.ColourMode.SCORE) {
            legend.getChildren().add(title(m.get("legend.score")));
            for (int k = org.beltmap.app.map.ScorePalette.classes() - 1; k >= 0; k--) {
                legend.getChildren().add(row(dot(org.beltmap.app.map.ScorePalette.colourOfClass(k)),
                        (k * 20) + "–" + (k * 20 + 20)));
            }
            if (vm.getRegion().towns().stream().anyMatch(t -> vm.analysis().score(t).isEmpty())) {
                legend.getChildren().add(row(dot(AnalysisPalette.UNREACHABLE), m.get("legend.noScore")));
            }
        } else if (vm.analysis().colourModeProperty().get() == AnalysisViewModel.ColourMode.BELT) {
            beltLegend(m, palette);
        } else {
            sizeLegend(m, palette);
        }
        legend.getChildren().add(row(symbol(palette, 0, true), m.get("legend.centre")));
        if (vm.layers().stream().anyMatch(i -> i.kind() == org.beltmap.core.model.LayerKind.SETTLEMENTS
                && i.isVisible())) {
            Canvas c = backdrop(26, 16);
            c.getGraphicsContext2D().setFill(javafx.scene.paint.Color.web("#8a8a8a"));
            c.getGraphicsContext2D().fillOval(10.5, 5.5, 5, 5);
            c.getGraphicsContext2D().setStroke(SizeClassPalette.OUTLINE);
            c.getGraphicsContext2D().strokeOval(10.5, 5.5, 5, 5);
            legend.getChildren().add(row(c, m.get("legend.settlements")));
        }
        isochroneLegend(m);
        analysisLines(m);
    }

    /** The route to the centre and bridged network gaps, when they are on the map. */
    private void analysisLines(Messages m) {
        if (vm.isVisible(LayerItem.ROUTE) && vm.selectedTownProperty().get() != null) {
            Canvas c = backdrop(26, 16);
            GraphicsContext g = c.getGraphicsContext2D();
            g.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
            for (int pass = 0; pass < 2; pass++) {
                g.setStroke(pass == 0 ? javafx.scene.paint.Color.WHITE : AnalysisPalette.ROUTE);
                g.setLineWidth(pass == 0 ? 7 : 3.5);
                g.strokeLine(10, 8, 23, 8);
                g.setLineDashes(pass == 0 ? null : new double[] {3, 2.5});
                g.strokeLine(3, 8, 10, 8);
                g.setLineDashes((double[]) null);
            }
            legend.getChildren().add(row(c, m.get("legend.route")));
        }
        AnalysisViewModel.Outcome o = vm.analysis().outcomeProperty().get();
        if (o != null && vm.isVisible(LayerItem.GAP_JOINS) && !o.belts().graph().joins().isEmpty()) {
            Canvas c = backdrop(26, 16);
            GraphicsContext g = c.getGraphicsContext2D();
            g.setStroke(org.beltmap.app.map.GapJoinPainter.MARK);
            g.setLineWidth(2);
            g.strokeLine(2, 12, 24, 4);
            g.strokeOval(7, 2, 12, 12);
            legend.getChildren().add(row(c, m.get("legend.joins")));
        }
    }

    /** A swatch canvas on the map's land colour of the current theme. */
    private static Canvas backdrop(double w, double h) {
        Canvas c = new Canvas(w, h);
        c.getGraphicsContext2D().setFill(land);
        c.getGraphicsContext2D().fillRoundRect(0, 0, w, h, 4, 4);
        return c;
    }

    private void beltLegend(Messages m, SizeClassPalette palette) {
        legend.getChildren().add(title(m.get("legend.belts")));
        List<Double> th = vm.getRegion().project().settings().beltThresholdsMin();
        for (int b = 1; b <= th.size() + 1; b++) {
            String range = b == 1 ? "≤ " + m.decimal(th.get(0), 0) : b == th.size() + 1
                    ? "> " + m.decimal(th.get(th.size() - 1), 0)
                    : m.decimal(th.get(b - 2), 0) + "–" + m.decimal(th.get(b - 1), 0);
            legend.getChildren().add(row(dot(AnalysisPalette.belt(b)), m.get("legend.belt", b, range + " "
                    + m.get("unit.min"))));
        }
        legend.getChildren().add(row(dot(AnalysisPalette.UNREACHABLE), m.get("legend.unreachable")));
    }

    private void isochroneLegend(Messages m) {
        AnalysisViewModel.Outcome o = vm.analysis().outcomeProperty().get();
        List<org.beltmap.core.rays.Ray> rays = vm.rays().rays();
        if (rays != null && vm.isVisible(LayerItem.RAYS)) {
            // Alphas as RayPainter's, on the land colour, so the swatch is the map's ray.
            if (rays.stream().anyMatch(r -> !"railway".equals(r.mode()))) {
                Canvas c = backdrop(26, 16);
                c.getGraphicsContext2D().setStroke(org.beltmap.app.map.RayPainter.COLOUR.deriveColor(0, 1, 1, 0.45));
                c.getGraphicsContext2D().setLineWidth(6);
                c.getGraphicsContext2D().strokeLine(2, 8, 18, 8);
                c.getGraphicsContext2D().setFill(org.beltmap.app.map.RayPainter.COLOUR.deriveColor(0, 1, 1, 0.75));
                c.getGraphicsContext2D().fillPolygon(new double[] {17, 25, 17}, new double[] {2, 8, 14}, 3);
                legend.getChildren().add(row(c, m.get("legend.rays")));
            }
            if (rays.stream().anyMatch(r -> "railway".equals(r.mode()))) {
                Canvas c = backdrop(26, 16);
                GraphicsContext g = c.getGraphicsContext2D();
                g.setStroke(org.beltmap.app.map.RayPainter.RAIL.deriveColor(0, 1, 1, 0.5));
                g.setLineWidth(4);
                g.setLineDashes(7, 4);
                // A path, as RayPainter draws it: strokeLine ignores the dashes.
                g.beginPath();
                g.moveTo(1, 8);
                g.lineTo(25, 8);
                g.stroke();
                legend.getChildren().add(row(c, m.get("legend.railRays")));
            }
        }
        var b = vm.analysis().bundlesProperty().get();
        if (b != null && vm.isVisible(LayerItem.BUNDLES)) {
            legend.getChildren().add(title(m.get("legend.bundles")));
            int max = b.bundles().stream().mapToInt(x -> x.strength()).max().orElse(2);
            for (int s = 2; s <= Math.min(4, max); s++) {
                legend.getChildren().add(row(swatch(org.beltmap.app.map.BundlePainter.hatch(
                        org.beltmap.app.map.BundlePainter.colour(s)), org.beltmap.app.map.BundlePainter.colour(s)),
                        m.get("legend.strength", s == 4 && max > 4 ? "4+" : String.valueOf(s))));
            }
        }
        if (b != null && vm.isVisible(LayerItem.STRIPS)) {
            javafx.scene.paint.Color c = org.beltmap.app.map.BundlePainter.STRIP;
            legend.getChildren().add(row(swatch(c.deriveColor(0, 1, 1, 0.35), c), m.get("legend.strips")));
        }
        if (o == null || !vm.isVisible(LayerItem.ISOCHRONES)) {
            return;
        }
        legend.getChildren().add(title(m.get("legend.isochrones")));
        for (int k = 0; k < o.isochrones().size(); k++) {
            Canvas c = backdrop(26, 16);
            javafx.scene.paint.Color col = AnalysisPalette.band(k);
            c.getGraphicsContext2D().setFill(col.deriveColor(0, 1, 1, 0.6));
            c.getGraphicsContext2D().fillRect(3, 2, 20, 12);
            c.getGraphicsContext2D().setStroke(col.deriveColor(0, 1, 0.7, 1));
            c.getGraphicsContext2D().strokeRect(3, 2, 20, 12);
            legend.getChildren().add(row(c, m.get("legend.minutes", m.decimal(o.isochrones().get(k).minutes(), 0))));
        }
    }

    private static Canvas swatch(javafx.scene.paint.Paint fill, javafx.scene.paint.Color stroke) {
        Canvas c = backdrop(26, 16);
        c.getGraphicsContext2D().setFill(fill);
        c.getGraphicsContext2D().fillRect(3, 2, 20, 12);
        c.getGraphicsContext2D().setStroke(stroke);
        c.getGraphicsContext2D().strokeRect(3, 2, 20, 12);
        return c;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.setWrapText(true);
        title.setMaxWidth(200);
        title.getStyleClass().add("legend-title");
        return title;
    }

    private static Canvas dot(javafx.scene.paint.Color colour) {
        Canvas c = backdrop(26, 24);
        c.getGraphicsContext2D().setFill(colour);
        c.getGraphicsContext2D().fillOval(7, 6, 12, 12);
        c.getGraphicsContext2D().setStroke(SizeClassPalette.OUTLINE);
        c.getGraphicsContext2D().strokeOval(7, 6, 12, 12);
        return c;
    }

    private void sizeLegend(Messages m, SizeClassPalette palette) {
        legend.getChildren().add(title(m.get("legend.sizeClass")));
        for (SizeClass c : palette.scheme().classes()) {
            int rank = palette.scheme().rank(c);
            String key = "sizeClass." + c.id();
            // The worded ranges are SP 42.13330's; bounds changed in the settings are shown as they are.
            String name = m.has("sizeClass.short." + c.id()) ? m.get("sizeClass.short." + c.id()) : c.id();
            String text = m.has(key) && SizeClassScheme.SP_42_13330.classes().contains(c) ? m.get(key)
                    : name + " (≥ " + m.integer(c.minPopulation()) + ")";
            legend.getChildren().add(row(symbol(palette, rank, false), text));
        }
        if (vm.getRegion().towns().stream().anyMatch(t -> t.sizeClass() == null)) {
            legend.getChildren().add(row(dot(SizeClassPalette.UNKNOWN), m.get("legend.sizeUnknown")));
        }
    }

    private static HBox row(Canvas symbol, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(170);
        HBox row = new HBox(6, symbol, label);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static Canvas symbol(SizeClassPalette p, int rank, boolean centre) {
        Canvas c = backdrop(26, 24);
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
