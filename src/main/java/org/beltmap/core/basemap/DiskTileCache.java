package org.beltmap.core.basemap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.nio.file.StandardCopyOption;

/**
 * PNG tiles on disk as {@code root/z/x/y.png}. The root already carries the data/style version, so a stale tile
 * is never shown after the maps or the style change. Failures only cost a re-render, so they are swallowed.
 */
public final class DiskTileCache {

    private final Path root;

    public DiskTileCache(Path root) {
        this.root = root;
    }

    /** {@code beltmap.cacheDir} if set, else the per-user cache folder; {@code version} keeps data sets apart. */
    public static DiskTileCache forVersion(String version) {
        return new DiskTileCache(defaultBase().resolve(version));
    }

    /** The per-user BeltMap cache folder (the tiles are one folder in it; beltmap.log is there too). */
    public static Path cacheFolder() {
        return defaultBase().getParent();
    }

    static Path defaultBase() {
        String forced = System.getProperty("beltmap.cacheDir");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced, "tiles");
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(local, "BeltMap", "cache", "tiles");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("beltmap").resolve("tiles");
    }

    public Path root() {
        return root;
    }

    public Path file(int z, long x, long y) {
        return root.resolve(Integer.toString(z)).resolve(Long.toString(x)).resolve(y + ".png");
    }

    public Optional<byte[]> read(int z, long x, long y) {
        Path f = file(z, x, y);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Temp file + rename so a concurrent reader never sees half a PNG; no fsync, a lost tile is re-rendered. */
    public boolean write(int z, long x, long y, byte[] png) {
        Path f = file(z, x, y);
        Path tmp = null;
        try {
            Files.createDirectories(f.getParent());
            tmp = Files.createTempFile(f.getParent(), "." + y, ".tmp");
            Files.write(tmp, png);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temp file is harmless
                }
            }
        }
    }
}
