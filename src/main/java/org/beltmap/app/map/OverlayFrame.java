package org.beltmap.app.map;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints one overlay frame, the same way in the app and in the bench: each run of consecutive
 * {@link RasterPainter}s comes from its {@link LayerRasterCache} (a blit on a pan), the other painters draw
 * their symbols as vectors in order, then every painter's labels by priority in one shared label grid.
 */
public final class OverlayFrame {

    private final Executor background;
    private final Runnable onReady;
    private final List<LayerRasterCache> caches = new ArrayList<>();
    private final List<FxImage> images = new ArrayList<>();

    /** The FX side of one cached raster: an image over the raster's own pixels (no copy). */
    private record FxImage(long generation, WritableImage image) {
    }

    /**
     * @param background where cached rasters are redrawn
     * @param onReady    called from the background when a new raster is ready (ask for a repaint)
     */
    public OverlayFrame(Executor background, Runnable onReady) {
        this.background = background;
        this.onReady = onReady;
    }

    /** Draws the frame; returns the label grid (what symbols and labels took). */
    public LabelGrid paint(GraphicsContext g, ScreenTransform t, List<Painter> painters) {
        LabelGrid grid = new LabelGrid(t.width(), t.height(), 32);
        List<Painter> shown = painters.stream().filter(Painter::isVisible).toList();
        List<Painter> byPriority = new ArrayList<>(shown);
        byPriority.sort(java.util.Comparator.comparingInt(Painter::labelPriority));
        // The last painter's symbols may wait for its own labels when no label of another painter comes between.
        Painter last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        boolean lastDefers = last != null && byPriority.stream().takeWhile(p -> p != last)
                .noneMatch(Painter::drawsLabels);
        int run = 0;
        for (int i = 0; i < shown.size(); ) {
            if (shown.get(i) instanceof RasterPainter) {
                int j = i;
                List<RasterPainter> group = new ArrayList<>();
                List<Object> key = new ArrayList<>();
                while (j < shown.size() && shown.get(j) instanceof RasterPainter r) {
                    group.add(r);
                    key.add(r);
                    key.add(r.renderKey());
                    j++;
                }
                blit(g, run++, t, key, group);
                i = j;
                continue;
            }
            Painter p = shown.get(i);
            g.save();
            p.paintSymbols(g, t, grid);
            if (p != last || !lastDefers) {
                p.flushSymbols(g);
            }
            g.restore();
            i++;
        }
        for (Painter p : byPriority) {
            g.save();
            p.paintLabels(g, t, grid);
            p.flushSymbols(g);
            g.restore();
        }
        return grid;
    }

    /** Forgets every cached raster: the next frame draws them afresh. */
    public void clear() {
        caches.forEach(LayerRasterCache::clear);
    }

    /** Whether any cached raster is being drawn in the background. */
    public boolean busy() {
        return caches.stream().anyMatch(LayerRasterCache::busy);
    }

    /** The cache of the n-th run of raster painters (for the bench's comment line and tests). */
    LayerRasterCache cache(int run) {
        return run < caches.size() ? caches.get(run) : null;
    }

    private void blit(GraphicsContext g, int run, ScreenTransform t, List<Object> key, List<RasterPainter> group) {
        while (caches.size() <= run) {
            caches.add(new LayerRasterCache(background, onReady));
            images.add(null);
        }
        LayerRasterCache.Blit b = caches.get(run).frame(t, key, (c, ct) -> {
            for (RasterPainter p : group) {
                p.render(c, ct);
            }
        });
        LayerRasterCache.Raster r = b.raster();
        FxImage fx = images.get(run);
        if (fx == null || fx.generation() != r.generation()) {
            int[] pixels = ((java.awt.image.DataBufferInt) r.image().getRaster().getDataBuffer()).getData();
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(r.image().getWidth(), r.image().getHeight(),
                    IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            fx = new FxImage(r.generation(), new WritableImage(buffer));
            images.set(run, fx);
        }
        WritableImage img = fx.image();
        if (b.scale() == 1) {
            // Whole pixels: a fractional offset would resample (blur) the whole layer on every pan.
            double x = Math.round(b.x());
            double y = Math.round(b.y());
            double w = Math.min(t.width(), img.getWidth() + x);
            double h = Math.min(t.height(), img.getHeight() + y);
            g.drawImage(img, -x, -y, w, h, 0, 0, w, h);
        } else {
            g.drawImage(img, b.x(), b.y(), img.getWidth() * b.scale(), img.getHeight() * b.scale());
        }
    }
}
