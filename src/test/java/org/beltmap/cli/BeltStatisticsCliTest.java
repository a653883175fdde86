package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Belt statistics in the {@code metrics} lines and in the GeoPackage export. */
class BeltStatisticsCliTest {

    static Map<String, String> lines(String out) {
        Map<String, String> m = new HashMap<>();
        for (String l : out.split("\n")) {
            String[] p = l.trim().split(" ");
            if (p.length >= 2) {
                m.put(p[0], p[1]);
            }
        }
        return m;
    }

    @Test
    void metricsPrintsEveryBeltsPeopleAndArea() {
        CliTest.Run r = CliTest.run("metrics", Sample.PROJECT.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, String> m = lines(r.out());
        assertEquals("1", m.get("towns_belt_1"), "the existing lines stay");
        long sum = Long.parseLong(m.get("unreachable_population"));
        for (int b = 1; b <= 3; b++) {
            sum += Long.parseLong(m.get("belt_" + b + "_population"));
            assertTrue(Double.parseDouble(m.get("belt_" + b + "_area_km2")) > 0, "belt " + b);
            assertTrue(m.containsKey("belt_" + b + "_density"), "belt " + b);
        }
        assertEquals(Long.parseLong(m.get("population_total")), sum);
        assertTrue(r.out().contains("belt_1_population_share "), r.out());
    }

    @Test
    void theGeoPackageHasABeltStatisticsTable(@TempDir Path dir) {
        Path out = dir.resolve("a.gpkg");
        CliTest.Run r = CliTest.run("export", Sample.PROJECT.toString(), "--format", "gpkg", "--no-bundles", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        var layer = org.beltmap.core.io.GeoPackageLayerReader.read(out, "belt_statistics");
        assertEquals(4, layer.features().size(), "three belts and the unreachable row");
        assertTrue(layer.fields().contains("population") && layer.fields().contains("area_km2"), layer.fields().toString());
    }
}
