package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CLI's last resort: whatever was thrown, one line of at most 1,000 characters that says what to do. */
class ErrorLineTest {

    @Test
    void outOfMemoryOutsideTheReadersStillSaysHowToGetMore() {
        String line = Cli.errorLine(new OutOfMemoryError("Java heap space"));
        assertTrue(line.startsWith("beltmap: out of memory"), line);
        assertTrue(line.contains("Fix:") && line.contains("-Xmx"), line);
        assertEquals(1, line.lines().count());
    }

    @Test
    void aHugeMessageIsCutInTheMiddle() {
        String line = Cli.errorLine(new IllegalArgumentException("start " + "x".repeat(50_000) + "\n Fix: the end"));
        assertTrue(line.length() <= 1000, () -> "length " + line.length());
        assertTrue(line.startsWith("beltmap: start") && line.endsWith("Fix: the end"), line);
        assertEquals(1, line.lines().count());
    }
}
