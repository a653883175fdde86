package org.beltmap.app.map;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The static layers of the map (roads, railways, isochrones) drawn once into an image larger than the view, so
 * a pan only blits it at an offset. When the view nears the edge of the image a new one, centred on the view, is
 * drawn on a background thread; a zoom shows the old image scaled until the new one is ready. A change of the
 * layers' data, style or visibility (the key), or a pan past the margin before the background image is ready,
 * redraws the view at once (its margin follows in the background), so the map never shows a blank margin or an
 * image of the wrong data.
 */
final class LayerRasterCache {

    /** Draws the layers into a Java 2D image with a view transform of its own; may run on any thread. */
    interface Renderer {
        void render(RasterCanvas c, ScreenTransform t);
    }

    /** One drawn image: its pixels map to the world by {@code transform}; {@code key} names what it shows. */
    record Raster(BufferedImage image, ScreenTransform transform, Object key, long generation) {
    }

    /**
     * What to draw this frame: the raster's image at (x, y) in view pixels, scaled by {@code scale} (1 except
     * while a zoom waits for its image).
     */
    record Blit(Raster raster, double x, double y, double scale) {
    }

    private final Executor background;
    private final Runnable onReady;
    private Raster current;
    private Raster ready;
    private boolean running;
    private Request pending;
    /** The last request queued while one is in flight. */
    private Request wanted;
    private long generations;
    private int syncRenders;
    private int backgroundRenders;

    /** {@code seq} orders requests, so an older background image never replaces a newer one drawn meanwhile. */
    private record Request(ScreenTransform view, Object key, Renderer renderer, long seq) {
    }

    /** @param onReady called (on the background thread) when a background image is ready: ask for a frame */
    LayerRasterCache(Executor background, Runnable onReady) {
        this.background = background;
        this.onReady = onReady;
    }

    /** Extra pixels drawn on every side of a view of this size. */
    static int margin(double width, double height) {
        return (int) Math.max(256, Math.round(Math.max(width, height) / 4));
    }

    /** The image for this frame, drawing it first (on this thread) only when no usable one exists. */
    Blit frame(ScreenTransform view, Object key, Renderer renderer) {
        synchronized (this) {
            if (ready != null && (current == null || ready.generation() > current.generation())) {
                current = ready;
            }
            ready = null;
        }
        Raster c = current;
        if (c == null || !Objects.equals(c.key(), key)) {
            return drawNow(view, key, renderer);
        }
        if (!sameScale(c.transform(), view)) {
            // Zooming: the old image scaled, the new one drawn in the background (the latest zoom wins).
            queue(newRequest(view, key, renderer), true);
            return blit(c, view);
        }
        Blit b = blit(c, view);
        double left = -b.x();
        double top = -b.y();
        double right = c.transform().width() - left - view.width();
        double bottom = c.transform().height() - top - view.height();
        if (Math.min(Math.min(left, top), Math.min(right, bottom)) < 0) {
            return drawNow(view, key, renderer);
        }
        int m = margin(view.width(), view.height());
        if (Math.min(Math.min(left, top), Math.min(right, bottom)) < m / 2.0) {
            queue(newRequest(view, key, renderer), false);
        }
        return b;
    }

    /** The view alone, drawn on this thread for this frame; the image with its margin follows in the background. */
    private Blit drawNow(ScreenTransform view, Object key, LayerRasterCache.Renderer renderer) {
        current = render(newRequest(view, key, renderer), false);
        queue(newRequest(view, key, renderer), true);
        return blit(current, view);
    }

    private synchronized Request newRequest(ScreenTransform view, Object key, Renderer renderer) {
        return new Request(view, key, renderer, ++generations);
    }

    /** Images drawn on the calling thread, and in the background, so far (for tests and diagnostics). */
    int syncRenders() {
        return syncRenders;
    }

    synchronized int backgroundRenders() {
        return backgroundRenders;
    }

    /** Whether a background image is being drawn or waits to be. */
    synchronized boolean busy() {
        return running || pending != null;
    }

    /** Forgets the images (the next frame draws afresh). */
    synchronized void clear() {
        current = null;
        ready = null;
        pending = null;
    }

    private static boolean sameScale(ScreenTransform a, ScreenTransform b) {
        return Math.abs(a.scale() - b.scale()) <= 1e-9 * b.scale() && a.magnify() == b.magnify();
    }

    private static Blit blit(Raster r, ScreenTransform view) {
        double f = view.scale() / r.transform().scale();
        ScreenTransform c = r.transform();
        return new Blit(r, view.offsetX() - f * c.offsetX(), view.offsetY() - f * c.offsetY(), f);
    }

    /**
     * Queues a background image. A pan asks only while none is in flight (the view drifts little meanwhile); a
     * zoom replaces the queued request, so a wheel burst draws its first and last levels only.
     */
    private void queue(Request r, boolean replace) {
        synchronized (this) {
            if (running && (!replace || wanted != null && sameScale(wanted.view(), r.view())
                    && Objects.equals(wanted.key(), r.key()))) {
                return;
            }
            wanted = r;
            if (running) {
                pending = r;
                return;
            }
            running = true;
            pending = r;
        }
        background.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Request r;
            synchronized (this) {
                r = pending;
                pending = null;
                if (r == null) {
                    running = false;
                    wanted = null;
                    return;
                }
            }
            Raster done = render(r, true);
            synchronized (this) {
                ready = done;
                backgroundRenders++;
            }
            onReady.run();
        }
    }

    private Raster render(Request r, boolean inBackground) {
        ScreenTransform v = r.view();
        // Drawn while the frame waits: the view alone (a third of the pixels).
        int m = inBackground ? margin(v.width(), v.height()) : 0;
        int w = (int) Math.ceil(v.width()) + 2 * m;
        int h = (int) Math.ceil(v.height()) + 2 * m;
        ScreenTransform t = new ScreenTransform(v.scale(), v.offsetX() + m, v.offsetY() + m, w, h, v.magnify());
        RasterCanvas canvas = RasterCanvas.create(w, h);
        try {
            r.renderer().render(canvas, t);
        } finally {
            canvas.dispose();
        }
        BufferedImage image = canvas.image();
        synchronized (this) {
            if (!inBackground) {
                syncRenders++;
            }
        }
        return new Raster(image, t, r.key(), r.seq());
    }
}
