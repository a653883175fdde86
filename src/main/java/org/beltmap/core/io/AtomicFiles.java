package org.beltmap.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes that never leave a half-written file: temp file in the same folder, fsync, atomic rename over the
 * target, fsync of the folder. If anything fails before the rename the previous file is untouched and the temp
 * file is removed; temp files of a process that was killed are removed at the next write of the same target.
 * Project saves also keep the previous version as {@code name.bak} ({@link #writeKeepingBackup}); exports do not.
 * The target must be a regular file or absent: a link, folder or device is refused, never replaced.
 */
public final class AtomicFiles {

    /** Writes the content to a stream; may throw, in which case nothing is replaced. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temp files being written by this process, so a concurrent write to the same target keeps its own. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();
    /** Temp files named before the process id was in the name: removed once clearly abandoned. */
    private static final long LEGACY_AGE_MS = 10 * 60_000;

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Body body) throws IOException {
        write(target, body, false);
    }

    /** As {@link #write(Path, Body)}, and the previous file stays as {@code name.bak} (project saves). */
    public static void writeKeepingBackup(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content), true);
    }

    private static void write(Path target, Body body, boolean backup) throws IOException {
        Path abs = target.toAbsolutePath();
        OutputGuard.requireRegularOrAbsent(abs, "choose another file");
        Path tmp = tempFor(abs);
        try {
            keepPermissions(abs, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch); // not closed separately: closing ch is enough
                body.writeTo(out);
                out.flush();
                ch.force(true); // the bytes are on disk before the rename makes them the file
            }
            if (backup && Files.isRegularFile(abs)) {
                backUp(abs);
            }
            move(tmp, abs);
        } finally {
            done(tmp);
        }
    }

    /**
     * A new temp file beside {@code target} for a writer that needs a file rather than a stream (GeoPackage);
     * finish with {@link #commit}, or delete it. Stale temp files of the same target are removed first.
     */
    public static Path tempFor(Path target) throws IOException {
        return tempFor(target, "");
    }

    /** As {@link #tempFor(Path)}, the name ending in {@code .tmp} and then {@code extension} (".gpkg"). */
    public static Path tempFor(Path target, String extension) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        cleanStale(abs);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + "." + PID + ".", ".tmp" + extension);
        IN_PROGRESS.add(tmp);
        return tmp;
    }

    /** Makes a finished temp file from {@link #tempFor} the target: fsync, atomic rename; the temp is gone after. */
    public static void commit(Path tmp, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        try {
            OutputGuard.requireRegularOrAbsent(abs, "choose another file");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(tmp, abs);
        } finally {
            done(tmp);
        }
    }

    private static void done(Path tmp) throws IOException {
        try {
            Files.deleteIfExists(tmp);
        } finally {
            IN_PROGRESS.remove(tmp);
        }
    }

    private static void move(Path tmp, Path abs) throws IOException {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(abs.getParent());
    }

    /**
     * The previous file becomes {@code name.bak} by copy, fsync and rename, so at every instant there is a
     * complete {@code .bak} (the old one, then the new one) and the target itself is never missing.
     */
    private static void backUp(Path abs) throws IOException {
        Path bak = abs.resolveSibling(abs.getFileName() + ".bak");
        Path tmp = tempFor(bak);
        try {
            Files.copy(abs, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, bak, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            done(tmp);
        }
    }

    /**
     * Removes temp files left beside {@code target} by a writer that died (kill -9, power loss): those named with
     * the id of a process that no longer runs, and those of this process no write of it is using (SQLite's
     * {@code -journal} of a GeoPackage temp file with them).
     */
    public static void cleanStale(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String name = abs.getFileName().toString();
        Pattern ours = Pattern.compile("(\\." + Pattern.quote(name) + "\\.(\\d+)\\.\\d+\\.tmp(?:\\.\\w+)?)(-journal|-wal|-shm)?");
        Pattern legacy = Pattern.compile("\\." + Pattern.quote(name) + "\\d+\\.tmp");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + globQuote(name) + "*.tmp*")) {
            for (Path f : ds) {
                String n = f.getFileName().toString();
                Matcher m = ours.matcher(n);
                boolean stale;
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(2));
                    stale = pid == PID ? !IN_PROGRESS.contains(f.resolveSibling(m.group(1))) : !alive(pid);
                } else {
                    stale = legacy.matcher(n).matches() && olderThan(f, LEGACY_AGE_MS);
                }
                if (stale && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: a leftover temp file is clutter, never a wrong result.
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean olderThan(Path f, long ms) throws IOException {
        FileTime t = Files.getLastModifiedTime(f);
        return System.currentTimeMillis() - t.toMillis() > ms;
    }

    private static String globQuote(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /**
     * Temp files are created owner-only; the saved file keeps the permissions of the one it replaces, or gets
     * the usual rw-r--r-- when new, so a shared project or export stays readable by colleagues.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.isRegularFile(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Makes the rename itself durable; possible on Linux and macOS, not on Windows (ignored there). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the file content is already synced; only the directory entry may lag.
        }
    }
}
