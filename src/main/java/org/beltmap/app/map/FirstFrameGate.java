package org.beltmap.app.map;

import javafx.animation.AnimationTimer;

/**
 * Holds work back until the map has drawn its first frame of a region and its basemap tiles are in (or a second
 * has passed; four at most in all): at start-up the analysis would otherwise take the CPU the first paint needs,
 * on a 2-core laptop most of it.
 */
public final class FirstFrameGate extends AnimationTimer {

    private static final long MAX_WAIT_NS = 1_000_000_000L;
    /** Past this the work runs whatever the map did (a window that never paints must not hold the analysis). */
    private static final long GIVE_UP_NS = 4_000_000_000L;
    private long startedAt = -1;
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
        startedAt = startedAt < 0 ? now : startedAt;
        if (now - startedAt > GIVE_UP_NS) {
            stop();
            work.run();
            return;
        }
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
