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
    private final Supplier<List<Ray>> rays;
    private final BooleanSupplier visible;
    private final Font font = Font.font("System", FontWeight.BOLD, 13);
    /** Rays are immutable records: a new list brings new keys, old ones are dropped with it. */
    private final java.util.Map<Ray, Shape> shapes = new java.util.WeakHashMap<>();

    private final java.util.function.UnaryOperator<String> label;

    /** @param label the ray's name as shown (in the UI language) */
    public RayPainter(Supplier<List<Ray>> rays, BooleanSupplier visible, java.util.function.UnaryOperator<String> label) {
        this.rays = rays;
        this.visible = visible;
        this.label = label;
    }

    @Override
    public boolean isVisible() {
        return visible.getAsBoolean();
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
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
            g.setStroke(rail ? RAIL.deriveColor(0, 1, 1, 0.5) : COLOUR.deriveColor(0, 1, 1, 0.45));
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
            label(g, t, r, shape.labelAt());
        }
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

    /** The drawn line and label point of a ray, computed once per ray rather than every frame. */
    private record Shape(Coordinate[] line, Coordinate labelAt) {
    }

    private static Shape shape(Ray r) {
        // Smooth the road's wiggles away: a ray is a direction, not a route.
        org.locationtech.jts.geom.Geometry simple = DouglasPeuckerSimplifier.simplify(r.line(), 0.05);
        // Label on the stem, 40 % of the way out, clear of the towns at the ray's end.
        org.locationtech.jts.linearref.LengthIndexedLine idx = new org.locationtech.jts.linearref.LengthIndexedLine(simple);
        return new Shape(simple.getCoordinates(), idx.extractPoint(idx.getEndIndex() * 0.4));
    }

    private void label(GraphicsContext g, ScreenTransform t, Ray r, Coordinate at) {
        double x = x(t, at);
        double y = y(t, at);
        g.setFont(t.magnify() == 1 ? font : Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() * t.magnify()));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(3.5);
        g.setStroke(Color.WHITE);
        double dy = 14 * t.magnify();
        String name = label.apply(r.name());
        g.strokeText(name, x, y - dy);
        g.setFill(COLOUR.darker());
        g.fillText(name, x, y - dy);
    }

    private static double x(ScreenTransform t, Coordinate c) {
        return t.sx(WebMercator.x(c.x));
    }

    private static double y(ScreenTransform t, Coordinate c) {
        return t.sy(WebMercator.y(c.y));
    }
}
