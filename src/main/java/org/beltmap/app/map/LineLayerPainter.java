package org.beltmap.app.map;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.Style;

/** Draws a line or polygon layer of the project with its style; federal M roads get a wider casing. */
public final class LineLayerPainter implements RasterPainter {

    private static final int LINE_BATCH = 256;
    private final ProjectedLines lines;
    private DenseRaster dense;
    private boolean lastDense;
    private final Style style;
    private final BooleanSupplier visible;
    private final Color stroke;
    private final Color fill;

    public LineLayerPainter(Layer layer, BooleanSupplier visible) {
        String classField = layer.spec().field("class");
        this.lines = new ProjectedLines(layer.features().stream().map(Feature::geometry).toList(),
                layer.features().stream().map(f -> f.getString(classField)).toList());
        this.style = layer.spec().style();
        this.visible = visible;
        this.stroke = Color.web(style.stroke());
        this.fill = style.fill() == null ? null : Color.web(style.fill(), 0.25);
    }

    @Override
    public boolean isVisible() {
        return visible.getAsBoolean();
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        double zoom = t.zoom();
        double zoomScale = Math.max(0.6, Math.min(2.2, 0.5 + (zoom - 6) * 0.25)) * t.magnify();
        List<ProjectedLines.Part> parts = lines.forZoom(zoom);
        // Round caps and joins only when lines are wide enough to show them: on hairlines they add curve
        // edges to every vertex and triple the rasteriser's work for no visible change.
        boolean wide = style.width() * zoomScale >= 2.5;
        g.setLineCap(wide ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        g.setLineJoin(wide ? StrokeLineJoin.ROUND : StrokeLineJoin.BEVEL);
        double[] dash = style.dash();
        g.setLineDashes(dash);
        // One pass picks what is on screen, by class (minor classes only when zoomed in); both ways of drawing
        // below use it.
        java.util.Map<String, List<ProjectedLines.Part>> byClass = new java.util.LinkedHashMap<>();
        int segments = 0;
        for (ProjectedLines.Part p : parts) {
            if (zoom >= minZoom(p.tag()) && t.intersects(p.minX(), p.minY(), p.maxX(), p.maxY())) {
                byClass.computeIfAbsent(p.tag(), k -> new java.util.ArrayList<>()).add(p);
                segments += p.xy().length / 2 - 1;
            }
        }
        lastDense = fill == null && dash == null && segments > DenseRaster.THRESHOLD;
        if (lastDense) {
            paintDense(g, t, byClass, zoomScale);
            return;
        }
        // One path per road class: a stroke call per part costs more than the pixels it draws.
        g.setStroke(stroke);
        for (java.util.Map.Entry<String, List<ProjectedLines.Part>> e : byClass.entrySet()) {
            g.setLineWidth(style.width() * zoomScale * classFactor(e.getKey()));
            // Lines go out in batches of nearby parts (the list is in Z-order); polygons in one path so a hole
            // and its outer ring are always filled together.
            int batch = fill == null ? LINE_BATCH : Integer.MAX_VALUE;
            int inPath = 0;
            g.beginPath();
            for (ProjectedLines.Part p : e.getValue()) {
                double[] xy = p.xy();
                g.moveTo(t.sx(xy[0]), t.sy(xy[1]));
                for (int i = 2; i < xy.length; i += 2) {
                    g.lineTo(t.sx(xy[i]), t.sy(xy[i + 1]));
                }
                if (p.closed()) {
                    g.closePath();
                }
                if (++inPath == batch) {
                    g.stroke();
                    g.beginPath();
                    inPath = 0;
                }
            }
            if (inPath > 0) {
                if (fill != null) {
                    g.setFill(fill);
                    g.fill();
                }
                g.stroke();
            }
        }
        g.setLineDashes((double[]) null);
    }

    /**
     * The same picture in Java 2D for the layer raster cache: antialiased paths per class, or, past
     * {@link DenseRaster#THRESHOLD} segments, aliased pixel lines with sub-pixel segments skipped (the vertex
     * walk advances only when a vertex lands on another pixel), so a million segments cost little more than the
     * pixels they cover.
     */
    @Override
    public void render(RasterCanvas canvas, ScreenTransform t) {
        double zoom = t.zoom();
        double zoomScale = Math.max(0.6, Math.min(2.2, 0.5 + (zoom - 6) * 0.25)) * t.magnify();
        List<ProjectedLines.Part> parts = lines.forZoom(zoom);
        double[] dash = style.dash();
        int segments = 0;
        java.util.Map<String, List<ProjectedLines.Part>> byClass = new java.util.LinkedHashMap<>();
        for (ProjectedLines.Part p : parts) {
            if (zoom >= minZoom(p.tag()) && t.intersects(p.minX(), p.minY(), p.maxX(), p.maxY())) {
                byClass.computeIfAbsent(p.tag(), k -> new java.util.ArrayList<>()).add(p);
                segments += p.xy().length / 2 - 1;
            }
        }
        lastDense = fill == null && dash == null && segments > DenseRaster.THRESHOLD;
        if (lastDense) {
            int argb = RasterCanvas.argbPre(stroke);
            for (java.util.Map.Entry<String, List<ProjectedLines.Part>> e : byClass.entrySet()) {
                boolean thick = style.width() * zoomScale * classFactor(e.getKey()) >= 1.5;
                for (ProjectedLines.Part p : e.getValue()) {
                    double[] xy = p.xy();
                    int x0 = (int) Math.round(t.sx(xy[0]));
                    int y0 = (int) Math.round(t.sy(xy[1]));
                    for (int i = 2; i < xy.length; i += 2) {
                        int x1 = (int) Math.round(t.sx(xy[i]));
                        int y1 = (int) Math.round(t.sy(xy[i + 1]));
                        if (x1 != x0 || y1 != y0) {
                            canvas.line(x0, y0, x1, y1, argb, thick);
                            x0 = x1;
                            y0 = y1;
                        }
                    }
                }
            }
            return;
        }
        java.awt.Graphics2D g = canvas.graphics();
        java.awt.Color awtStroke = RasterPainter.awt(stroke);
        g.setColor(awtStroke);
        boolean wide = style.width() * zoomScale >= 2.5;
        float[] awtDash = null;
        if (dash != null && dash.length > 0) {
            awtDash = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                awtDash[i] = (float) dash[i];
            }
        }
        java.awt.Color awtFill = fill == null ? null : RasterPainter.awt(fill);
        for (java.util.Map.Entry<String, List<ProjectedLines.Part>> e : byClass.entrySet()) {
            g.setStroke(new java.awt.BasicStroke((float) (style.width() * zoomScale * classFactor(e.getKey())),
                    wide ? java.awt.BasicStroke.CAP_ROUND : java.awt.BasicStroke.CAP_BUTT,
                    wide ? java.awt.BasicStroke.JOIN_ROUND : java.awt.BasicStroke.JOIN_BEVEL, 10f, awtDash, 0f));
            java.awt.geom.Path2D.Float path = new java.awt.geom.Path2D.Float(java.awt.geom.Path2D.WIND_NON_ZERO);
            for (ProjectedLines.Part p : e.getValue()) {
                double[] xy = p.xy();
                path.moveTo(t.sx(xy[0]), t.sy(xy[1]));
                for (int i = 2; i < xy.length; i += 2) {
                    path.lineTo(t.sx(xy[i]), t.sy(xy[i + 1]));
                }
                if (p.closed()) {
                    path.closePath();
                }
            }
            if (awtFill != null) {
                g.setColor(awtFill);
                g.fill(path);
                g.setColor(awtStroke);
            }
            g.draw(path);
        }
    }

    /** Whether the last paint used the raster level of detail. */
    boolean lastPaintWasDense() {
        return lastDense;
    }

    private void paintDense(GraphicsContext g, ScreenTransform t,
                            java.util.Map<String, List<ProjectedLines.Part>> byClass, double zoomScale) {
        if (dense == null) {
            dense = new DenseRaster();
        }
        dense.begin((int) Math.ceil(t.width()), (int) Math.ceil(t.height()));
        for (java.util.Map.Entry<String, List<ProjectedLines.Part>> e : byClass.entrySet()) {
            dense.colour(stroke, style.width() * zoomScale * classFactor(e.getKey()));
            for (ProjectedLines.Part p : e.getValue()) {
                double[] xy = p.xy();
                int x0 = (int) Math.round(t.sx(xy[0]));
                int y0 = (int) Math.round(t.sy(xy[1]));
                for (int i = 2; i < xy.length; i += 2) {
                    int x1 = (int) Math.round(t.sx(xy[i]));
                    int y1 = (int) Math.round(t.sy(xy[i + 1]));
                    dense.line(x0, y0, x1, y1);
                    x0 = x1;
                    y0 = y1;
                }
            }
        }
        dense.end(g);
    }

    /**
     * Cartographic level of detail: minor road classes appear only when zoomed in, as on any topographic map;
     * unknown classes always show (we cannot tell their rank). Names follow the project's classes and OSM's.
     */
    static double minZoom(String tag) {
        if (tag == null) {
            return 0;
        }
        return switch (tag) {
            case "secondary", "regional" -> 7;
            case "tertiary", "local" -> 9;
            case "unclassified", "residential", "living_street", "service", "track", "path" -> 11;
            default -> 0;
        };
    }

    private static double classFactor(String tag) {
        if (tag == null) {
            return 1.0;
        }
        return switch (tag) {
            case "federal_M", "main" -> 1.35;
            case "federal_A", "federal_R", "secondary" -> 1.0;
            case "tertiary", "local" -> 0.7;
            default -> 1.0;
        };
    }
}
