package org.beltmap.core.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileCacheTest {

    @TempDir
    Path dir;

    @Test
    void diskCacheWritesAndRereads() {
        DiskTileCache disk = new DiskTileCache(dir);
        assertTrue(disk.read(8, 155, 92).isEmpty());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        assertTrue(disk.write(8, 155, 92, png));
        assertEquals(dir.resolve("8/155/92.png"), disk.file(8, 155, 92));
        assertArrayEquals(png, disk.read(8, 155, 92).orElseThrow());
        assertArrayEquals(png, new DiskTileCache(dir).read(8, 155, 92).orElseThrow(), "survives a new instance");
    }

    @Test
    void serviceRendersOnceThenServesFromDisk() throws Exception {
        TileRenderer r = new TileRenderer(TestBasemap.set());
        TileService service = new TileService(r, new DiskTileCache(dir.resolve(r.cacheVersion())));
        int z = 8;
        long x = TestBasemap.tileX(38.98, z);
        long y = TestBasemap.tileY(45.04, z);
        byte[] first = service.tilePng(z, x, y);
        Path file = service.disk().file(z, x, y);
        assertArrayEquals(first, Files.readAllBytes(file));
        // Replace the cached file: the service must now return it instead of rendering again.
        byte[] marker = {42};
        Files.write(file, marker);
        assertArrayEquals(marker, service.tilePng(z, x, y));
    }

    @Test
    void defaultCacheFolderFollowsTheSystemProperty() {
        String old = System.getProperty("beltmap.cacheDir");
        try {
            System.setProperty("beltmap.cacheDir", dir.toString());
            assertEquals(dir.resolve("tiles").resolve("abc"), DiskTileCache.forVersion("abc").root());
        } finally {
            if (old == null) {
                System.clearProperty("beltmap.cacheDir");
            } else {
                System.setProperty("beltmap.cacheDir", old);
            }
        }
    }

    @Test
    void lruEvictsTheLeastRecentlyUsed() {
        LruCache<String, Integer> lru = new LruCache<>(3);
        lru.put("a", 1);
        lru.put("b", 2);
        lru.put("c", 3);
        assertEquals(1, lru.get("a")); // a is now the most recent
        lru.put("d", 4);
        assertEquals(3, lru.size());
        assertNull(lru.get("b"), "b was least recently used");
        assertTrue(lru.contains("a") && lru.contains("c") && lru.contains("d"));
        lru.clear();
        assertFalse(lru.contains("a"));
    }
}
