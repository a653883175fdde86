package org.beltmap.app.map;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.rays.Ray;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/** Rays as bold translucent arrows from the centre, width by strength, labelled with their name. */
public final class RayPainter implements Painter {

    public static final Color COLOUR = Color.web(org.beltmap.core.style.Colours.RAY);
    public static final Color RAIL = Color.web("#2b2d42");
    /** Railway rays on the dark basemap: the light theme's ink would vanish into the dark land. */
    public static final Color RAIL_ON_DARK = Color.web("#c5cbd8");
    private BooleanSupplier dark = () -> false;
    private final Supplier<List<Ray>> rays;
    private final BooleanSupplier visible;
    private final Font font = Font.font("System", FontWeight.BOLD, 13);
    /** Rays are immutable records: a new list brings new keys, old ones are dropped with it. */
    private final java.util.Map<Ray, Shape> shapes = new java.util.WeakHashMap<>();

    private final java.util.function.UnaryOperator<String> label;
    private TextWidths widths;
    private Font widthsFont;

    /** @param label the ray's name as shown (in the UI language) */
    public RayPainter(Supplier<List<Ray>> rays, BooleanSupplier visible, java.util.function.UnaryOperator<String> label) {
        this.rays = rays;
        this.visible = visible;
        this.label = label;
    }

    /** Draws railway rays in the dark theme's colour while {@code dark} says so. */
    public RayPainter followTheme(BooleanSupplier dark) {
        this.dark = dark;
        return this;
    }

    /** The railway rays' colour in the theme (drawn at half opacity, as the legend draws it too). */
    public static Color rail(boolean dark) {
        return dark ? RAIL_ON_DARK : RAIL;
    }

    @Override
    public boolean isVisible() {
        return visible.getAsBoolean();
    }

    /** Standalone: lines and labels in a grid of their own. */
    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        LabelGrid grid = new LabelGrid(t.width(), t.height(), 32);
        paintSymbols(g, t, grid);
        paintLabels(g, t, grid);
    }

    /** Ray names go after the town labels and before other settlements'. */
    @Override
    public boolean drawsLabels() {
        return true;
    }

    @Override
    public int labelPriority() {
        return 1;
    }

    @Override
    public void paintSymbols(GraphicsContext g, ScreenTransform t, LabelGrid grid) {
        List<Ray> list = rays.get();
        if (list == null) {
            return;
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Ray r : list) {
            Shape shape = shapes.computeIfAbsent(r, RayPainter::shape);
            Coordinate[] c = shape.line();
            double w = (4 + 2 * r.strength().total()) * t.magnify();
            boolean rail = "railway".equals(r.mode());
            g.setStroke(rail ? rail(dark.getAsBoolean()).deriveColor(0, 1, 1, 0.5) : COLOUR.deriveColor(0, 1, 1, 0.45));
            g.setLineWidth(rail ? w * 0.6 : w);
            g.setLineDashes(rail ? new double[] {14, 8} : null);
            g.beginPath();
            g.moveTo(x(t, c[0]), y(t, c[0]));
            for (int i = 1; i < c.length; i++) {
                g.lineTo(x(t, c[i]), y(t, c[i]));
            }
            g.stroke();
            g.setLineDashes((double[]) null);
            if (rail) {
                continue;
            }
            arrowHead(g, t, c[c.length - 2], c[c.length - 1], w);
        }
    }

    /**
     * Each road ray's name at the first spot along its stem, above or below it, that no town label, town symbol
     * or other ray's name holds: 40 % of the way out first, then nearer and farther. A name with no free spot
     * on screen is left out rather than drawn over a town's.
     */
    @Override
    public void paintLabels(GraphicsContext g, ScreenTransform t, LabelGrid grid) {
        List<Ray> list = rays.get();
        if (list == null) {
            return;
        }
        Font f = t.magnify() == 1 ? font : Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() * t.magnify());
        if (widths == null || widthsFont != f) {
            widths = new TextWidths(f);
            widthsFont = f;
        }
        g.setFont(f);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double dy = 14 * t.magnify();
        for (Ray r : list) {
            if ("railway".equals(r.mode())) {
                continue;
            }
            String name = label.apply(r.name());
            double w = widths.width(name) + 4;
            double h = f.getSize() + 4;
            for (Coordinate at : shapes.computeIfAbsent(r, RayPainter::shape).labelSpots()) {
                double[] spot = free(grid, t, x(t, at), y(t, at), dy, w, h);
                if (spot != null) {
                    grid.add(spot[0] - w / 2, spot[1] - h / 2, w, h, LabelGrid.Kind.RAY_LABEL);
                    g.setLineWidth(3.5);
                    g.setStroke(Color.WHITE);
                    g.strokeText(name, spot[0], spot[1]);
                    g.setFill(COLOUR.darker());
                    g.fillText(name, spot[0], spot[1]);
                    break;
                }
            }
        }
    }

    /** The label centre above, else below, the stem point when that box is on screen and free. */
    private static double[] free(LabelGrid grid, ScreenTransform t, double x, double y, double dy, double w,
                                 double h) {
        for (double cy : new double[] {y - dy, y + dy}) {
            double x0 = x - w / 2;
            double y0 = cy - h / 2;
            if (x0 >= 0 && y0 >= 0 && x0 + w <= t.width() && y0 + h <= t.height() && grid.isFree(x0, y0, w, h)) {
                return new double[] {x, cy};
            }
        }
        return null;
    }

    private void arrowHead(GraphicsContext g, ScreenTransform t, Coordinate from, Coordinate to, double w) {
        double x1 = x(t, from);
        double y1 = y(t, from);
        double x2 = x(t, to);
        double y2 = y(t, to);
        double a = Math.atan2(y2 - y1, x2 - x1);
        double len = 10 + 2.2 * w;
        g.setFill(COLOUR.deriveColor(0, 1, 1, 0.75));
        g.fillPolygon(new double[] {x2 + Math.cos(a) * len * 0.4, x2 - Math.cos(a - 0.45) * len,
            x2 - Math.cos(a + 0.45) * len}, new double[] {y2 + Math.sin(a) * len * 0.4, y2 - Math.sin(a - 0.45) * len,
            y2 - Math.sin(a + 0.45) * len}, 3);
    }

    /** The drawn line and the label spots of a ray, best first, computed once per ray rather than every frame. */
    private record Shape(Coordinate[] line, List<Coordinate> labelSpots) {
    }

    /** Where along the stem a name may go, best first: clear of the centre and of the towns at the ray's end. */
    private static final double[] SPOTS = {0.4, 0.3, 0.5, 0.25, 0.6, 0.2, 0.7, 0.15, 0.8, 0.1, 0.9};

    private static Shape shape(Ray r) {
        // Smooth the road's wiggles away: a ray is a direction, not a route.
        org.locationtech.jts.geom.Geometry simple = DouglasPeuckerSimplifier.simplify(r.line(), 0.05);
        org.locationtech.jts.linearref.LengthIndexedLine idx = new org.locationtech.jts.linearref.LengthIndexedLine(simple);
        List<Coordinate> spots = new java.util.ArrayList<>();
        for (double f : SPOTS) {
            spots.add(idx.extractPoint(idx.getEndIndex() * f));
        }
        return new Shape(simple.getCoordinates(), spots);
    }

    private static double x(ScreenTransform t, Coordinate c) {
        return t.sx(WebMercator.x(c.x));
    }

    private static double y(ScreenTransform t, Coordinate c) {
        return t.sy(WebMercator.y(c.y));
    }
}
