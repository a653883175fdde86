package org.beltmap.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.beltmap.app.map.MapPane;
import org.beltmap.app.map.TileActivity;
import org.beltmap.app.viewmodel.MainViewModel;

/**
 * With {@code --startup-probe} (or {@code -Dbeltmap.startupProbe=true}): prints {@code cold_start_ms N ms}, JVM
 * start to the first frame with the region's map and towns drawn and no basemap tile pending, with the times of
 * the start-up phases on a comment line, and quits. Used by {@code bench} in a fresh JVM, never in normal runs.
 */
final class StartupProbe extends AnimationTimer {

    private static final List<String> MARKS = new ArrayList<>();
    private final MainViewModel vm;
    private final MapPane map;
    private int quietFrames;
    private boolean painted;
    private boolean towns;

    StartupProbe(MainViewModel vm, MapPane map) {
        this.vm = vm;
        this.map = map;
        vm.regionProperty().addListener((o, a, b) -> mark("region"));
    }

    static boolean requested() {
        return Boolean.getBoolean("beltmap.startupProbe");
    }

    /** Notes a start-up phase (milliseconds since the JVM started), printed with the figure. */
    static void mark(String phase) {
        if (requested()) {
            MARKS.add(phase + " " + sinceJvmStart());
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void handle(long now) {
        boolean drawn = vm.getRegion() != null && map.overlay().transform() != null && map.overlay().paintCount() > 0
                && !map.overlay().rastersPending();
        if (drawn && !painted) {
            painted = true;
            mark("painted");
        }
        if (drawn && !towns && map.townsDrawn()) {
            towns = true;
            mark("towns");
        }
        quietFrames = drawn && towns && TileActivity.pending() == 0 ? quietFrames + 1 : 0;
        if (quietFrames >= 3) {
            stop();
            mark("tiles");
            long ms = sinceJvmStart();
            System.out.println("# startup phases (ms since JVM start): " + String.join(", ", MARKS));
            System.out.printf(Locale.ROOT, "cold_start_ms %d ms%n", ms);
            System.out.printf(Locale.ROOT, "startup_to_map_ms %d ms%n", ms);
            System.out.flush();
            Platform.exit();
        }
    }
}
