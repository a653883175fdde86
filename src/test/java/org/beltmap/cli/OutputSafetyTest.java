package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that are refused change no file; outputs replace only what --force allows, with no .bak beside them. */
class OutputSafetyTest {

    static final Path CORPUS = Path.of("src/test/resources/bad");
    static final List<String> PROJECT_FILES = List.of("outputs_project.beltmap", "good_towns.geojson",
            "good_lines.geojson", "outputs_join.csv", "outputs_scenario.geojson", "outputs_weights.json",
            "outputs_existing.csv", "project_no_roads.beltmap", "project_hash_escape.beltmap");

    @TempDir
    Path tmp;
    Path dir;
    String project;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copyProject() throws IOException {
        dir = Files.createDirectories(tmp.resolve("project"));
        for (String f : PROJECT_FILES) {
            Files.copy(CORPUS.resolve(f), dir.resolve(f));
        }
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(tmp.resolve("outside.csv"), "not the project's\n");
        project = dir.resolve("outputs_project.beltmap").toString();
    }

    @Test
    void aRefusedCommandChangesNoFile() throws IOException {
        boolean links = link(dir.resolve("out-link.csv"), tmp.resolve("outside.csv"));
        Map<String, String> before = hashes(tmp);
        String d = dir.toString();
        List<String[]> refused = new java.util.ArrayList<>(List.of(
                new String[] {"belts", project, "--out", project, "--force"},
                new String[] {"belts", project, "--out", d + "/good_towns.geojson", "--force"},
                new String[] {"score", project, "--weights", d + "/outputs_weights.json", "--out",
                    d + "/outputs_weights.json", "--force"},
                new String[] {"isochrones", project, "--scenario", d + "/outputs_scenario.geojson", "--out",
                    d + "/outputs_scenario.geojson"},
                new String[] {"rays", project, "--out", d + "/sub"},
                new String[] {"bundles", project, "--out", d + "/new.geojson", "--strips-out", d + "/good_lines.geojson"},
                new String[] {"export", project, "--format", "csv", "--out", d + "/outputs_join.csv", "--force"},
                new String[] {"export", project, "--format", "gpkg", "--out", d + "/outputs_existing.csv"},
                new String[] {"export", project, "--format", "geojson", "--out", d, "--force"},
                new String[] {"export", project, "--format", "pdf", "--out", d + "/sub/../outputs_project.beltmap"},
                new String[] {"belts", d + "/project_no_roads.beltmap", "--out", d + "/new.csv"},
                new String[] {"calibrate", d + "/project_no_roads.beltmap", "--apply"},
                new String[] {"info", d + "/project_hash_escape.beltmap"}));
        if (links) {
            refused.add(new String[] {"belts", project, "--out", d + "/out-link.csv", "--force"});
        }
        if (Files.exists(Path.of("/dev/null"))) {
            refused.add(new String[] {"score", project, "--out", "/dev/null", "--force"});
        }
        for (String[] args : refused) {
            Run r = run(args);
            assertEquals(Cli.ERROR, r.code(), () -> String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), () -> String.join(" ", args) + ": " + r.err());
        }
        assertEquals(before, hashes(tmp), "no file created, changed or removed");
    }

    @Test
    void forceReplacesAnOutputAndLeavesNoBak() throws IOException {
        Path out = dir.resolve("belts.csv");
        assertEquals(0, run("belts", project, "--out", out.toString()).code());
        String first = Files.readString(out);
        Run again = run("belts", project, "--out", out.toString());
        assertEquals(Cli.ERROR, again.code());
        assertTrue(again.err().contains("belts.csv: already exists. Fix: add --force"), again.err());
        assertEquals(first, Files.readString(out));
        Run forced = run("belts", project, "--thresholds", "10,20", "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertFalse(first.equals(Files.readString(out)), "replaced");
        assertFalse(Files.exists(dir.resolve("belts.csv.bak")), "no .bak beside an export");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "no temp file left");
        }
    }

    @Test
    void aGeoJsonExportReplacesItsOwnFilesOnlyWithForce() throws IOException {
        Path layers = tmp.resolve("layers");
        assertEquals(0, run("export", project, "--format", "geojson", "--no-bundles", "--out", layers.toString()).code());
        Run again = run("export", project, "--format", "geojson", "--no-bundles", "--out", layers.toString());
        assertEquals(Cli.ERROR, again.code());
        assertTrue(again.err().contains("towns.geojson: already exists"), again.err());
        Run forced = run("export", project, "--format", "geojson", "--no-bundles", "--out", layers.toString(),
                "--force");
        assertEquals(0, forced.code(), forced.err());
        try (Stream<Path> s = Files.list(layers)) {
            assertEquals(6, s.count(), "the six layers (belt statistics too), no .bak and no temp file");
        }
    }

    /** Every file under {@code root} (links as their target text) with its SHA-256. */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.toList()) {
                String key = root.relativize(f).toString();
                if (Files.isSymbolicLink(f)) {
                    out.put(key, "-> " + Files.readSymbolicLink(f));
                } else if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, sha256(Files.readAllBytes(f)));
                } else {
                    out.put(key, "folder");
                }
            }
        }
        return out;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
