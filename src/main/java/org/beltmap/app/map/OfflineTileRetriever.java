package org.beltmap.app.map;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import org.beltmap.core.basemap.LruCache;
import org.beltmap.core.basemap.TileService;

/**
 * Gluon Maps tile source. Gluon's {@code TileRetrieverProvider} takes the first {@link TileRetriever} that
 * {@link java.util.ServiceLoader} finds and only falls back to its own OSM downloader (with its own
 * {@code .gluonmaps} disk cache) when there is none; registering this class in
 * {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever} therefore keeps Gluon off the network entirely.
 * Tiles come from the offline vector basemap; OpenStreetMap is asked only when the user turned online tiles on,
 * and any network failure falls back to the offline rendering.
 */
public final class OfflineTileRetriever implements TileRetriever {

    private static final int MEMORY_TILES = 512;
    private static volatile boolean online;

    private final ExecutorService executor;
    private final LruCache<String, Image> memory;
    private final Supplier<TileService> serviceFactory;
    private final OsmTileClient osm;
    private volatile TileService service;
    private volatile boolean serviceFailed;

    /** The constructor {@link java.util.ServiceLoader} calls; cheap, the basemap loads with the first tile. */
    public OfflineTileRetriever() {
        this(TileService::createDefault, new OsmTileClient(), MEMORY_TILES);
    }

    OfflineTileRetriever(Supplier<TileService> serviceFactory, OsmTileClient osm, int memoryTiles) {
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

    /**
     * Starts loading the basemap in the background so the first map paint does not wait for it. Goes through
     * Gluon's provider, whose ServiceLoader caches the instance, so this warms the very retriever the map uses.
     */
    public static void preload() {
        if (TileRetrieverProvider.getInstance().load() instanceof OfflineTileRetriever r) {
            r.executor.execute(r::service);
        }
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        boolean tryOnline = online && osm.available();
        String key = key(tryOnline, zoom, i, j);
        Image hit = memory.get(key);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        TileActivity.started();
        return CompletableFuture.supplyAsync(() -> {
            Tile t = tile(tryOnline, zoom, i, j);
            Image img = TileSeams.overlapping(new Image(new ByteArrayInputStream(t.png())));
            memory.put(key(t.online(), zoom, i, j), img);
            return img;
        }, executor).whenComplete((img, ex) -> TileActivity.finished());
    }

    /** PNG bytes and where they came from; the toolkit-free half of {@link #loadTile}, for tests. */
    record Tile(byte[] png, boolean online) {
    }

    Tile tile(boolean tryOnline, int zoom, long i, long j) {
        if (tryOnline) {
            byte[] png = osm.fetch(zoom, i, j);
            if (png != null) {
                return new Tile(png, true);
            }
        }
        TileService s = service();
        return new Tile(s == null ? TileService.blankPng() : s.tilePng(zoom, i, j), false);
    }

    int memorySize() {
        return memory.size();
    }

    private static String key(boolean online, int zoom, long i, long j) {
        return (online ? "osm/" : "") + zoom + "/" + i + "/" + j;
    }

    /** The basemap loads once, on a tile thread; if it cannot, tiles are blank rather than errors. */
    private TileService service() {
        TileService s = service;
        if (s != null || serviceFailed) {
            return s;
        }
        synchronized (this) {
            if (service == null && !serviceFailed) {
                try {
                    service = serviceFactory.get();
                } catch (RuntimeException e) {
                    serviceFailed = true;
                    System.err.println("BeltMap: offline basemap unavailable: " + e.getMessage());
                }
            }
            return service;
        }
    }
}
