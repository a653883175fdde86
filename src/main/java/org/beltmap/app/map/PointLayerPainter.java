package org.beltmap.app.map;

import java.util.function.BooleanSupplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A point layer that is not towns (wells, stations, a 100,000-row CSV): dots in the layer's colour. Points are
 * thinned to one per 3-px cell, and drawn as a raster when thousands remain, so any size of layer redraws in
 * about the same time.
 */
public final class PointLayerPainter implements RasterPainter {

    private static final int CELL = 3;
    private final double[] wx;
    private final double[] wy;
    private final Color colour;
    private final BooleanSupplier visible;
    private DenseRaster raster;

    public PointLayerPainter(Layer layer, BooleanSupplier visible) {
        int n = 0;
        double[] xs = new double[layer.features().size()];
        double[] ys = new double[xs.length];
        for (Feature f : layer.features()) {
            Geometry g = f.geometry();
            if (g == null || g.isEmpty()) {
                continue;
            }
            for (Coordinate c : g.getCoordinates()) {
                if (n == xs.length) {
                    xs = java.util.Arrays.copyOf(xs, n * 2);
                    ys = java.util.Arrays.copyOf(ys, n * 2);
                }
                xs[n] = WebMercator.x(c.x);
                ys[n++] = WebMercator.y(c.y);
            }
        }
        this.wx = java.util.Arrays.copyOf(xs, n);
        this.wy = java.util.Arrays.copyOf(ys, n);
        this.colour = Color.web(layer.spec().style().stroke());
        this.visible = visible;
    }

    /** True when every feature of the layer is a point (or multipoint). */
    public static boolean isPointLayer(Layer layer) {
        return !layer.features().isEmpty() && layer.features().stream().map(Feature::geometry)
                .allMatch(g -> g == null || g.getDimension() == 0);
    }

    @Override
    public boolean isVisible() {
        return visible.getAsBoolean();
    }

    /** The same dots into the layer raster cache: squares past a few thousand, else antialiased discs. */
    @Override
    public void render(RasterCanvas c, ScreenTransform t) {
        int[][] kept = thinned(t);
        int[] xs = kept[0];
        int[] ys = kept[1];
        int size = (int) Math.round(3 * t.magnify());
        if (xs.length > DenseRaster.THRESHOLD / 4) {
            int argb = RasterCanvas.argbPre(colour);
            for (int i = 0; i < xs.length; i++) {
                c.dot(xs[i], ys[i], size, argb);
            }
            return;
        }
        java.awt.Graphics2D g = c.graphics();
        g.setColor(RasterPainter.awt(colour));
        double r = size / 2.0 + 0.5;
        for (int i = 0; i < xs.length; i++) {
            g.fill(new java.awt.geom.Ellipse2D.Double(xs[i] - r, ys[i] - r, 2 * r, 2 * r));
        }
    }

    /** On-screen points, one per 3-px cell: their pixel x and y. */
    private int[][] thinned(ScreenTransform t) {
        int cols = (int) (t.width() / CELL) + 1;
        int rows = (int) (t.height() / CELL) + 1;
        boolean[] taken = new boolean[cols * rows];
        int[] xs = new int[Math.min(wx.length, cols * rows)];
        int[] ys = new int[xs.length];
        int n = 0;
        for (int i = 0; i < wx.length && n < xs.length; i++) {
            double x = t.sx(wx[i]);
            double y = t.sy(wy[i]);
            if (x < 0 || y < 0 || x >= t.width() || y >= t.height()) {
                continue;
            }
            int cell = (int) (y / CELL) * cols + (int) (x / CELL);
            if (!taken[cell]) {
                taken[cell] = true;
                xs[n] = (int) x;
                ys[n++] = (int) y;
            }
        }
        return new int[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        int[][] kept = thinned(t);
        int[] xs = kept[0];
        int[] ys = kept[1];
        int n = xs.length;
        int size = (int) Math.round(3 * t.magnify());
        if (n > DenseRaster.THRESHOLD / 4) {
            if (raster == null) {
                raster = new DenseRaster();
            }
            raster.begin((int) Math.ceil(t.width()), (int) Math.ceil(t.height()));
            raster.colour(colour, 1);
            for (int i = 0; i < n; i++) {
                raster.dot(xs[i], ys[i], size);
            }
            raster.end(g);
            return;
        }
        g.setFill(colour);
        g.beginPath();
        double r = size / 2.0 + 0.5;
        for (int i = 0; i < n; i++) {
            g.moveTo(xs[i] + r, ys[i]);
            g.arc(xs[i], ys[i], r, r, 0, 360);
            g.closePath();
        }
        g.fill();
    }
}
