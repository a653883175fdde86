package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI is a public interface: command names, exit codes and one-line errors. Every command reads the sample
 * from its file, so these are also the end-to-end tests of loading; to keep them quick, a run several tests read
 * is made once ({@link #baseBelts()}), one run is asserted on for all it shows, and analyses that are not under
 * test are left out ({@code --no-bundles}, {@code bench --runs 1}).
 */
class CliTest {

    static final String PROJECT = "sample-data/krasnodar-krai/krasnodar-krai.beltmap";

    record Run(int code, String out, String err) {
    }

    private static Run baseBelts;

    /** {@code belts PROJECT} on the base network, run once for the tests that compare with it. */
    static synchronized Run baseBelts() {
        if (baseBelts == null) {
            baseBelts = run("belts", PROJECT);
        }
        return baseBelts;
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsInfo() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("info"), r.out());
    }

    @Test
    void infoOnTheSampleProjectReports26Towns() {
        Run r = run("info", PROJECT);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("towns 26"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("roads\\s+roads\\s+14\\s+.*")), r.out());
        assertTrue(r.out().contains("Krasnodar"), r.out());
    }

    @Test
    void infoOnADataFileGivesFieldsCountAndExtent() {
        Run r = run("info", "sample-data/krasnodar-krai/towns_krasnodar_krai.geojson");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("26"), r.out());
        assertTrue(r.out().contains("name_ru"), r.out());
    }

    @Test
    void missingFileIsOneLineWithExitCode2(@TempDir Path dir) {
        Run r = run("info", dir.resolve("nowhere.geojson").toString());
        assertEquals(Cli.ERROR, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("nowhere.geojson"), r.err());
        assertFalse(r.err().contains("at org."), "no stack trace without --debug");
    }

    @Test
    void malformedJsonIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, "{ not json");
        Run r = run("info", bad.toString());
        assertEquals(Cli.ERROR, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("bad.geojson"), r.err());
    }

    @Test
    void metricsPrintsFormulaOneFromPublishedAreaAndBoundary() {
        Run r = run("metrics", PROJECT);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("mean_distance_km_published 53.89 km"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("mean_distance_km_boundary ")), r.out());
        assertTrue(r.out().contains("towns_small 11 count"), r.out());
    }

    @Test
    void beltsCsvHasThePublicHeaderAndOneRowPerTown() {
        Run r = baseBelts();
        assertEquals(0, r.code(), r.err());
        var lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("id,town_ru,town_en,population,size_class,center,mtd_min,belt,"
                + "published_mtd,published_belt"), lines.get(0));
        assertEquals(27, lines.size());
        String korenovsk = lines.stream().filter(l -> l.contains(",Korenovsk,")).findFirst().orElseThrow();
        String[] f = korenovsk.split(",");
        assertEquals("Krasnodar", f[5]);
        assertTrue(Double.parseDouble(f[6]) > 0);
        assertEquals("45.0", f[8]);
        assertEquals("1", f[9]);
    }

    @Test
    void beltsHonoursThresholdsAndJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("belts.json");
        Run r = run("belts", PROJECT, "--thresholds", "30,60,120",
                "--format", "json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertEquals(3, root.get("thresholds").size());
        assertEquals(26, root.get("towns").size());
        int maxBelt = 0;
        for (var t : root.get("towns")) {
            maxBelt = Math.max(maxBelt, t.path("belt").asInt());
        }
        assertEquals(4, maxBelt, "four belts from three thresholds");
    }

    /** One score run under the scenario covers the score CSV (header, ranks) and the scenario reaching it. */
    @Test
    void aScenarioOfAddedLinesChangesTheBeltsAndTheScoreCsv(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("expressway.geojson");
        Files.writeString(plan, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"speed_kmh":110},
                 "geometry":{"type":"LineString","coordinates":[[38.975,45.04],[39.2,45.25],[39.459,45.464]]}}]}""");
        Run base = baseBelts();
        Run after = run("belts", PROJECT, "--scenario", plan.toString());
        assertEquals(0, after.code(), after.err());
        double before = mtd(base.out(), "Korenovsk");
        double now = mtd(after.out(), "Korenovsk");
        assertTrue(now < before - 10, before + " → " + now);

        Run score = run("score", PROJECT, "--scenario", plan.toString());
        assertEquals(0, score.code(), score.err());
        var lines = score.out().lines().toList();
        assertTrue(lines.get(0).startsWith("id,town_ru,town_en,score,rank,dist_ray_km,dist_bundle_km,mtd_min,belt,"),
                lines.get(0));
        assertTrue(lines.get(0).contains("c_accessibility") && lines.get(0).contains("c_ray_proximity"));
        assertEquals(27, lines.size());
        assertEquals("1", lines.get(1).split(",")[4]);
        double first = Double.parseDouble(lines.get(1).split(",")[3]);
        double last = Double.parseDouble(lines.get(26).split(",")[3]);
        assertTrue(first >= last && first <= 100 && last >= 0);
        String korenovsk = lines.stream().filter(l -> l.contains(",Korenovsk,")).findFirst().orElseThrow();
        assertEquals(now, Double.parseDouble(korenovsk.split(",")[7]), 0.051, "the score uses the scenario's МТД");
    }

    static double mtd(String csv, String town) {
        return Double.parseDouble(csv.lines().filter(l -> l.contains("," + town + ",")).findFirst().orElseThrow()
                .split(",")[6]);
    }

    @Test
    void aBadScenarioIsOneLineNamingTheFileAndTheFeature(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.geojson");
        Files.writeString(plan, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
                 "geometry":{"type":"LineString","coordinates":[[38.9,45.0],[39.2,45.2]]}}]}""");
        Run r = run("belts", PROJECT, "--scenario", plan.toString());
        assertEquals(Cli.ERROR, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("plan.geojson") && r.err().contains("feature 1") && r.err().contains("speed_kmh"),
                r.err());
    }

    @Test
    void unknownCentreIsOneLine() {
        Run r = run("belts", PROJECT, "--center", "Atlantis");
        assertEquals(Cli.ERROR, r.code());
        assertTrue(r.err().contains("Atlantis"), r.err());
    }

    @Test
    void isochronesWriteOneFeaturePerBand(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("iso.geojson");
        Run r = run("isochrones", PROJECT, "--minutes", "30,45,90",
                "--smooth", "200", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals(3, root.get("features").size());
        double last = 0;
        for (var f : root.get("features")) {
            assertEquals("Krasnodar", f.get("properties").get("center").asText());
            double area = f.get("properties").get("area_km2").asDouble();
            assertTrue(area > last, "bands grow: " + area);
            last = area;
            assertTrue(f.get("geometry").get("type").asText().contains("Polygon"));
        }
        assertTrue(r.out().contains("isochrone_90_min_area "), r.out());
    }

    @Test
    void benchPrintsNameValueUnitLines() {
        // One measured run (after the warm-ups): the figures' format is under test here, not their values.
        Run r = run("bench", "--nodes", "2500", "--runs", "1", "--quick"); // --quick: a 20 MB GeoJSON, not 200 MB
        assertEquals(0, r.code(), r.err());
        for (String name : new String[] {"graph_build_ms", "dijkstra_ms", "edge_scan_ms", "isochrones_3_intervals_ms",
            "belts_2000_towns_ms", "whatif_rerun_ms", "export_pdf_ms", "load_100k_points_ms", "map_redraw_ms",
            "graphhopper_isochrone_ms", "load_200mb_geojson_ms"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches(name + " (\\d+\\.\\d+|n/a) ms")), name + " in\n" + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.matches("load_200mb_geojson_heap_mb \\d+ MB")), r.out());
    }

    @Test
    void raysWriteNamedLineStringsWithStrengthAndTowns(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rays.geojson");
        Run r = run("rays", PROJECT, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        java.util.List<String> names = new java.util.ArrayList<>();
        for (var f : root.get("features")) {
            var p = f.get("properties");
            names.add(p.get("name").asText());
            assertEquals("LineString", f.get("geometry").get("type").asText());
            assertTrue(p.get("length_km").asDouble() > 0 && p.get("strength").asDouble() > 0);
            assertTrue(p.get("towns").isArray() && p.has("ref"));
        }
        assertTrue(names.contains("M-4 north") && names.contains("M-4 south"), names.toString());
    }

    @Test
    void exportWritesAnSvgAndRefusesUnknownFormats(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("belts.svg");
        Run r = run("export", PROJECT, "--layout", "rings", "--format",
                "svg", "--no-bundles", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("<svg") && svg.contains("Краснодар"));
        Run bad = run("export", PROJECT, "--format", "tiff", "--out",
                dir.resolve("x.tiff").toString());
        assertEquals(Cli.ERROR, bad.code());
        assertTrue(bad.err().contains("--format"), bad.err());
    }

    @Test
    void gpkgExportHasTheAnalysisLayers(@TempDir Path dir) {
        Path out = dir.resolve("analysis.gpkg");
        Run r = run("export", PROJECT, "--format", "gpkg", "--no-bundles",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        var tables = org.beltmap.core.io.GeoPackageLayerReader.featureTables(out);
        assertTrue(tables.containsAll(java.util.List.of("towns", "isochrones", "rays", "bundles", "scenario_edits")),
                tables.toString());
        var towns = org.beltmap.core.io.GeoPackageLayerReader.read(out, "towns");
        assertEquals(26, towns.features().size());
        assertTrue(towns.fields().contains("mtd_min") && towns.fields().contains("c_accessibility"), towns.fields().toString());
        assertEquals(3, org.beltmap.core.io.GeoPackageLayerReader.read(out, "isochrones").features().size());
    }

    @Test
    void geoJsonAndCsvExportsReadBackWithTheAnalysisColumns(@TempDir Path dir) throws Exception {
        Run r = run("export", PROJECT, "--format", "geojson", "--no-bundles", "--out", dir.resolve("layers").toString());
        assertEquals(0, r.code(), r.err());
        for (String layer : java.util.List.of("towns", "isochrones", "rays", "bundles", "scenario_edits")) {
            assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("layers/" + layer + ".geojson")), layer);
        }
        var towns = org.beltmap.core.io.LayerReader.read(dir.resolve("layers/towns.geojson"));
        assertEquals(26, towns.features().size());
        var krasnodar = towns.features().stream().filter(f -> "Krasnodar".equals(f.getString("town_en"))).findFirst()
                .orElseThrow();
        assertEquals(1L, ((Number) krasnodar.attributes().get("belt")).longValue());
        assertEquals(3, org.beltmap.core.io.LayerReader.read(dir.resolve("layers/isochrones.geojson")).features().size());

        Path csv = dir.resolve("towns.csv");
        r = run("export", PROJECT, "--format", "csv", "--no-bundles", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        var rows = org.beltmap.core.io.LayerReader.read(csv);
        assertEquals(26, rows.features().size(), "the CSV reads back as a point layer (lon/lat columns)");
        assertTrue(rows.fields().contains("mtd_min") && rows.fields().contains("score"), rows.fields().toString());
        assertTrue(rows.features().stream().anyMatch(f -> "Краснодар".equals(f.getString("town_ru"))),
                "Cyrillic survives the round trip");
    }

    @Test
    void unknownOptionIsAnError() {
        Run r = run("info", "--frobnicate");
        assertEquals(Cli.ERROR, r.code());
    }
}
