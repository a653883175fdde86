package org.beltmap.app.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import org.beltmap.core.basemap.Basemap;
import org.beltmap.core.basemap.MapsLocator;
import org.beltmap.core.basemap.TileRenderer;

/**
 * Gluon Maps tile source (registered in META-INF/services): renders tiles from the bundled vector basemap, so the
 * map works with no network. OpenStreetMap tiles only when the user turns them on; any failure falls back to the
 * offline tile. Gluon Maps keeps one retriever for the JVM's life, so the online switch is a static setting.
 */
public final class OfflineTileRetriever implements TileRetriever {

    private static volatile boolean online;
    private static final Object LOCK = new Object();
    private static TileRenderer renderer;
    private static TileCache<Image> cache;
    private static String version = "none";
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "beltmap-tiles");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Loads the basemap in the background at start-up, so the first tiles do not wait for it. */
    public static void preload() {
        POOL.execute(OfflineTileRetriever::init);
    }

    public static void setOnline(boolean on) {
        online = on;
    }

    public static boolean isOnline() {
        return online;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        TileActivity.started();
        return CompletableFuture.supplyAsync(() -> tile(zoom, i, j), POOL)
                .whenComplete((img, ex) -> TileActivity.finished());
    }

    /** The tile image; never throws (Gluon Maps would log every failed tile). */
    static Image tile(int zoom, long i, long j) {
        init();
        String source = online ? "osm" : "offline-" + version;
        String key = TileCache.key(source, zoom, i, j);
        Image img = cache.get(key);
        if (img != null) {
            return img;
        }
        byte[] png = cache.readDisk(key).orElse(null);
        if (png == null && online) {
            png = fetchOsm(zoom, i, j).orElse(null);
            if (png == null) {
                return tile(zoom, i, j, "offline-" + version);
            }
        }
        if (png == null) {
            return tile(zoom, i, j, source);
        }
        img = new Image(new ByteArrayInputStream(png));
        cache.put(key, img);
        return img;
    }

    private static Image tile(int zoom, long i, long j, String source) {
        String key = TileCache.key(source, zoom, i, j);
        Image cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] png = cache.readDisk(key).orElse(null);
        if (png == null) {
            png = renderer == null ? blank() : renderer.renderPng(zoom, i, j);
            cache.writeDisk(key, png);
        }
        Image img = new Image(new ByteArrayInputStream(png));
        cache.put(key, img);
        return img;
    }

    private static void init() {
        synchronized (LOCK) {
            if (cache != null) {
                return;
            }
            Optional<java.nio.file.Path> dir = MapsLocator.find();
            try {
                if (dir.isPresent()) {
                    Basemap map = Basemap.load(dir.get());
                    renderer = new TileRenderer(map);
                    version = map.version();
                }
            } catch (RuntimeException e) {
                System.err.println("BeltMap: offline basemap unavailable: " + e.getMessage());
            }
            cache = new TileCache<>(768, TileCache.defaultRoot().resolve("tiles"));
        }
    }

    private static byte[] blank() {
        java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(TileRenderer.SIZE, TileRenderer.SIZE,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = b.createGraphics();
        g.setColor(new java.awt.Color(0xE4E2DE));
        g.fillRect(0, 0, TileRenderer.SIZE, TileRenderer.SIZE);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(b, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Optional<byte[]> fetchOsm(int zoom, long i, long j) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("https://tile.openstreetmap.org/" + zoom + "/" + i + "/"
                    + j + ".png")).timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "BeltMap/1.0 (desktop GIS for regional planning)").build();
            HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 200) {
                cache.writeDisk(TileCache.key("osm", zoom, i, j), r.body());
                return Optional.of(r.body());
            }
        } catch (Exception e) {
            // offline or refused: the offline tile is used instead
        }
        return Optional.empty();
    }
}
