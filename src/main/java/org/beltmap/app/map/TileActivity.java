package org.beltmap.app.map;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts basemap tiles being rendered, so the status bar and the start-up probe know when the map is complete. */
public final class TileActivity {

    private static final AtomicInteger PENDING = new AtomicInteger();

    private TileActivity() {
    }

    public static void started() {
        PENDING.incrementAndGet();
    }

    public static void finished() {
        PENDING.decrementAndGet();
    }

    public static int pending() {
        return Math.max(0, PENDING.get());
    }
}
