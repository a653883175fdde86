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
}
