package org.beltmap.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.beltmap.app.map.OverlayLayer;
import org.beltmap.app.map.TileActivity;
import org.beltmap.app.viewmodel.MainViewModel;

/**
 * With {@code -Dbeltmap.startupProbe=true}: prints {@code startup_to_map_ms N ms} (JVM start to the first frame
 * with the region drawn and no basemap tile pending) and quits. Used to measure start-up, never in normal runs.
 */
final class StartupProbe extends AnimationTimer {

    private final MainViewModel vm;
    private final OverlayLayer overlay;
    private int quietFrames;

    StartupProbe(MainViewModel vm, OverlayLayer overlay) {
        this.vm = vm;
        this.overlay = overlay;
    }

    static boolean requested() {
        return Boolean.getBoolean("beltmap.startupProbe");
    }

    @Override
    public void handle(long now) {
        boolean drawn = vm.getRegion() != null && overlay.transform() != null && overlay.paintCount() > 0;
        quietFrames = drawn && TileActivity.pending() == 0 ? quietFrames + 1 : 0;
        if (quietFrames >= 3) {
            stop();
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf(Locale.ROOT, "startup_to_map_ms %d ms%n", ms);
            Platform.exit();
        }
    }
}
