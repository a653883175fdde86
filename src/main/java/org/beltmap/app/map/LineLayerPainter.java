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
public final class LineLayerPainter implements Painter {

    private final ProjectedLines lines;
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
        double zoomScale = Math.max(0.6, Math.min(2.2, 0.5 + (zoom - 6) * 0.25));
        List<ProjectedLines.Part> parts = lines.forZoom(zoom);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        double[] dash = style.dash();
        g.setLineDashes(dash);
        for (ProjectedLines.Part p : parts) {
            if (!t.intersects(p.minX(), p.minY(), p.maxX(), p.maxY())) {
                continue;
            }
            double w = style.width() * zoomScale * classFactor(p.tag());
            g.setLineWidth(w);
            g.setStroke(stroke);
            g.beginPath();
            double[] xy = p.xy();
            g.moveTo(t.sx(xy[0]), t.sy(xy[1]));
            for (int i = 2; i < xy.length; i += 2) {
                g.lineTo(t.sx(xy[i]), t.sy(xy[i + 1]));
            }
            if (p.closed()) {
                g.closePath();
                if (fill != null) {
                    g.setFill(fill);
                    g.fill();
                }
            }
            g.stroke();
        }
        g.setLineDashes((double[]) null);
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
