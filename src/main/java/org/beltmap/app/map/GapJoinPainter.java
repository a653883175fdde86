package org.beltmap.app.map;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.network.GapJoin;

/** Where the network builder bridged a gap between line ends: a red ring and the bridging segment, to check. */
public final class GapJoinPainter implements Painter {

    public static final Color MARK = Color.web("#d62828");
    private final Supplier<List<GapJoin>> joins;
    private final BooleanSupplier visible;

    public GapJoinPainter(Supplier<List<GapJoin>> joins, BooleanSupplier visible) {
        this.joins = joins;
        this.visible = visible;
    }

    @Override
    public boolean isVisible() {
        return visible.getAsBoolean();
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        List<GapJoin> list = joins.get();
        if (list == null) {
            return;
        }
        g.setStroke(MARK);
        g.setLineWidth(2);
        for (GapJoin j : list) {
            double x1 = t.sx(WebMercator.x(j.fromLon()));
            double y1 = t.sy(WebMercator.y(j.fromLat()));
            double x2 = t.sx(WebMercator.x(j.toLon()));
            double y2 = t.sy(WebMercator.y(j.toLat()));
            if (Math.max(x1, x2) < -10 || Math.min(x1, x2) > t.width() + 10 || Math.max(y1, y2) < -10
                    || Math.min(y1, y2) > t.height() + 10) {
                continue;
            }
            g.strokeLine(x1, y1, x2, y2);
            g.strokeOval((x1 + x2) / 2 - 6, (y1 + y2) / 2 - 6, 12, 12);
        }
    }
}
