package org.beltmap.app.view;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.map.AnalysisPalette;
import org.beltmap.app.map.SizeClassPalette;
import org.beltmap.app.viewmodel.AnalysisViewModel;
import org.beltmap.app.viewmodel.LayerItem;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.SizeClassScheme;

/**
 * The legend of what the map shows now: one entry per symbol drawn (town colours of the colour mode, the centre,
 * settlements, rays, bundles, strips, isochrones, route, bridged gaps), swatches drawn on the basemap's land colour
 * of the theme. The side panel shows it at scale 1, the lecture screen magnified for the projector.
 */
final class Legend extends VBox {

    private final MainViewModel vm;
    private final BooleanExpression dark;
    private final double scale;
    private final Set<LayerItem> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private javafx.scene.paint.Color land = org.beltmap.app.map.MapBackdrop.LIGHT_LAND;

    /** @param dark whether the window shows the dark theme (the swatches' backdrop follows the basemap's) */
    Legend(MainViewModel vm, BooleanExpression dark, double scale) {
        super(4 * scale);
        this.vm = vm;
        this.dark = dark;
        this.scale = scale;
        getStyleClass().add("legend");
        dark.addListener(o -> rebuild());
        vm.selectedTownProperty().addListener((obs, o, t) -> rebuild());
        vm.rays().rays().addListener((javafx.collections.ListChangeListener<org.beltmap.core.rays.Ray>) c
                -> rebuild());
        vm.regionProperty().addListener((obs, o, r) -> rebuild());
        vm.analysis().outcomeProperty().addListener((obs, o, r) -> rebuild());
        vm.analysis().colourModeProperty().addListener((obs, o, r) -> rebuild());
        vm.analysis().bundlesProperty().addListener((obs, o, r) -> rebuild());
        // Layers present already (a window rebuilt in another language) are watched as well as those added later.
        vm.layers().addListener((javafx.collections.ListChangeListener<LayerItem>) c -> watchLayers());
        watchLayers();
        rebuild();
    }

    private void watchLayers() {
        for (LayerItem i : vm.layers()) {
            if (watched.add(i)) {
                i.visibleProperty().addListener((o, a, b) -> rebuild());
            }
        }
    }

    /** Rebuilds the entries for what the map shows now. */
    void rebuild() {
        getChildren().clear();
        land = org.beltmap.app.map.MapBackdrop.land(dark.get());
        if (vm.getRegion() == null) {
            return;
        }
        Messages m = vm.messages();
        SizeClassPalette palette = new SizeClassPalette(vm.getRegion().project().settings().sizeClasses());
        if (vm.analysis().colourModeProperty().get() == AnalysisViewModel.ColourMode.SCORE) {
            getChildren().add(title(m.get("legend.score")));
            for (int k = org.beltmap.app.map.ScorePalette.classes() - 1; k >= 0; k--) {
                getChildren().add(row(dot(org.beltmap.app.map.ScorePalette.colourOfClass(k)),
                        (k * 20) + "–" + (k * 20 + 20)));
            }
            if (vm.getRegion().towns().stream().anyMatch(t -> vm.analysis().score(t).isEmpty())) {
                getChildren().add(row(dot(AnalysisPalette.UNREACHABLE), m.get("legend.noScore")));
            }
        } else if (vm.analysis().colourModeProperty().get() == AnalysisViewModel.ColourMode.BELT) {
            beltLegend(m, palette);
        } else {
            sizeLegend(m, palette);
        }
        getChildren().add(row(symbol(palette, 0, true), m.get("legend.centre")));
        if (vm.layers().stream().anyMatch(i -> i.kind() == org.beltmap.core.model.LayerKind.SETTLEMENTS
                && i.isVisible())) {
            Canvas c = backdrop(26, 16);
            c.getGraphicsContext2D().setFill(javafx.scene.paint.Color.web("#8a8a8a"));
            c.getGraphicsContext2D().fillOval(10.5, 5.5, 5, 5);
            c.getGraphicsContext2D().setStroke(SizeClassPalette.OUTLINE);
            c.getGraphicsContext2D().strokeOval(10.5, 5.5, 5, 5);
            getChildren().add(row(c, m.get("legend.settlements")));
        }
        isochroneLegend(m);
        analysisLines(m);
        dataLayers(m);
    }

    /**
     * The project's own line and area layers shown (roads, railways, rivers, boundary, pipelines, power lines), each
     * in its layer style as LineLayerPainter draws it at the region's usual zoom.
     */
    private void dataLayers(Messages m) {
        List<HBox> rows = new java.util.ArrayList<>();
        for (LayerItem item : vm.layers()) {
            if (!item.isVisible() || item.id().startsWith("analysis:")
                    || item.kind() == org.beltmap.core.model.LayerKind.TOWNS
                    || item.kind() == org.beltmap.core.model.LayerKind.SETTLEMENTS) {
                continue;
            }
            org.beltmap.core.model.Layer layer = vm.getRegion().layers().get(item.id());
            if (layer == null || org.beltmap.app.map.PointLayerPainter.isPointLayer(layer)) {
                continue;
            }
            org.beltmap.core.model.Style st = layer.spec().style();
            javafx.scene.paint.Color stroke = javafx.scene.paint.Color.web(st.stroke());
            Canvas c = backdrop(26, 16);
            GraphicsContext g = c.getGraphicsContext2D();
            g.setStroke(stroke);
            g.setLineDashes(st.dash());
            if (st.fill() != null) {
                g.setFill(javafx.scene.paint.Color.web(st.fill(), 0.25));
                g.fillRect(3, 2, 20, 12);
                g.setLineWidth(Math.max(1, Math.min(2, st.width() * 0.9)));
                g.strokeRect(3, 2, 20, 12);
            } else {
                g.setLineWidth(Math.max(1, Math.min(5, st.width() * 0.9)));
                g.beginPath(); // a path: strokeLine ignores the dashes
                g.moveTo(2, 8);
                g.lineTo(24, 8);
                g.stroke();
            }
            rows.add(row(c, item.title()));
        }
        if (!rows.isEmpty()) {
            getChildren().add(title(m.get("legend.layers")));
            getChildren().addAll(rows);
        }
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
            getChildren().add(row(c, m.get("legend.route")));
        }
        AnalysisViewModel.Outcome o = vm.analysis().outcomeProperty().get();
        if (o != null && vm.isVisible(LayerItem.GAP_JOINS) && !o.belts().graph().joins().isEmpty()) {
            Canvas c = backdrop(26, 16);
            GraphicsContext g = c.getGraphicsContext2D();
            g.setStroke(org.beltmap.app.map.GapJoinPainter.MARK);
            g.setLineWidth(2);
            g.strokeLine(2, 12, 24, 4);
            g.strokeOval(7, 2, 12, 12);
            getChildren().add(row(c, m.get("legend.joins")));
        }
    }

    /** A swatch canvas on the map's land colour of the current theme. */
    private Canvas backdrop(double w, double h) {
        Canvas c = new Canvas(Math.ceil(w * scale), Math.ceil(h * scale));
        c.getGraphicsContext2D().scale(scale, scale);
        c.getGraphicsContext2D().setFill(land);
        c.getGraphicsContext2D().fillRoundRect(0, 0, w, h, 4, 4);
        return c;
    }

    private void beltLegend(Messages m, SizeClassPalette palette) {
        getChildren().add(title(m.get("legend.belts")));
        List<Double> th = vm.getRegion().project().settings().beltThresholdsMin();
        for (int b = 1; b <= th.size() + 1; b++) {
            String range = b == 1 ? "≤ " + m.decimal(th.get(0), 0) : b == th.size() + 1
                    ? "> " + m.decimal(th.get(th.size() - 1), 0)
                    : m.decimal(th.get(b - 2), 0) + "–" + m.decimal(th.get(b - 1), 0);
            getChildren().add(row(dot(AnalysisPalette.belt(b)), m.get("legend.belt", b, range + " "
                    + m.get("unit.min"))));
        }
        getChildren().add(row(dot(AnalysisPalette.UNREACHABLE), m.get("legend.unreachable")));
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
                getChildren().add(row(c, m.get("legend.rays")));
            }
            if (rays.stream().anyMatch(r -> "railway".equals(r.mode()))) {
                Canvas c = backdrop(26, 16);
                GraphicsContext g = c.getGraphicsContext2D();
                g.setStroke(org.beltmap.app.map.RayPainter.rail(dark.get()).deriveColor(0, 1, 1, 0.5));
                g.setLineWidth(4);
                g.setLineDashes(7, 4);
                // A path, as RayPainter draws it: strokeLine ignores the dashes.
                g.beginPath();
                g.moveTo(1, 8);
                g.lineTo(25, 8);
                g.stroke();
                getChildren().add(row(c, m.get("legend.railRays")));
            }
        }
        var b = vm.analysis().bundlesProperty().get();
        if (b != null && vm.isVisible(LayerItem.BUNDLES)) {
            getChildren().add(title(m.get("legend.bundles")));
            int max = b.bundles().stream().mapToInt(x -> x.strength()).max().orElse(2);
            for (int s = 2; s <= Math.min(4, max); s++) {
                getChildren().add(row(swatch(org.beltmap.app.map.BundlePainter.hatch(
                        org.beltmap.app.map.BundlePainter.colour(s)), org.beltmap.app.map.BundlePainter.colour(s)),
                        m.get("legend.strength", s == 4 && max > 4 ? "4+" : String.valueOf(s))));
            }
        }
        if (b != null && vm.isVisible(LayerItem.STRIPS)) {
            javafx.scene.paint.Color c = org.beltmap.app.map.BundlePainter.STRIP;
            getChildren().add(row(swatch(c.deriveColor(0, 1, 1, 0.35), c), m.get("legend.strips")));
        }
        if (o == null || !vm.isVisible(LayerItem.ISOCHRONES)) {
            return;
        }
        getChildren().add(title(m.get("legend.isochrones")));
        for (int k = 0; k < o.isochrones().size(); k++) {
            Canvas c = backdrop(26, 16);
            javafx.scene.paint.Color col = AnalysisPalette.band(k);
            c.getGraphicsContext2D().setFill(col.deriveColor(0, 1, 1, 0.6));
            c.getGraphicsContext2D().fillRect(3, 2, 20, 12);
            c.getGraphicsContext2D().setStroke(col.deriveColor(0, 1, 0.7, 1));
            c.getGraphicsContext2D().strokeRect(3, 2, 20, 12);
            getChildren().add(row(c, m.get("legend.minutes", m.decimal(o.isochrones().get(k).minutes(), 0))));
        }
    }

    private Canvas swatch(javafx.scene.paint.Paint fill, javafx.scene.paint.Color stroke) {
        Canvas c = backdrop(26, 16);
        c.getGraphicsContext2D().setFill(fill);
        c.getGraphicsContext2D().fillRect(3, 2, 20, 12);
        c.getGraphicsContext2D().setStroke(stroke);
        c.getGraphicsContext2D().strokeRect(3, 2, 20, 12);
        return c;
    }

    private Label title(String text) {
        Label title = new Label(text);
        title.setWrapText(true);
        title.setMaxWidth(200 * scale);
        title.getStyleClass().add("legend-title");
        return title;
    }

    private Canvas dot(javafx.scene.paint.Color colour) {
        Canvas c = backdrop(26, 24);
        c.getGraphicsContext2D().setFill(colour);
        c.getGraphicsContext2D().fillOval(7, 6, 12, 12);
        c.getGraphicsContext2D().setStroke(SizeClassPalette.OUTLINE);
        c.getGraphicsContext2D().strokeOval(7, 6, 12, 12);
        return c;
    }

    private void sizeLegend(Messages m, SizeClassPalette palette) {
        getChildren().add(title(m.get("legend.sizeClass")));
        for (SizeClass c : palette.scheme().classes()) {
            int rank = palette.scheme().rank(c);
            String key = "sizeClass." + c.id();
            // The worded ranges are SP 42.13330's; bounds changed in the settings are shown as they are.
            String name = m.has("sizeClass.short." + c.id()) ? m.get("sizeClass.short." + c.id()) : c.id();
            String text = m.has(key) && SizeClassScheme.SP_42_13330.classes().contains(c) ? m.get(key)
                    : name + " (≥ " + m.integer(c.minPopulation()) + ")";
            getChildren().add(row(symbol(palette, rank, false), text));
        }
        if (vm.getRegion().towns().stream().anyMatch(t -> t.sizeClass() == null)) {
            getChildren().add(row(dot(SizeClassPalette.UNKNOWN), m.get("legend.sizeUnknown")));
        }
    }

    private HBox row(Canvas symbol, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(170 * scale);
        HBox row = new HBox(6 * scale, symbol, label);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Canvas symbol(SizeClassPalette p, int rank, boolean centre) {
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
