package org.beltmap.core.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.beltmap.cli.Cli;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole of Andorra (OSM, 2013) imported with its capital as the centre, then analysed as any project. */
class AndorraImportTest {

    static final Path ANDORRA = Path.of("src/test/resources/osm/andorra-2013.osm.pbf");
    static final Set<String> SEATS = Set.of("Andorra la Vella", "les Escaldes", "Encamp", "Canillo", "La Massana",
            "Ordino", "Sant Julià de Lòria");

    @TempDir
    static Path tmp;
    static OsmImport.Summary summary;

    @BeforeAll
    static void importOnce() throws Exception {
        summary = OsmImport.run(new OsmImport.Options(ANDORRA, "Andorra la Vella", tmp.resolve("andorra"), null, null,
                null), (s, f) -> { }, () -> false);
    }

    @Test
    void summaryCountsTheExtractAndNamesWhatIsMissing() {
        List<String> figures = summary.figures();
        assertTrue(figures.contains("nodes_read 69644 nodes"), figures::toString);
        assertTrue(figures.contains("towns 7 towns"), figures::toString);
        assertTrue(figures.contains("towns_without_population 6 towns"), figures::toString);
        assertTrue(figures.stream().anyMatch(f -> f.matches("osm_import_ms \\d+ ms")), figures::toString);
        assertTrue(figures.stream().allMatch(f -> f.matches("[a-z_0-9]+ [-0-9.]+ [a-z0-9]+")), figures::toString);
        assertEquals(Set.of("les Escaldes", "Encamp", "Canillo", "La Massana", "Ordino", "Sant Julià de Lòria"),
                Set.copyOf(summary.townsWithoutPopulation()));
        String note = summary.notes().stream().filter(n -> n.contains("no population")).findFirst().orElseThrow();
        assertTrue(note.contains("populations.csv"), note);
    }

    @Test
    void boundaryIsAndorraWithItsArea() {
        assertTrue(summary.boundary().contains("9407"), summary.boundary());
        assertEquals(468, summary.boundaryKm2(), 468 * 0.02, "km² of relation 9407 (Andorra)");
        // Two member ways are not in this extract: the gap is closed and said so.
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("closed with straight lines")), summary.notes()::toString);
    }

    @Test
    void everyParishSeatIsATownReachedInPlausibleTime() {
        Region region = RegionLoader.load(summary.project());
        assertEquals(SEATS, region.towns().stream().map(t -> t.nameEn()).collect(Collectors.toSet()));
        assertEquals(52, region.settlements().size(), "32 villages and 20 hamlets");
        assertEquals(1, region.problems().size(), region.problems()::toString);
        assertTrue(region.problems().get(0).contains("6 of 7 towns have no population"), region.problems()::toString);
        AnalysisResult r = RegionAnalysis.once(region, AnalysisRequest.of(AnalysisRequest.Part.BELTS));
        Map<String, TownAccess> by = r.belts().towns().stream().collect(Collectors.toMap(a -> a.town().nameEn(), a -> a));
        for (String seat : SEATS) {
            assertTrue(by.get(seat).reachable(), seat);
            assertTrue(by.get(seat).mtdMin() < 45, seat + ": " + by.get(seat).mtdMin());
        }
        // Free-flowing at the tagged limits along the CG-2 and CG-3 valleys (routing services with traffic say
        // about 17, 13, 12, 9 and 5 minutes).
        assertBetween(by, "Canillo", 8, 30);
        assertBetween(by, "Ordino", 5, 25);
        assertBetween(by, "Encamp", 4, 20);
        assertBetween(by, "La Massana", 3, 15);
        assertBetween(by, "les Escaldes", 0.5, 8);
        assertBetween(by, "Sant Julià de Lòria", 3, 15);
        assertTrue(by.get("Canillo").routeKm() > by.get("Encamp").routeKm(), "Canillo lies beyond Encamp");
    }

    private static void assertBetween(Map<String, TownAccess> by, String town, double lo, double hi) {
        double m = by.get(town).mtdMin();
        assertTrue(m >= lo && m <= hi, town + " " + m + " min, expected " + lo + "–" + hi);
    }

    @Test
    void theImportedProjectWorksWithEveryCommandOnceItsPopulationsAreGiven() throws Exception {
        Path copy = tmp.resolve("cli");
        OsmImport.run(new OsmImport.Options(ANDORRA, "Andorra la Vella", copy, "Andorra", null, null), (s, f) -> { },
                () -> false);
        Path project = copy.resolve("cli.beltmap");
        String[] info = run("info", project.toString());
        assertEquals("2", info[0], "a town without population is a problem");
        assertTrue(info[2].contains("no population"), info[2]);
        // The fix the summary names: fill populations.csv (parish populations, Andorran statistics 2020, rounded).
        Map<String, Integer> parish = Map.of("Andorra la Vella", 22900, "les Escaldes", 14400, "Encamp", 11800,
                "Canillo", 4400, "La Massana", 10200, "Ordino", 4900, "Sant Julià de Lòria", 9400);
        Path csv = copy.resolve("populations.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        StringBuilder filled = new StringBuilder(lines.get(0)).append('\n');
        for (String l : lines.subList(1, lines.size())) {
            String name = l.split(",")[1];
            filled.append(l, 0, l.lastIndexOf(',') + 1).append(parish.get(name)).append('\n');
        }
        Files.writeString(csv, filled, StandardCharsets.UTF_8);
        info = run("info", project.toString());
        assertEquals("0", info[0], info[1] + info[2]);
        assertTrue(info[1].contains("region Andorra"), info[1]);
        String[] belts = run("belts", project.toString());
        assertEquals("0", belts[0], belts[2]);
        assertTrue(belts[1].contains("Canillo") && belts[1].contains("4400"), belts[1]);
        assertEquals("0", run("isochrones", project.toString(), "--out", copy.resolve("iso.geojson").toString())[0]);
        assertEquals("0", run("rays", project.toString(), "--out", copy.resolve("rays.geojson").toString())[0]);
        assertEquals("0", run("score", project.toString())[0]);
        String[] export = run("export", project.toString(), "--format", "svg", "--out", copy.resolve("map.svg").toString());
        assertEquals("0", export[0], export[2]);
        String svg = Files.readString(copy.resolve("map.svg"));
        assertTrue(svg.contains("Канильо") && svg.contains("Сант-Жулия-де-Лория"), "the map labels the towns (name:ru)");
    }

    @Test
    void aSecondImportIntoTheSameFolderIsRefusedAndChangesNothing() throws Exception {
        Path out = summary.project().getParent();
        List<Path> before;
        try (var s = Files.list(out)) {
            before = s.sorted().toList();
        }
        String[] r = run("import-osm", ANDORRA.toString(), "--centre", "Canillo", "--out", out.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("not empty") && r[2].contains("Fix:"), r[2]);
        try (var s = Files.list(out)) {
            assertEquals(before, s.sorted().toList());
        }
        try (var s = Files.list(out.getParent())) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("importing")), "no temporary folder left");
        }
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }
}
