package org.beltmap.core.io;

import java.nio.file.Path;

/**
 * Bad input, described for the user: which file, which record, what is wrong and how to fix it.
 * The application shows the message and keeps running.
 */
public class DataException extends RuntimeException {

    /** Characters of the offending input a message may quote (a 1 MB JSON value must not become a 1 MB line). */
    public static final int QUOTE_MAX = 200;
    /** Caps for the parts of a message as a last resort, when a caller quoted more than {@link #QUOTE_MAX}. */
    private static final int RECORD_MAX = 300;
    private static final int PROBLEM_MAX = 600;
    private static final int FIX_MAX = 400;

    private final transient Path file;
    private final String record;
    private final String fix;

    public DataException(Path file, String record, String problem, String fix) {
        this(file, record, problem, fix, null);
    }

    public DataException(Path file, String record, String problem, String fix, Throwable cause) {
        super(format(file, record, problem, fix), cause);
        this.file = file;
        this.record = record == null ? null : cap(record, RECORD_MAX);
        this.fix = fix == null ? null : cap(fix, FIX_MAX);
    }

    /**
     * A value from the input as a message may show it: at most {@link #QUOTE_MAX} characters on one line, with the
     * length of what was left out.
     */
    public static String quote(Object value) {
        String s = String.valueOf(value).replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (s.length() <= QUOTE_MAX) {
            return s;
        }
        return s.substring(0, QUOTE_MAX) + "… (" + (s.length() - QUOTE_MAX) + " more characters)";
    }

    /** Keeps the start and the end (where the problem's kind and the position usually are), drops the middle. */
    static String cap(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int tail = max / 4;
        int head = max - tail;
        return s.substring(0, head) + " … (" + (s.length() - head - tail) + " characters left out) … "
                + s.substring(s.length() - tail);
    }

    private static String format(Path file, String record, String problem, String fix) {
        StringBuilder b = new StringBuilder();
        b.append(file == null ? "(no file)" : file.toString());
        if (record != null && !record.isBlank()) {
            b.append(": ").append(cap(record, RECORD_MAX));
        }
        b.append(": ").append(cap(String.valueOf(problem), PROBLEM_MAX));
        if (fix != null && !fix.isBlank()) {
            b.append(". Fix: ").append(cap(fix, FIX_MAX));
        }
        // One line, always: the CLI prints exactly one line on stderr and the app shows it in a status bar.
        return b.toString().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /**
     * The heap ran out while reading {@code file}: a message with the file's size, the heap limit and the ways out.
     * The caller catches the error outside the reader, so the half-read layer is already garbage.
     */
    public static DataException outOfMemory(Path file, OutOfMemoryError e) {
        long size = -1;
        try {
            size = file == null ? -1 : java.nio.file.Files.size(file);
        } catch (java.io.IOException | RuntimeException ignored) {
            // the size is only for the message
        }
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        long sizeMb = Math.max(1, size >> 20);
        // Reading needs a few times the file size in heap: suggest 4 × the file, at least twice today's limit.
        long suggestGb = Math.max(2, (Math.max(4 * sizeMb, 2 * heapMb) + 1023) / 1024);
        String what = size < 0 ? "is too large" : "is too large (" + megabytes(size) + ")";
        return new DataException(file, null, what + " for the memory Java gave BeltMap (heap limit " + heapMb + " MB)",
                "start BeltMap with more memory, e.g. java -Xmx" + suggestGb + "g -jar beltmap.jar ..., or split the "
                        + "file into smaller layers, or simplify its geometry (QGIS: Vector → Geometry Tools → "
                        + "Simplify; ogr2ogr -simplify)", e);
    }

    private static String megabytes(long bytes) {
        return bytes < 10L << 20 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : (bytes >> 20) + " MB";
    }

    /** True when this reports a layer that did not fit in memory (loading more layers would only fail again). */
    public boolean isOutOfMemory() {
        return getCause() instanceof OutOfMemoryError;
    }

    public Path file() {
        return file;
    }

    public String record() {
        return record;
    }

    public String fix() {
        return fix;
    }
}
