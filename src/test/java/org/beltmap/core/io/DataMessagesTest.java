package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user reads: capped quotes, and the heap running out turned into a message with the way out. */
class DataMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aQuoteKeepsTwoHundredCharactersAndSaysHowManyWereLeftOut() {
        String q = DataException.quote("a".repeat(1000) + "\nb");
        assertEquals(DataException.QUOTE_MAX + "… (802 more characters)".length(), q.length());
        assertTrue(q.endsWith("… (802 more characters)"), q);
        assertEquals("short", DataException.quote("short"));
    }

    @Test
    void aMessageStaysShortWhateverItWasGiven() {
        DataException e = new DataException(dir.resolve("x.csv"), "row 2 " + "r".repeat(5000),
                "value " + "v".repeat(100_000) + " is outside -90..90", "fix " + "f".repeat(5000));
        assertTrue(e.getMessage().length() < 1500, () -> "length " + e.getMessage().length());
        assertTrue(e.getMessage().contains("is outside -90..90"), "the end of the problem is kept");
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void runningOutOfHeapNamesTheFileItsSizeAndTheThreeWaysOut() throws IOException {
        Path f = dir.resolve("roads.geojson");
        Files.write(f, new byte[3 << 20]);
        DataException e = DataException.outOfMemory(f, new OutOfMemoryError("Java heap space"));
        String m = e.getMessage();
        assertTrue(m.startsWith(f.toString()), m);
        assertTrue(m.contains("(3.0 MB)"), m);
        assertTrue(m.contains("heap limit " + (Runtime.getRuntime().maxMemory() >> 20) + " MB"), m);
        assertTrue(m.contains("-Xmx") && m.contains("split") && m.contains("simplify"), m);
        assertTrue(e.isOutOfMemory());
        assertFalse(new DataException(f, null, "x", "y").isOutOfMemory());
    }
}
