package org.beltmap.app.map;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches standard OpenStreetMap raster tiles, only ever when the user switched online tiles on. Identifies itself
 * with a real User-Agent as the OSM tile usage policy requires, and after a failure stays offline for a minute
 * so a dead network costs one timeout, not one per tile.
 */
class OsmTileClient {

    static final String USER_AGENT = "BeltMap/0.1 (desktop GIS; offline-first; uses tile.openstreetmap.org only on user opt-in)";
    private static final long BACKOFF_MS = 60_000;

    /** Built on the first fetch: the HTTP and TLS stack is ~900 classes the start-up need not load when offline. */
    private volatile HttpClient http;
    private final String baseUrl;
    private volatile long offlineUntil;

    OsmTileClient() {
        this("https://tile.openstreetmap.org/");
    }

    OsmTileClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    private HttpClient http() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                h = http;
            }
        }
        return h;
    }

    boolean available() {
        return System.currentTimeMillis() >= offlineUntil;
    }

    /** PNG bytes, or null on any failure (the caller then renders offline). */
    byte[] fetch(int z, long x, long y) {
        if (!available()) {
            return null;
        }
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + z + "/" + x + "/" + y + ".png"))
                    .timeout(Duration.ofSeconds(10)).header("User-Agent", USER_AGENT).GET().build();
            HttpResponse<byte[]> res = http().send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() == 200 && res.body().length > 0) {
                return res.body();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // any network problem: fall through to the back-off
        }
        offlineUntil = System.currentTimeMillis() + BACKOFF_MS;
        return null;
    }
}
