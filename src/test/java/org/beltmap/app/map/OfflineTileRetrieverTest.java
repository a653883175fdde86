package org.beltmap.app.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.beltmap.core.basemap.DiskTileCache;
import org.beltmap.core.basemap.TileService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring into Gluon Maps and the online/offline choice; image decoding needs a toolkit and is not tested. */
class OfflineTileRetrieverTest {

    @TempDir
    Path dir;

    @AfterEach
    void offline() {
        OfflineTileRetriever.setOnlineTiles(false);
        OfflineTileRetriever.setDark(false);
    }

    @Test
    void darkThemeAsksForDarkTiles() {
        java.util.List<org.beltmap.core.basemap.BasemapTheme> themes = new java.util.ArrayList<>();
        OfflineTileRetriever r = new OfflineTileRetriever(v -> {
            themes.add(v.theme());
            return fakeService();
        }, new CountingOsm(null), 4);
        r.tile(false, 8, 155, 92);
        r.tile(false, 8, 155, 92);
        OfflineTileRetriever.setDark(true);
        r.tile(false, 8, 155, 92);
        assertEquals(java.util.List.of(org.beltmap.core.basemap.BasemapTheme.LIGHT,
                org.beltmap.core.basemap.BasemapTheme.DARK), themes, "one service per theme, made when it changes");
    }

    @Test
    void gluonMapsPicksTheOfflineRetriever() {
        ServiceLoader<TileRetriever> loader = ServiceLoader.load(TileRetriever.class);
        assertInstanceOf(OfflineTileRetriever.class, loader.findFirst().orElseThrow());
        assertInstanceOf(OfflineTileRetriever.class, TileRetrieverProvider.getInstance().load());
        assertFalse(OfflineTileRetriever.onlineTiles(), "online tiles are off by default");
    }

    @Test
    void offlineNeverTouchesTheNetwork() {
        CountingOsm osm = new CountingOsm(null);
        OfflineTileRetriever r = new OfflineTileRetriever(v -> fakeService(), osm, 4);
        OfflineTileRetriever.Tile t = r.tile(OfflineTileRetriever.onlineTiles(), 8, 155, 92);
        assertFalse(t.online());
        assertEquals(0, osm.calls.get());
        assertArrayEquals(new byte[] {7}, t.png());
    }

    @Test
    void onlineFailureFallsBackToOffline() {
        CountingOsm osm = new CountingOsm(null);
        OfflineTileRetriever r = new OfflineTileRetriever(v -> fakeService(), osm, 4);
        OfflineTileRetriever.Tile t = r.tile(true, 8, 155, 92);
        assertFalse(t.online());
        assertEquals(1, osm.calls.get());
        assertArrayEquals(new byte[] {7}, t.png());
    }

    @Test
    void onlineSuccessUsesTheServerTile() {
        CountingOsm osm = new CountingOsm(new byte[] {9});
        OfflineTileRetriever r = new OfflineTileRetriever(v -> fakeService(), osm, 4);
        OfflineTileRetriever.Tile t = r.tile(true, 8, 155, 92);
        assertTrue(t.online());
        assertArrayEquals(new byte[] {9}, t.png());
    }

    @Test
    void missingBasemapGivesBlankTilesNotErrors() {
        OfflineTileRetriever r = new OfflineTileRetriever(v -> {
            throw new IllegalStateException("no maps");
        }, new CountingOsm(null), 4);
        assertArrayEquals(TileService.blankPng(), r.tile(false, 3, 1, 1).png());
    }

    @Test
    void failedFetchBacksOff() {
        OsmTileClient dead = new OsmTileClient("http://127.0.0.1:9/");
        assertTrue(dead.available());
        assertEquals(null, dead.fetch(1, 0, 0));
        assertFalse(dead.available(), "no second attempt for a minute");
    }

    /** A service whose disk cache already holds the tile, so nothing renders. */
    private TileService fakeService() {
        DiskTileCache disk = new DiskTileCache(dir);
        disk.write(8, 155, 92, new byte[] {7});
        return new TileService(null, disk);
    }

    private static final class CountingOsm extends OsmTileClient {
        final AtomicInteger calls = new AtomicInteger();
        private final byte[] answer;

        CountingOsm(byte[] answer) {
            super("http://127.0.0.1:9/");
            this.answer = answer;
        }

        @Override
        byte[] fetch(int z, long x, long y) {
            calls.incrementAndGet();
            return answer;
        }
    }
}
