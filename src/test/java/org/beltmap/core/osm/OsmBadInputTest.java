package org.beltmap.core.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A failed or cancelled import leaves nothing in the target's folder (the one-line messages themselves are checked
 * by BadInputCorpusTest from bad/expected-osm.tsv).
 */
class OsmBadInputTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"osm_truncated.osm.pbf, Southtown, auto", "osm_xml_renamed.osm.pbf, Southtown, auto",
        "osm_unknown_centre.osm.pbf, Atlantis, auto", "osm_broken_ring.osm.pbf, Southtown, 900"})
    void aFailedImportLeavesNothing(String file, String centre, String boundary) throws Exception {
        Path out = tmp.resolve("out");
        String[] r = AndorraImportTest.run("import-osm", "src/test/resources/bad/" + file, "--centre", centre,
                "--boundary", boundary, "--out", out.toString());
        assertEquals("2", r[0], r[2]);
        assertEquals(1, r[2].lines().count(), r[2]);
        assertTrue(r[2].contains(file) && r[2].contains("Fix:"), r[2]);
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(), s.toList(), "nothing half-written");
        }
    }

    @Test
    void anEmptyTargetFolderIsUsedAndKeptOnFailure() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("empty"));
        String[] r = AndorraImportTest.run("import-osm", "src/test/resources/bad/osm_unknown_centre.osm.pbf", "--centre",
                "Atlantis", "--out", out.toString());
        assertEquals("2", r[0]);
        assertTrue(Files.isDirectory(out));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList());
        }
        r = AndorraImportTest.run("import-osm", "src/test/resources/bad/osm_unknown_centre.osm.pbf", "--centre",
                "Southtown", "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(Files.exists(out.resolve("empty.beltmap")));
    }

    @Test
    void cancellingStopsTheImportAndLeavesNothing() {
        AtomicBoolean cancel = new AtomicBoolean();
        OsmImport.Options o = new OsmImport.Options(AndorraImportTest.ANDORRA, "Andorra la Vella", tmp.resolve("x"),
                null, null, null);
        assertThrows(CancellationException.class, () -> OsmImport.run(o, (step, f) -> {
            if (step.equals("nodes")) {
                cancel.set(true);
            }
        }, cancel::get));
        try (var s = Files.list(tmp)) {
            assertFalse(s.findAny().isPresent(), "nothing left after a cancel");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
