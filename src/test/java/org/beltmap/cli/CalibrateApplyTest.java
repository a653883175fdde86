package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate --apply}: the fitted factor goes into the project's speeds, and nothing else of the file is lost. */
class CalibrateApplyTest {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai");

    @TempDir
    Path dir;

    @Test
    void applyScalesEverySpeedByTheFactorAndKeepsTheRestOfTheFile() throws IOException {
        Path project = copySample();
        Files.writeString(project, Files.readString(project)
                .replaceFirst("\"version\" : 1,", "\"version\" : 1, \"x-survey\" : {\"by\" : \"N.\"},"));
        byte[] before = Files.readAllBytes(project);
        Settings old = ProjectFile.read(project).settings();

        CliTest.Run r = CliTest.run("calibrate", project.toString(), "--apply");
        assertEquals(0, r.code(), r.err());
        double printed = figure(r.out(), "speed_factor_applied", "x");
        assertEquals(figure(r.out(), "speed_factor", "ratio"), printed);
        assertTrue(r.err().contains("rewrote " + project), r.err());

        Project after = ProjectFile.read(project);
        Settings s = after.settings();
        for (Map.Entry<String, Double> e : old.speedsKmh().entrySet()) {
            assertEquals(printed, s.speedFor(e.getKey()) / e.getValue(), 0.002, e.getKey());
        }
        assertEquals(printed, s.defaultSpeedKmh() / old.defaultSpeedKmh(), 0.002);
        assertEquals(printed, s.accessSpeedKmh() / old.accessSpeedKmh(), 0.005, "access legs are scaled too");
        CliTest.Run again = CliTest.run("calibrate", project.toString());
        assertEquals(1.0, figure(again.out(), "speed_factor", "ratio"), 0.01,
                "after applying, the project's minutes fit the published ones: the factor is 1");
        assertTrue(Math.abs(printed - 1) > 0.01, "the sample's factor is not 1, so the test sees a change");

        assertEquals(472, after.attribution().length());
        assertTrue(Files.readString(project).contains("\"x-survey\""), "a member this build does not know survives");
        assertEquals("N.", after.source().at("/x-survey/by").asText());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("krasnodar-krai.beltmap.bak")));
    }

    @Test
    void applyWithACentreOrAScenarioIsRefusedAndChangesNothing() throws IOException {
        Path project = copySample();
        byte[] before = Files.readAllBytes(project);
        for (String[] extra : new String[][] {{"--center", "Krasnodar"}, {"--scenario", "plan.geojson"}}) {
            CliTest.Run r = CliTest.run("calibrate", project.toString(), "--apply", extra[0], extra[1]);
            assertEquals(Cli.ERROR, r.code());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("--apply cannot be combined with --scenario or --center"), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(project));
        assertTrue(Files.notExists(dir.resolve("krasnodar-krai.beltmap.bak")));
    }

    @Test
    void withoutApplyTheProjectIsNotTouched() throws IOException {
        Path project = copySample();
        byte[] before = Files.readAllBytes(project);
        CliTest.Run r = CliTest.run("calibrate", project.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("speed_factor_applied")), r.out());
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    /** The sample project's folder (data files, not the licences) copied into the temp dir. */
    private Path copySample() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        return dir.resolve("krasnodar-krai.beltmap");
    }

    private static double figure(String out, String name, String unit) {
        String line = out.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow(() ->
                new AssertionError("no " + name + " line in " + out));
        String[] f = line.split(" ");
        assertEquals(unit, f[2], line);
        return Double.parseDouble(f[1]);
    }
}
