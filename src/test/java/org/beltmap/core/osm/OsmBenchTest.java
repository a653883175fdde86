package org.beltmap.core.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's synthetic extract is a real one (it imports into a working project), and its figure lines parse. */
class OsmBenchTest {

    @Test
    void syntheticGridImportsAsAProject(@TempDir Path tmp) throws Exception {
        Path pbf = tmp.resolve("grid.osm.pbf");
        int side = OsmBench.writeGrid(pbf, 40_000);
        assertEquals(200, side);
        OsmImport.Summary s = OsmImport.run(new OsmImport.Options(pbf, "Town 0", tmp.resolve("grid"), null, null, null),
                (a, b) -> { }, () -> false);
        assertEquals(40_000 + 49 + 4, s.nodesRead());
        assertTrue(s.boundary().contains("Synthetic Oblast"), s.boundary());
        Region r = RegionLoader.load(s.project());
        assertEquals(49, r.towns().size());
        assertEquals(List.of(), r.problems());
        assertEquals(200 * 2 * 3, r.layer("roads").orElseThrow().size(), "rows and columns in ways of 100 nodes");
    }

    @Test
    void benchPrintsTheAndorraFigure() {
        List<String> lines = new ArrayList<>();
        OsmBench.run(lines::add, 1, false);
        assertTrue(lines.stream().anyMatch(l -> l.matches("osm_import_ms \\d+\\.\\d+ ms")), lines::toString);
    }
}
