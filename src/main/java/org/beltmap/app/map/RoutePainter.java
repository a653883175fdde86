package org.beltmap.app.map;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.beltmap.core.geo.WebMercator;
import org.locationtech.jts.geom.Coordinate;

/** The selected town's route to its centre: network part solid, access legs dashed, over a white halo. */
public final class RoutePainter implements Painter {

    private final Supplier<List<Coordinate>> route;
    private final BooleanSupplier visible;

    public RoutePainter(Supplier<List<Coordinate>> route, BooleanSupplier visible) {
        this.route = route;
        this.visible = visible;
    }

    @Override
    public boolean isVisible() {
        return visible.getAsBoolean();
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        List<Coordinate> r = route.get();
        if (r == null || r.size() < 2) {
            return;
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        int n = r.size();
        // First and last two segments are the access legs (centre → network, network → town).
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? javafx.scene.paint.Color.WHITE : AnalysisPalette.ROUTE);
            g.setLineWidth(pass == 0 ? 7 : 3.5);
            g.beginPath();
            moveTo(g, t, r.get(n > 3 ? 1 : 0));
            for (int i = n > 3 ? 2 : 1; i < (n > 3 ? n - 1 : n); i++) {
                lineTo(g, t, r.get(i));
            }
            g.stroke();
            if (n > 3) {
                g.setLineDashes(pass == 0 ? null : new double[] {6, 5});
                g.beginPath();
                moveTo(g, t, r.get(0));
                lineTo(g, t, r.get(1));
                moveTo(g, t, r.get(n - 2));
                lineTo(g, t, r.get(n - 1));
                g.stroke();
                g.setLineDashes((double[]) null);
            }
        }
    }

    private static void moveTo(GraphicsContext g, ScreenTransform t, Coordinate c) {
        g.moveTo(t.sx(WebMercator.x(c.x)), t.sy(WebMercator.y(c.y)));
    }

    private static void lineTo(GraphicsContext g, ScreenTransform t, Coordinate c) {
        g.lineTo(t.sx(WebMercator.x(c.x)), t.sy(WebMercator.y(c.y)));
    }
}
