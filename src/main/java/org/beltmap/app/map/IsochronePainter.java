package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.canvas.GraphicsContext;
import org.beltmap.core.isochrones.Isochrone;

/** Isochrone bands, largest first so the smaller, darker bands sit on top; replaced when the analysis reruns. */
public final class IsochronePainter implements RasterPainter {

    private final BooleanSupplier visible;
    private volatile AreaPainter areas = new AreaPainter(List.of(), () -> true);

    public IsochronePainter(BooleanSupplier visible) {
        this.visible = visible;
    }

    public void setBands(List<Isochrone> bands) {
        List<AreaPainter.Area> list = new ArrayList<>();
        if (bands != null) {
            for (int k = bands.size() - 1; k >= 0; k--) {
                javafx.scene.paint.Color c = AnalysisPalette.band(k);
                list.add(new AreaPainter.Area(bands.get(k).area(), c.deriveColor(0, 1, 1, 0.33),
                        c.deriveColor(0, 1, 0.7, 0.9), 1.2, null));
            }
        }
        areas = new AreaPainter(list, () -> true);
    }

    @Override
    public boolean isVisible() {
        return visible.getAsBoolean();
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        areas.paint(g, t);
    }

    @Override
    public void render(RasterCanvas c, ScreenTransform t) {
        areas.render(c.graphics(), t);
    }

    /** New bands, new picture. */
    @Override
    public Object renderKey() {
        return areas;
    }
}
