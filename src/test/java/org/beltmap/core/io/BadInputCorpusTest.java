package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import org.beltmap.cli.Cli;
import org.beltmap.core.model.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input in src/test/resources/bad/expected.tsv must give exit code 2 and exactly one line on stderr
 * naming the file and the problem, never a stack trace; a bad project still loads its good layers.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad");

    @TempDir
    static Path tmp;
    static Path dir;

    @BeforeAll
    static void copyCorpusAndGenerateBinaries() throws IOException {
        // Projects name layers relatively, so the corpus is used as one folder; binaries are written here.
        dir = Files.createDirectories(tmp.resolve("a/b/bad"));
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(dir.resolve("png_renamed.csv"), png);
        Files.write(dir.resolve("png_renamed.geojson"), png);
        Files.write(dir.resolve("png_renamed.gpkg"), png);
        Files.write(dir.resolve("project_png.beltmap"), png);
        Files.write(dir.resolve("xlsx_renamed.csv"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        byte[] garbage = new byte[2048];
        new Random(42).nextBytes(garbage);
        garbage[10] = 0;
        Files.write(dir.resolve("binary_garbage.csv"), garbage);
        // Bytes 0x80..0xBF alone are invalid UTF-8, and in Windows-1251 they are not letters: not Russian text.
        byte[] odd = new byte[64];
        for (int i = 0; i < odd.length; i++) {
            odd[i] = (byte) (0x80 + i);
        }
        Files.write(dir.resolve("not_cp1251.csv"), concat("name,lat,lon\n".getBytes(StandardCharsets.US_ASCII), odd,
                ",45,39\n".getBytes(StandardCharsets.US_ASCII)));
        Files.write(dir.resolve("sqlite_named.geojson"), concat("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII),
                new byte[100]));
        GeoPackageManager.create(dir.resolve("no_feature_tables.gpkg").toFile());
        Path nulls = dir.resolve("null_geometry_rows.gpkg");
        GeoPackageTestFiles.writePoints(nulls, "towns", new double[][] {{38.98, 45.04}}, new String[] {"Краснодар"});
        try (GeoPackage gpkg = GeoPackageManager.open(nulls.toFile())) {
            FeatureDao dao = gpkg.getFeatureDao("towns");
            FeatureRow row = dao.newRow();
            row.setValue("name", "Nowhere");
            dao.create(row);
        }
        Files.createDirectories(dir.resolve("folder.geojson"));
        ReaderCorpusFiles.generate(dir);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * Every {@code expected*.tsv} (one per class of bad input, so they grow apart): file, expected fragment and,
     * optionally, the command line, with {@code {file}} for the case's file and {@code {dir}} for the corpus folder
     * (default {@code info {file}}).
     */
    static Stream<Arguments> corpus() throws IOException {
        List<Path> lists;
        try (Stream<Path> files = Files.list(CORPUS)) {
            lists = files.filter(f -> f.getFileName().toString().matches("expected.*\\.tsv")).sorted().toList();
        }
        List<Arguments> out = new java.util.ArrayList<>();
        for (Path list : lists) {
            Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 3))
                    .map(p -> Arguments.of(p[0].replace("generated:", ""), p[1], p.length > 2 ? p[2] : "info {file}"))
                    .forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("corpus")
    void badInputIsOneHelpfulLineAndExitCode2(String name, String fragment, String command) {
        Path file = dir.resolve(name);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = java.util.Arrays.stream(command.trim().split("\\s+"))
                .map(a -> a.replace("{file}", file.toString()).replace("{dir}", dir.toString())).toArray(String[]::new);
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        String e = err.toString();
        assertEquals(Cli.ERROR, code, () -> "exit code; stdout: " + out + " stderr: " + e);
        List<String> lines = e.lines().toList();
        assertEquals(1, lines.size(), () -> "exactly one stderr line: " + e);
        String line = lines.get(0);
        assertTrue(line.contains(name), () -> "names the file: " + line);
        // Quotes of the input are capped (a 300 KB value must not become a 300 KB line).
        assertTrue(line.length() <= 1000, () -> "at most 1,000 characters, got " + line.length());
        assertTrue(line.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)),
                () -> "expected '" + fragment + "' in: " + line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), () -> "no exception class names: " + line);
        assertTrue(line.contains("Fix:") || line.contains("problems listed above") || line.contains("Fix"),
                () -> "says how to fix it: " + line);
        if (name.endsWith(".beltmap") && command.startsWith("info")) { // other commands may refuse a good project
            goodLayersStillLoad(file);
        }
    }

    /** A project whose file as a whole is readable still gives the user every good layer. */
    private static void goodLayersStillLoad(Path project) {
        ProjectFile.Read read;
        try {
            read = ProjectFile.readChecked(project);
        } catch (DataException e) {
            return; // the project file itself is unusable (empty, newer version, not JSON): nothing to load
        }
        Region region = RegionLoader.load(read, (m, f) -> { }, false);
        assertFalse(region.problems().isEmpty(), "the problem is reported");
        if (read.project().layer("good").isPresent()) {
            assertEquals(2, region.layer("good").orElseThrow().size(), () -> "good layer loads: " + region.problems());
            assertEquals(2, region.towns().size());
        }
    }
}
