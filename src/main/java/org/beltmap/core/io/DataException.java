package org.beltmap.core.io;

import java.nio.file.Path;

/**
 * Bad input, described for the user: which file, which record, what is wrong and how to fix it.
 * The application shows the message and keeps running.
 */
public class DataException extends RuntimeException {

    private final transient Path file;
    private final String record;
    private final String fix;

    public DataException(Path file, String record, String problem, String fix) {
        this(file, record, problem, fix, null);
    }

    public DataException(Path file, String record, String problem, String fix, Throwable cause) {
        super(format(file, record, problem, fix), cause);
        this.file = file;
        this.record = record;
        this.fix = fix;
    }

    private static String format(Path file, String record, String problem, String fix) {
        StringBuilder b = new StringBuilder();
        b.append(file == null ? "(no file)" : file.toString());
        if (record != null && !record.isBlank()) {
            b.append(": ").append(record);
        }
        b.append(": ").append(problem);
        if (fix != null && !fix.isBlank()) {
            b.append(". Fix: ").append(fix);
        }
        // One line, always: the CLI prints exactly one line on stderr and the app shows it in a status bar.
        return b.toString().replaceAll("\\s*[\\r\\n]+\\s*", " ");
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
