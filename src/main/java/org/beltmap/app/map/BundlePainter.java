package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import org.beltmap.core.bundles.Bundle;
import org.locationtech.jts.geom.Geometry;

/** Bundles as hatched corridors coloured by strength, over the urbanised strips' light tint. */
public final class BundlePainter implements Painter {

    private final BooleanSupplier bundlesVisible;
    private final BooleanSupplier stripsVisible;
    private AreaPainter bundles = new AreaPainter(List.of(), () -> true);
    private AreaPainter strips = new AreaPainter(List.of(), () -> true);

    public BundlePainter(BooleanSupplier bundlesVisible, BooleanSupplier stripsVisible) {
        this.bundlesVisible = bundlesVisible;
        this.stripsVisible = stripsVisible;
    }

    /** Strength 2, 3, 4 and more: a warm sequence, darker for stronger bundles. */
    public static Color colour(int strength) {
        return Color.web(org.beltmap.core.style.Colours.pick(org.beltmap.core.style.Colours.BUNDLES, strength - 2));
    }

    public static final Color STRIP = Color.web("#c9b26b");

    public void set(List<Bundle> list, Geometry stripArea) {
        List<AreaPainter.Area> areas = new ArrayList<>();
        if (list != null) {
            List<Bundle> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> Integer.compare(a.strength(), b.strength()));
            for (Bundle b : sorted) {
                Color c = colour(b.strength());
                areas.add(new AreaPainter.Area(b.area(), hatch(c), c.deriveColor(0, 1, 0.85, 0.9), 1.0, null));
            }
        }
        bundles = new AreaPainter(areas, () -> true);
        strips = new AreaPainter(stripArea == null ? List.of()
                : List.of(new AreaPainter.Area(stripArea, STRIP.deriveColor(0, 1, 1, 0.18), null, 0, null)), () -> true);
    }

    /** A diagonal hatch in the bundle's colour, so the basemap still shows through. */
    public static Paint hatch(Color c) {
        Canvas tile = new Canvas(8, 8);
        GraphicsContext g = tile.getGraphicsContext2D();
        g.setFill(c.deriveColor(0, 1, 1, 0.18));
        g.fillRect(0, 0, 8, 8);
        g.setStroke(c.deriveColor(0, 1, 1, 0.85));
        g.setLineWidth(1.6);
        g.strokeLine(-2, 10, 10, -2);
        g.strokeLine(-2, 2, 2, -2);
        g.strokeLine(6, 10, 10, 6);
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        WritableImage img = tile.snapshot(p, null);
        return new ImagePattern(img, 0, 0, 8, 8, false);
    }

    @Override
    public boolean isVisible() {
        return bundlesVisible.getAsBoolean() || stripsVisible.getAsBoolean();
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        if (stripsVisible.getAsBoolean()) {
            strips.paint(g, t);
        }
        if (bundlesVisible.getAsBoolean()) {
            bundles.paint(g, t);
        }
    }
}
