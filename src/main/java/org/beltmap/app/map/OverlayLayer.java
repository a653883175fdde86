package org.beltmap.app.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * One canvas over the Gluon map on which all vector overlays are painted in order. A single canvas keeps the
 * scene graph tiny whatever the data size; painters cull and simplify per zoom themselves.
 */
public final class OverlayLayer extends MapLayer {

    private final Canvas canvas = new Canvas();
    private final List<Painter> painters = new ArrayList<>();
    /** Drawn over the data whatever the region: scale bar, measure tool. */
    private final List<Painter> chrome = new ArrayList<>();
    private ScreenTransform transform;
    private long lastPaintNanos;
    private long paintCount;
    private double magnify = 1;

    public OverlayLayer() {
        getChildren().add(canvas);
    }

    public void setPainters(List<Painter> list) {
        painters.clear();
        painters.addAll(list);
        refresh();
    }

    /** Painters of the map itself (not of the region's data), kept when the region's painters change. */
    public void addChrome(Painter p) {
        chrome.add(p);
        refresh();
    }

    /** Repaint on the next layout pass (data, visibility or selection changed). */
    public void refresh() {
        markDirty();
    }

    /** Draws symbols, lines and labels this much bigger (lecture mode on a projector). */
    public void setMagnify(double factor) {
        magnify = factor;
        refresh();
    }

    public ScreenTransform transform() {
        return transform;
    }

    /** Duration of the last full repaint, shown for diagnostics. */
    public long lastPaintMillis() {
        return lastPaintNanos / 1_000_000;
    }

    /** Whether a static layer raster is still being drawn in the background. */
    public boolean rastersPending() {
        return frame.busy();
    }

    /** Number of full repaints so far. */
    public long paintCount() {
        return paintCount;
    }

    /**
     * Symbols of every painter in order, then labels by priority, all in one label grid; returns the grid.
     * Raster layers are drawn at once on this thread (tests); the map itself goes through {@link #frame}.
     */
    static LabelGrid paintFrame(GraphicsContext g, ScreenTransform t, List<Painter> painters) {
        return new OverlayFrame(Runnable::run, () -> { }).paint(g, t, painters);
    }

    /** Static layers come from raster caches redrawn on this thread, then the map asks for a new frame. */
    private static final java.util.concurrent.ExecutorService RASTERS =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "beltmap-map-raster");
                t.setDaemon(true);
                return t;
            });
    private final OverlayFrame frame = new OverlayFrame(RASTERS,
            () -> javafx.application.Platform.runLater(this::refresh));

    @Override
    protected void layoutLayer() {
        if (!(getParent() instanceof Region parent)) {
            return;
        }
        double w = parent.getWidth();
        double h = parent.getHeight();
        Point2D a = getMapPoint(0, 0);
        Point2D b = getMapPoint(60, 90);
        if (a == null || b == null || w <= 0 || h <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        canvas.setWidth(w);
        canvas.setHeight(h);
        transform = ScreenTransform.from(a, b, w, h).magnified(magnify);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        frame.paint(g, transform, painters);
        for (Painter p : chrome) {
            if (p.isVisible()) {
                g.save();
                p.paint(g, transform);
                g.restore();
            }
        }
        lastPaintNanos = System.nanoTime() - t0;
        paintCount++;
    }
}
