package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bundles} on the sample: GeoJSON polygons with strength ≥ 2 and the figure lines. */
class BundlesCommandTest {

    @Test
    void writesBundlePolygonsAndStripFigures(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bundles.geojson");
        Path strips = dir.resolve("strips.geojson");
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        int code = Cli.run(new PrintWriter(so), new PrintWriter(se), "bundles",
                "sample-data/krasnodar-krai/krasnodar-krai.beltmap", "--out", out.toString(), "--strips-out",
                strips.toString());
        assertEquals(0, code, se.toString());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        JsonNode features = root.get("features");
        assertTrue(features.size() > 0);
        for (JsonNode f : features) {
            assertTrue(f.get("geometry").get("type").asText().endsWith("Polygon"));
            JsonNode p = f.get("properties");
            assertTrue(p.get("strength").asInt() >= 2, p::toString);
            assertEquals(p.get("strength").asInt(), p.get("members").size(), p::toString);
            assertTrue(p.get("area_km2").asDouble() > 0 && p.get("length_km").asDouble() >= 10, p::toString);
        }
        String text = so.toString();
        assertTrue(text.contains("bundles_count " + features.size() + " count"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("towns_in_strips_share \\d+\\.\\d %")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("bundles_ms \\d+ ms")), text);
        assertEquals(1, new ObjectMapper().readTree(strips.toFile()).get("features").size());
    }

    @Test
    void aNegativeWidthIsOneLineExitCode2(@TempDir Path dir) {
        StringWriter se = new StringWriter();
        Path out = dir.resolve("x.geojson");
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(se), "bundles",
                "sample-data/krasnodar-krai/krasnodar-krai.beltmap", "--width", "-1", "--out", out.toString());
        assertEquals(Cli.ERROR, code);
        assertEquals(1, se.toString().lines().count(), se.toString());
        assertFalse(java.nio.file.Files.exists(out), "nothing is written");
    }
}
