package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.locationtech.jts.geom.Geometry;

/**
 * Filled polygons (isochrone bands, bundles, strips) painted in order, each polygon as one path with the even-odd
 * rule so holes stay holes. Fills are semi-transparent, so nested bands drawn large to small read as a gradient.
 */
public final class AreaPainter implements Painter {

    /** One polygon set with its look; {@code dash} may be null for a solid outline. */
    public record Area(Geometry geometry, javafx.scene.paint.Paint fill, Color stroke, double strokeWidth, double[] dash) {
    }

    private final List<Area> areas;
    private final List<ProjectedLines> projected = new ArrayList<>();
    private final BooleanSupplier visible;

    public AreaPainter(List<Area> areas, BooleanSupplier visible) {
        this.areas = List.copyOf(areas);
        this.visible = visible;
        for (Area a : this.areas) {
            List<Geometry> polys = new ArrayList<>();
            for (int i = 0; i < a.geometry().getNumGeometries(); i++) {
                polys.add(a.geometry().getGeometryN(i));
            }
            projected.add(new ProjectedLines(polys, null));
        }
    }

    @Override
    public boolean isVisible() {
        return visible.getAsBoolean();
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        g.setFillRule(FillRule.EVEN_ODD);
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            List<ProjectedLines.Part> parts = projected.get(i).forZoom(t.zoom());
            g.beginPath();
            for (ProjectedLines.Part p : parts) {
                if (!t.intersects(p.minX(), p.minY(), p.maxX(), p.maxY())) {
                    continue;
                }
                double[] xy = p.xy();
                g.moveTo(t.sx(xy[0]), t.sy(xy[1]));
                for (int k = 2; k < xy.length; k += 2) {
                    g.lineTo(t.sx(xy[k]), t.sy(xy[k + 1]));
                }
                g.closePath();
            }
            if (a.fill() != null) {
                g.setFill(a.fill());
                g.fill();
            }
            if (a.stroke() != null) {
                g.setStroke(a.stroke());
                g.setLineWidth(a.strokeWidth());
                g.setLineDashes(a.dash());
                g.stroke();
                g.setLineDashes((double[]) null);
            }
        }
    }

    /** The same areas in Java 2D (for the layer raster cache); a fill that is not a plain colour is left out. */
    void render(java.awt.Graphics2D g, ScreenTransform t) {
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            java.awt.geom.Path2D.Float path = new java.awt.geom.Path2D.Float(java.awt.geom.Path2D.WIND_EVEN_ODD);
            for (ProjectedLines.Part p : projected.get(i).forZoom(t.zoom())) {
                if (!t.intersects(p.minX(), p.minY(), p.maxX(), p.maxY())) {
                    continue;
                }
                double[] xy = p.xy();
                path.moveTo(t.sx(xy[0]), t.sy(xy[1]));
                for (int k = 2; k < xy.length; k += 2) {
                    path.lineTo(t.sx(xy[k]), t.sy(xy[k + 1]));
                }
                path.closePath();
            }
            if (a.fill() instanceof Color c) {
                g.setColor(RasterPainter.awt(c));
                g.fill(path);
            }
            if (a.stroke() != null) {
                float[] dash = null;
                if (a.dash() != null && a.dash().length > 0) {
                    dash = new float[a.dash().length];
                    for (int k = 0; k < dash.length; k++) {
                        dash[k] = (float) a.dash()[k];
                    }
                }
                g.setColor(RasterPainter.awt(a.stroke()));
                g.setStroke(new java.awt.BasicStroke((float) a.strokeWidth(), java.awt.BasicStroke.CAP_SQUARE,
                        java.awt.BasicStroke.JOIN_MITER, 10f, dash, 0f));
                g.draw(path);
            }
        }
    }
}
