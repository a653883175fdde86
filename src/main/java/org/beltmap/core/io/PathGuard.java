package org.beltmap.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Project;

/**
 * The one place where a path written in a project becomes the file BeltMap opens, and where that file is checked
 * against the project's folder. The check is made on what is really opened: the normalised path after the
 * {@code file.gpkg#table} split (exactly as {@link LayerReader} splits it) with symbolic links resolved, so neither
 * {@code x#/../../secret.csv} nor a link pointing out of the folder gets past it.
 */
public final class PathGuard {

    private PathGuard() {
    }

    /** What a layer path opens: the file, and the GeoPackage table named after {@code #} (null when none). */
    public record Target(Path file, String table) {
    }

    /** A layer path found wrong: outside the folder (may be allowed by the user) or not a path at all (never read). */
    public record Finding(String layerId, String path, Path resolved, boolean invalid) {
    }

    /** Splits {@code data.gpkg#table} in the file name, the only place a table name can be written. */
    public static Target split(Path resolved) {
        Path name = resolved.getFileName();
        String n = name == null ? "" : name.toString();
        int hash = n.indexOf('#');
        if (hash < 0) {
            return new Target(resolved, null);
        }
        return new Target(resolved.resolveSibling(n.substring(0, hash)), n.substring(hash + 1));
    }

    /**
     * A project path resolved against the project's folder and normalised, {@code #table} still on it (what
     * {@link LayerReader#read(Path)} takes); a DataException naming the layer when the text is no path on this
     * system (a NUL character, a reserved name on Windows), so one such entry never stops the rest of the project.
     */
    public static Path resolve(Project p, String layerId, String path) {
        try {
            return p.resolve(path);
        } catch (InvalidPathException e) {
            throw new DataException(p.file(), "layer '" + layerId + "'", "path '" + printable(path) + "' is not a valid "
                    + "file path (" + printable(e.getReason()) + "), so it was not read",
                    "correct the layer's \"path\" (or its join's) in the project file");
        }
    }

    /** The file a project path opens: {@link #resolve} after the {@code #table} split. */
    public static Path opened(Project p, String layerId, String path) {
        return split(resolve(p, layerId, path)).file();
    }

    /** The project's folder, symlinks resolved when it exists. */
    public static Path folder(Project p) {
        return real((p.file() == null ? Path.of(".") : p.file()).toAbsolutePath().normalize().getParent());
    }

    /** Layer files and join tables that resolve outside the project folder, or are no valid path. */
    public static List<Finding> check(Project p) {
        Path base = folder(p);
        List<Finding> out = new ArrayList<>();
        for (LayerSpec l : p.layers()) {
            for (String path : new String[] {l.path(), l.joinPath()}) {
                if (path == null) {
                    continue;
                }
                try {
                    Path file = opened(p, l.id(), path);
                    if (!real(file).startsWith(base)) {
                        out.add(new Finding(l.id(), path, real(file), false));
                    }
                } catch (DataException e) {
                    out.add(new Finding(l.id(), path, null, true));
                }
            }
        }
        return out;
    }

    /**
     * The real path of {@code file}: symlinks resolved for the part that exists, the rest appended as written
     * (normalised), so a file not created yet is still placed correctly.
     */
    public static Path real(Path file) {
        return real(file, 0);
    }

    private static Path real(Path file, int depth) {
        Path abs = file.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        Path rest = existing.relativize(abs);
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            // A dangling link: where it points is where a file would be read once it exists.
            try {
                if (depth < 40 && Files.isSymbolicLink(existing)) {
                    Path to = existing.resolveSibling(Files.readSymbolicLink(existing));
                    return real(to.resolve(rest), depth + 1);
                }
            } catch (IOException | UnsupportedOperationException ignored) {
                // unreadable link: fall through to the lexical path
            }
            return abs;
        }
    }

    /** The text with control characters shown as \\uXXXX, so a message stays one readable line. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
