package org.beltmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Library log lines reach the log file and never stderr, from java.util.logging and from SLF4J alike. */
class LibraryLoggingTest {

    @TempDir
    Path dir;

    @Test
    void libraryWarningsGoToTheLogFileNotToStderr() throws Exception {
        Logger root = Logger.getLogger("");
        Handler[] saved = root.getHandlers();
        Level savedLevel = root.getLevel();
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path log = dir.resolve("cache/beltmap.log");
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            LibraryLogging.install(log);
            assertFalse(Files.exists(log), "no file until something is logged");
            Logger.getLogger("mil.nga.proj.ProjectionFactory").warning("Failed to create projection (JUL)");
            org.slf4j.LoggerFactory.getLogger("com.j256.ormlite").warn("a warning through SLF4J");
            System.err.flush();
        } finally {
            System.setErr(savedErr);
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
                h.close();
            }
            for (Handler h : saved) {
                root.addHandler(h);
            }
            root.setLevel(savedLevel);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        String text = Files.readString(log);
        assertTrue(text.contains("Failed to create projection (JUL)"), text);
        assertTrue(text.contains("a warning through SLF4J"), text);
    }
}
