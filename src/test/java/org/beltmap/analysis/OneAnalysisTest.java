package org.beltmap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.app.viewmodel.ExportViewModel;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.cli.Cli;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.io.ScenarioJson;
import org.beltmap.core.scoring.TownScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app and the command line run one analysis: on the same project they report the same МТД, belts, rays and
 * scores, and export the same rows. Once on the sample as it is, once with railways in the network and the sample's
 * saved scenario active.
 */
class OneAnalysisTest {

    private static final Path SAMPLE_DIR = Path.of("sample-data/krasnodar-krai");
    private static final String PROJECT = "krasnodar-krai.beltmap";

    @Test
    void appAndCliAgreeOnTheSample(@TempDir Path tmp) throws IOException {
        Path project = copySample(tmp, false);
        AnalysisResult app = openInApp(project, tmp, false);
        assertFalse(app.railways());
        Compared c = compare(app, project, tmp, List.of());
        assertEquals(26, c.towns());
        assertTrue(c.rays() >= 3, "the sample has rays: " + c.rays());
    }

    @Test
    void appAndCliAgreeWithRailwaysAndAScenario(@TempDir Path tmp) throws IOException {
        Path roadsOnly = copySample(tmp.resolve("roads"), false);
        Path project = copySample(tmp.resolve("rail"), true);
        AnalysisResult app = openInApp(project, tmp, true);
        assertTrue(app.railways(), "settings.railwaysInNetwork is honoured");
        assertFalse(app.scenario().isEmpty(), "the saved scenario is active");
        Path scenario = tmp.resolve("scenario.json");
        Files.writeString(scenario, new ObjectMapper().writeValueAsString(ScenarioJson.write(app.scenario(),
                new ObjectMapper())));
        compare(app, project, tmp, List.of("--scenario", scenario.toString()));
        // Railways carry some towns faster than the roads alone (same scenario on both).
        Map<String, Double> roads = column(cli("belts", roadsOnly.toString(), "--scenario", scenario.toString()),
                "mtd_min");
        long faster = app.belts().towns().stream().filter(a -> a.reachable() && roads.get(a.town().id()) != null
                && a.mtdMin() < roads.get(a.town().id()) - 0.5).count();
        assertTrue(faster > 0, "some towns are faster with railways in the network");
        cli("export", project.toString(), "--format", "svg", "--no-bundles", "--out", tmp.resolve("map.svg").toString());
        assertTrue(Files.readString(tmp.resolve("map.svg")).contains("roads and railways"),
                "the map export names the network");
    }

    private record Compared(int towns, int rays) {
    }

    /** Compares the app's result with `belts`, `score`, `rays` and `export --format csv` on the same project. */
    private Compared compare(AnalysisResult app, Path project, Path tmp, List<String> extra) throws IOException {
        String beltsCsv = cli("belts", project.toString(), extra);
        Map<String, Double> mtd = column(beltsCsv, "mtd_min");
        Map<String, Double> belt = column(beltsCsv, "belt");
        for (var a : app.belts().towns()) {
            String id = a.town().id();
            if (a.reachable()) {
                assertEquals(a.mtdMin(), mtd.get(id), 0.05, "МТД of " + a.town().nameEn());
                assertEquals(a.belt(), belt.get(id), 1e-9, "belt of " + a.town().nameEn());
            } else {
                assertEquals(null, mtd.get(id), a.town().nameEn() + " is unreachable in both");
            }
        }
        String scoreCsv = cli("score", project.toString(), extra);
        Map<String, Double> score = column(scoreCsv, "score");
        Map<String, Double> rank = column(scoreCsv, "rank");
        assertEquals(app.scores().size(), score.size());
        for (TownScore s : app.scores()) {
            assertEquals(s.score(), score.get(s.town().id()), 0.05, "score of " + s.town().nameEn());
            assertEquals(s.rank(), rank.get(s.town().id()), 1e-9, "rank of " + s.town().nameEn());
        }
        Path rays = tmp.resolve("rays-" + extra.size() + ".geojson");
        cli("rays", project.toString(), concat(extra, "--out", rays.toString()));
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(rays.toFile()).get("features")
                .forEach(f -> names.add(f.get("properties").get("name").asText()));
        assertEquals(app.rays().stream().filter(r -> r.mode().equals("road")).map(r -> r.name()).toList(), names,
                "the same road rays");
        Path cliCsv = tmp.resolve("cli-" + extra.size() + ".csv");
        cli("export", project.toString(), concat(extra, "--format", "csv", "--out", cliCsv.toString()));
        Path appCsv = tmp.resolve("app-" + extra.size() + ".csv");
        exported(appCsv);
        assertEquals(Files.readString(cliCsv), Files.readString(appCsv), "the same exported towns table");
        return new Compared(app.belts().towns().size(), names.size());
    }

    private MainViewModel vm;

    private AnalysisResult openInApp(Path project, Path tmp, boolean scenario) {
        vm = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(tmp.resolve("settings.json")),
                Runnable::run, Runnable::run);
        List<String> errors = new ArrayList<>();
        vm.setErrorHandler(errors::add);
        vm.open(project);
        assertTrue(errors.isEmpty(), errors::toString);
        AnalysisResult base = vm.analysis().resultProperty().get();
        assertNotNull(base, "the analysis ran (inline executors)");
        if (!scenario) {
            return base;
        }
        var sc = vm.scenario().resultProperty().get();
        assertNotNull(sc, "the scenario ran");
        return sc.analysis();
    }

    private void exported(Path file) {
        List<Path> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        vm.exports().exportData(ExportViewModel.DataFormat.CSV, file, done::addAll, failed::add);
        assertTrue(failed.isEmpty(), failed::toString);
    }

    /** The sample's folder copied (the test never writes into sample-data/), optionally with railways and the scenario on. */
    private static Path copySample(Path dir, boolean railwaysAndScenario) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.walk(SAMPLE_DIR)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(SAMPLE_DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path project = dir.resolve(PROJECT);
        if (railwaysAndScenario) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(project.toFile());
            ((ObjectNode) root.get("settings")).put("railwaysInNetwork", true);
            root.put("activeScenario", root.get("scenarios").get(0).get("name").asText());
            Files.writeString(project, mapper.writeValueAsString(root));
        }
        return project;
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(b));
        return out;
    }

    private static String cli(String command, String project, List<String> extra) {
        List<String> args = new ArrayList<>(List.of(command, project));
        args.addAll(extra);
        return cli(args.toArray(String[]::new));
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return out.toString();
    }

    /** One numeric column of a CSV by header name, keyed by the first column (id); empty cells are left out. */
    private static Map<String, Double> column(String csv, String name) {
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int col = header.indexOf(name);
        assertTrue(col >= 0, name + " in " + header);
        Map<String, Double> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = splitCsv(line);
            if (cells.size() > col && !cells.get(col).isEmpty()) {
                out.put(cells.get(0), Double.parseDouble(cells.get(col)));
            }
        }
        return out;
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
