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

/** The CLI is a public interface: command names, exit codes and one-line errors. */
class CliTest {

    record Run(int code, String out, String err) {
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
        Run r = run("info", "sample-data/krasnodar-krai/krasnodar-krai.beltmap");
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
        Run r = run("metrics", "sample-data/krasnodar-krai/krasnodar-krai.beltmap");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("mean_distance_km_published 53.89 km"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("mean_distance_km_boundary ")), r.out());
        assertTrue(r.out().contains("towns_small 11 count"), r.out());
    }

    @Test
    void unknownOptionIsAnError() {
        Run r = run("info", "--frobnicate");
        assertEquals(Cli.ERROR, r.code());
    }
}
