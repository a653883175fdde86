package org.beltmap.app.map;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.scene.image.Image;
import org.beltmap.core.basemap.BasemapSet;
import org.beltmap.core.basemap.BasemapTheme;
import org.beltmap.core.basemap.LruCache;
import org.beltmap.core.basemap.ProjectLayers;
import org.beltmap.core.basemap.TileService;
import org.beltmap.core.model.Region;

/**
 * Gluon Maps tile source. Gluon's {@code TileRetrieverProvider} takes the first {@link TileRetriever} that
 * {@link java.util.ServiceLoader} finds and only falls back to its own OSM downloader (with its own
 * {@code .gluonmaps} disk cache) when there is none; registering this class in
 * {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever} therefore keeps Gluon off the network entirely.
 * Tiles come from the offline vector basemap (world background, regional basemaps, the open project's layers) in
 * the app's theme; OpenStreetMap is asked only when the user turned online tiles on, and any network failure falls
 * back to the offline rendering.
 */
public final class OfflineTileRetriever implements TileRetriever {

    private static final int MEMORY_TILES = 512;
    private static volatile boolean online;
    /** What the offline tiles show; replaced whole, so a tile thread always sees a consistent pair. */
    private static volatile View view = new View(BasemapTheme.LIGHT, null, 0);

    /** The theme and the open project (null: none) the tiles are drawn for; {@code serial} tells projects apart. */
    record View(BasemapTheme theme, Region project, int serial) {
        String tag() {
            return theme.name().charAt(0) + "" + serial + "/";
        }
    }

    private final ExecutorService executor;
    private final LruCache<String, Image> memory;
    private final Function<View, TileService> serviceFactory;
    private final OsmTileClient osm;
    private volatile TileService service;
    private volatile View serviceView;
    private volatile boolean serviceFailed;

    /** The constructor {@link java.util.ServiceLoader} calls; cheap, the basemap loads with the first tile. */
    public OfflineTileRetriever() {
        this(new DefaultServices(), new OsmTileClient(), MEMORY_TILES);
    }

    OfflineTileRetriever(Function<View, TileService> serviceFactory, OsmTileClient osm, int memoryTiles) {
        this.serviceFactory = serviceFactory;
        this.osm = osm;
        this.memory = new LruCache<>(memoryTiles);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "beltmap-tiles-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** Mirrors the app setting; off by default so a fresh install never contacts a tile server. */
    public static void setOnlineTiles(boolean on) {
        online = on;
    }

    public static boolean onlineTiles() {
        return online;
    }

    /** Tiles in the dark or the light palette from now on; the maps shown reload theirs. */
    public static void setDark(boolean dark) {
        View v = view;
        if ((v.theme() == BasemapTheme.DARK) != dark) {
            view = new View(BasemapTheme.of(dark), v.project(), v.serial());
            TileReload.reloadAll();
        }
    }

    /** Draws {@code region}'s map layers into the tiles (where no regional basemap covers it) and reloads {@code map}. */
    public static void showProject(Region region, com.gluonhq.maps.MapView map) {
        TileReload.attach(map);
        View v = view;
        if (v.project() != region) {
            view = new View(v.theme(), region, v.serial() + 1);
            TileReload.reloadAll();
        }
    }

    /**
     * Starts loading the basemap in the background so the first map paint does not wait for it. Goes through
     * Gluon's provider, whose ServiceLoader caches the instance, so this warms the very retriever the map uses.
     */
    public static void preload() {
        if (TileRetrieverProvider.getInstance().load() instanceof OfflineTileRetriever r) {
            r.executor.execute(() -> r.service(view));
        }
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        boolean tryOnline = online && osm.available();
        View v = view;
        String key = key(tryOnline, v, zoom, i, j);
        Image hit = memory.get(key);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        TileActivity.started();
        return CompletableFuture.supplyAsync(() -> {
            Tile t = tile(tryOnline, v, zoom, i, j);
            Image img = TileSeams.overlapping(new Image(new ByteArrayInputStream(t.png())));
            memory.put(key(t.online(), v, zoom, i, j), img);
            return img;
        }, executor).whenComplete((img, ex) -> TileActivity.finished());
    }

    /** PNG bytes and where they came from; the toolkit-free half of {@link #loadTile}, for tests. */
    record Tile(byte[] png, boolean online) {
    }

    Tile tile(boolean tryOnline, int zoom, long i, long j) {
        return tile(tryOnline, view, zoom, i, j);
    }

    Tile tile(boolean tryOnline, View v, int zoom, long i, long j) {
        if (tryOnline) {
            byte[] png = osm.fetch(zoom, i, j);
            if (png != null) {
                return new Tile(png, true);
            }
        }
        TileService s = service(v);
        return new Tile(s == null ? TileService.blankPng() : s.tilePng(zoom, i, j), false);
    }

    int memorySize() {
        return memory.size();
    }

    private static String key(boolean online, View v, int zoom, long i, long j) {
        return (online ? "osm/" : v.tag()) + zoom + "/" + i + "/" + j;
    }

    /** One service per view, made on a tile thread; if the basemap cannot load, tiles are blank rather than errors. */
    private TileService service(View v) {
        TileService s = service;
        if ((s != null && serviceView == v) || serviceFailed) {
            return s;
        }
        synchronized (this) {
            if (serviceView != v && !serviceFailed) {
                try {
                    service = serviceFactory.apply(v);
                    serviceView = v;
                } catch (RuntimeException e) {
                    serviceFailed = true;
                    System.err.println("BeltMap: offline basemap unavailable: " + e.getMessage());
                }
            }
            return service;
        }
    }

    /** The maps of {@code maps/} loaded once; the project's layers indexed once per project opened. */
    private static final class DefaultServices implements Function<View, TileService> {
        private BasemapSet maps;
        private Region indexed;
        private BasemapSet withProject;

        @Override
        public synchronized TileService apply(View v) {
            if (maps == null) {
                maps = BasemapSet.loadDefault();
            }
            if (v.project() == null) {
                return TileService.create(maps, v.theme());
            }
            if (indexed != v.project()) {
                withProject = maps.withProject(ProjectLayers.worldExtent(v.project()), ProjectLayers.basemap(v.project()));
                indexed = v.project();
            }
            return TileService.create(withProject, v.theme());
        }
    }
}
