package org.beltmap.app.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileCacheTest {

    @Test
    void diskCacheWritesAndRereadsATile(@TempDir Path dir) {
        TileCache<String> c = new TileCache<>(4, dir);
        String key = TileCache.key("offline-abc", 8, 155, 92);
        c.writeDisk(key, new byte[] {1, 2, 3});
        assertTrue(Files.isRegularFile(dir.resolve("offline-abc/8/155/92.png")));
        assertArrayEquals(new byte[] {1, 2, 3}, c.readDisk(key).orElseThrow());
        assertTrue(new TileCache<String>(4, dir).readDisk(key).isPresent(), "survives a restart");
    }

    @Test
    void memoryCacheEvictsTheLeastRecentlyUsed() {
        TileCache<String> c = new TileCache<>(2, null);
        c.put("a", "A");
        c.put("b", "B");
        c.get("a");
        c.put("c", "C");
        assertEquals(2, c.size());
        assertNull(c.get("b"));
        assertEquals("A", c.get("a"));
    }
}
