package org.beltmap.app.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Two-level tile cache: a bounded in-memory LRU of decoded images and PNG files on disk under the user's cache
 * directory, in a folder named after the basemap data version so tiles of older data are never reused.
 */
final class TileCache<I> {

    private final Map<String, I> memory;
    private final Path dir;

    TileCache(int capacity, Path dir) {
        this.dir = dir;
        this.memory = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, I> eldest) {
                return size() > capacity;
            }
        };
    }

    static Path defaultRoot() {
        String forced = System.getProperty("beltmap.cacheDir");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("beltmap");
    }

    static String key(String source, int z, long x, long y) {
        return source + "/" + z + "/" + x + "/" + y;
    }

    synchronized I get(String key) {
        return memory.get(key);
    }

    synchronized void put(String key, I image) {
        memory.put(key, image);
    }

    synchronized int size() {
        return memory.size();
    }

    Optional<byte[]> readDisk(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path f = dir.resolve(key + ".png");
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Best effort: a full disk or read-only cache only costs re-rendering. Written atomically. */
    void writeDisk(String key, byte[] png) {
        if (dir == null) {
            return;
        }
        Path f = dir.resolve(key + ".png");
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), "tile", ".tmp");
            Files.write(tmp, png);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // ignore: the tile stays in memory
        }
    }
}
