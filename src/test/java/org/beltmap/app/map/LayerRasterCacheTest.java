package org.beltmap.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The layer raster cache: pans reuse the image at an offset, zoom and style changes draw it anew. */
class LayerRasterCacheTest {

    private static final double WX = 0.61;
    private static final double WY = 0.37;
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final AtomicInteger readyCalls = new AtomicInteger();
    private final LayerRasterCache cache = new LayerRasterCache(background::add, readyCalls::incrementAndGet);
    /** Draws one red pixel where the world point (WX, WY) falls. */
    private final LayerRasterCache.Renderer dot = (c, t) -> {
        int x = (int) Math.floor(t.sx(WX));
        int y = (int) Math.floor(t.sy(WY));
        if (x >= 0 && y >= 0 && x < c.image().getWidth() && y < c.image().getHeight()) {
            c.image().setRGB(x, y, 0xffff0000);
        }
    };

    private static ScreenTransform view(double scale, double panX, double panY) {
        // The world point sits at the middle of an 800×600 view before any pan.
        return new ScreenTransform(scale, 400 - scale * WX + panX, 300 - scale * WY + panY, 800, 600);
    }

    /** Where the blit puts the raster's red pixel on screen, as (x, y) of its top-left corner. */
    private static double[] dotOnScreen(LayerRasterCache.Blit b) {
        java.awt.image.BufferedImage im = b.raster().image();
        for (int y = 0; y < im.getHeight(); y++) {
            for (int x = 0; x < im.getWidth(); x++) {
                if (im.getRGB(x, y) == 0xffff0000) {
                    return new double[] {b.x() + x * b.scale(), b.y() + y * b.scale()};
                }
            }
        }
        throw new AssertionError("no dot in the raster");
    }

    private void assertDotAt(LayerRasterCache.Blit b, ScreenTransform v) {
        double[] p = dotOnScreen(b);
        assertEquals(Math.floor(v.sx(WX)), p[0], 1.0, "x on screen");
        assertEquals(Math.floor(v.sy(WY)), p[1], 1.0, "y on screen");
    }

    /** The first frame draws the view alone at once; its margin comes from the background, run here. */
    private LayerRasterCache.Blit warm(ScreenTransform v, Object key) {
        LayerRasterCache.Blit now = cache.frame(v, key, dot);
        assertEquals(v.width(), now.raster().image().getWidth(), 1.0, "the view alone, while the frame waits");
        assertDotAt(now, v);
        assertEquals(1, background.size(), "the margin is drawn in the background");
        background.poll().run();
        LayerRasterCache.Blit full = cache.frame(v, key, dot);
        assertEquals(-LayerRasterCache.margin(v.width(), v.height()), full.x(), 1e-9);
        return full;
    }

    @Test
    void aPanInsideTheMarginBlitsTheSameImageAtTheOffset() {
        ScreenTransform v0 = view(4096, 0, 0);
        LayerRasterCache.Blit first = warm(v0, "roads");
        ScreenTransform v1 = view(4096, 120, -70);
        LayerRasterCache.Blit moved = cache.frame(v1, "roads", dot);
        assertSame(first.raster(), moved.raster());
        assertEquals(120, moved.x() - first.x(), 1e-9);
        assertEquals(-70, moved.y() - first.y(), 1e-9);
        assertDotAt(moved, v1);
        assertEquals(1, cache.syncRenders());
        assertTrue(background.isEmpty(), "nothing to redraw this far from the edge");
    }

    @Test
    void nearingTheEdgeRedrawsInTheBackgroundAndTheNewImageCoversTheView() {
        warm(view(4096, 0, 0), "roads");
        int m = LayerRasterCache.margin(800, 600);
        ScreenTransform near = view(4096, -(m - 50), 0);
        LayerRasterCache.Blit stillOld = cache.frame(near, "roads", dot);
        assertEquals(1, background.size(), "one background redraw queued");
        assertDotAt(stillOld, near);
        background.poll().run();
        assertEquals(2, readyCalls.get());
        LayerRasterCache.Blit fresh = cache.frame(near, "roads", dot);
        assertNotSame(stillOld.raster(), fresh.raster());
        assertEquals(-m, fresh.x(), 1e-9, "centred on the view again");
        assertDotAt(fresh, near);
        assertEquals(1, cache.syncRenders());
    }

    @Test
    void aPanPastTheMarginBeforeTheBackgroundImageDrawsAtOnceWithNoBlankEdge() {
        warm(view(4096, 0, 0), "roads");
        int m = LayerRasterCache.margin(800, 600);
        ScreenTransform far = view(4096, 0, m + 40);
        LayerRasterCache.Blit b = cache.frame(far, "roads", dot);
        assertEquals(2, cache.syncRenders());
        assertTrue(b.x() <= 0 && b.y() <= 0);
        assertTrue(b.x() + b.raster().image().getWidth() >= 800 && b.y() + b.raster().image().getHeight() >= 600);
        assertDotAt(b, far);
    }

    @Test
    void aZoomShowsTheOldImageScaledUntilTheNewOneIsDrawn() {
        LayerRasterCache.Blit before = warm(view(4096, 0, 0), "roads");
        ScreenTransform zoomed = view(8192, 0, 0);
        LayerRasterCache.Blit scaled = cache.frame(zoomed, "roads", dot);
        assertSame(before.raster(), scaled.raster());
        assertEquals(2.0, scaled.scale(), 1e-12);
        assertDotAt(scaled, zoomed);
        cache.frame(zoomed, "roads", dot);
        assertEquals(1, background.size(), "the same zoom is asked for once");
        background.poll().run();
        LayerRasterCache.Blit sharp = cache.frame(zoomed, "roads", dot);
        assertEquals(1.0, sharp.scale());
        assertEquals(8192, sharp.raster().transform().scale());
        assertDotAt(sharp, zoomed);
    }

    @Test
    void aNewStyleOrDataKeyRedrawsAtOnce() {
        LayerRasterCache.Blit a = warm(view(4096, 0, 0), "roads grey");
        LayerRasterCache.Blit b = cache.frame(view(4096, 10, 0), "roads red", dot);
        assertNotSame(a.raster(), b.raster());
        assertEquals("roads red", b.raster().key());
        assertEquals(2, cache.syncRenders());
        assertDotAt(b, view(4096, 10, 0));
    }

    @Test
    void anImageOfTheOldStyleNeverComesBackFromTheBackground() {
        warm(view(4096, 0, 0), "roads");
        int m = LayerRasterCache.margin(800, 600);
        ScreenTransform near = view(4096, -(m - 50), 0);
        cache.frame(near, "roads", dot);
        assertEquals(1, background.size(), "a pan redraw of the old style is queued");
        LayerRasterCache.Blit restyled = cache.frame(near, "roads blue", dot);
        assertEquals("roads blue", restyled.raster().key());
        while (!background.isEmpty()) {
            background.poll().run();
        }
        for (int pan = 0; pan < 3; pan++) {
            ScreenTransform v = view(4096, -(m - 50) + 30 * pan, 0);
            LayerRasterCache.Blit b = cache.frame(v, "roads blue", dot);
            assertEquals("roads blue", b.raster().key());
            assertDotAt(b, v);
        }
    }
}
