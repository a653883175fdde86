package org.beltmap;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.beltmap.core.basemap.DiskTileCache;

/**
 * Library log lines (Apache SIS, the NGA GeoPackage stack, PDFBox, JavaFX; SLF4J reaches java.util.logging through
 * slf4j-jdk14) go to beltmap.log in the user's cache folder, never to stderr: the CLI's contract is one line per
 * error, and a non-WKT SRS once printed 100 lines of stack traces. The file is opened at the first record only.
 */
public final class LibraryLogging {

    /** Past this size the log is moved to beltmap.log.1 when next opened. */
    static final long MAX_BYTES = 4L << 20;

    private LibraryLogging() {
    }

    /** Called first thing by {@link Main}, for the CLI and the GUI alike. */
    public static void install() {
        install(DiskTileCache.cacheFolder().resolve("beltmap.log"));
    }

    static void install(Path file) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h); // the ConsoleHandler, which writes to stderr
        }
        root.addHandler(new FileHandler(file));
        root.setLevel(Level.INFO);
    }

    /** Appends formatted records to a file opened lazily; if it cannot be written the records are dropped. */
    static final class FileHandler extends Handler {
        private final Path file;
        private Writer out;
        private boolean failed;

        FileHandler(Path file) {
            this.file = file;
            setFormatter(new SimpleFormatter());
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (failed || !isLoggable(record)) {
                return;
            }
            try {
                if (out == null) {
                    Files.createDirectories(file.getParent());
                    if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                        Files.move(file, file.resolveSibling(file.getFileName() + ".1"),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                }
                out.write(getFormatter().format(record));
                out.flush();
            } catch (IOException | RuntimeException e) {
                failed = true; // a log that cannot be written must not become an error the user sees
            }
        }

        @Override
        public synchronized void flush() {
            try {
                if (out != null) {
                    out.flush();
                }
            } catch (IOException e) {
                failed = true;
            }
        }

        @Override
        public synchronized void close() {
            try {
                if (out != null) {
                    out.close();
                }
            } catch (IOException e) {
                failed = true;
            }
            out = null;
        }
    }
}
