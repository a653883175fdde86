package org.beltmap.app.map;

import javafx.animation.AnimationTimer;

/**
 * Holds work back until the map has drawn its first frame of a region and its basemap tiles are in (or a second
 * has passed): at start-up the analysis would otherwise take the CPU the first paint needs, on a 2-core laptop
 * most of it.
 */
public final class FirstFrameGate extends AnimationTimer {

    private static final long MAX_WAIT_NS = 1_000_000_000L;
    private final OverlayLayer overlay;
    private final long paintsBefore;
    private final Runnable work;
    private long paintedAt = -1;

    private FirstFrameGate(OverlayLayer overlay, Runnable work) {
        this.overlay = overlay;
        this.paintsBefore = overlay.paintCount();
        this.work = work;
    }

    /** Runs {@code work} on the FX thread once the overlay has painted again and the tiles have settled. */
    public static void after(OverlayLayer overlay, Runnable work) {
        new FirstFrameGate(overlay, work).start();
    }

    @Override
    public void handle(long now) {
        if (paintedAt < 0) {
            if (overlay.paintCount() > paintsBefore && !overlay.rastersPending()) {
                paintedAt = now;
            }
            return;
        }
        if (TileActivity.pending() == 0 || now - paintedAt > MAX_WAIT_NS) {
            stop();
            work.run();
        }
    }
}
