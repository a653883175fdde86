package org.beltmap.app.map;

import com.gluonhq.maps.MapView;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;

/**
 * Makes Gluon Maps fetch its tiles again after the theme or the project changed. Gluon keeps loaded tiles for the
 * life of the view and offers no public way to drop them, so its private {@code BaseMap.clearTiles} and
 * {@code markDirty} are called reflectively; should a Gluon update rename them, the map keeps its old tiles until
 * the next zoom rather than failing.
 */
final class TileReload {

    private static final List<WeakReference<MapView>> MAPS = new ArrayList<>();

    private TileReload() {
    }

    static synchronized void attach(MapView map) {
        MAPS.removeIf(r -> r.get() == null);
        if (MAPS.stream().noneMatch(r -> r.get() == map)) {
            MAPS.add(new WeakReference<>(map));
        }
    }

    static void reloadAll() {
        List<MapView> maps = new ArrayList<>();
        synchronized (TileReload.class) {
            MAPS.forEach(r -> {
                if (r.get() != null) {
                    maps.add(r.get());
                }
            });
        }
        if (maps.isEmpty()) {
            return;
        }
        Runnable run = () -> maps.forEach(TileReload::reload);
        if (Platform.isFxApplicationThread()) {
            run.run();
        } else {
            Platform.runLater(run);
        }
    }

    static void reload(MapView map) {
        try {
            Field f = MapView.class.getDeclaredField("baseMap");
            f.setAccessible(true);
            Object base = f.get(map);
            for (String name : new String[] {"clearTiles", "markDirty"}) {
                Method m = base.getClass().getDeclaredMethod(name);
                m.setAccessible(true);
                m.invoke(base);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            map.requestLayout();
        }
    }
}
