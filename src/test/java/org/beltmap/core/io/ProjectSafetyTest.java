package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Region;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project files: schema versions and migration, atomic saves with .bak, and layer paths kept inside the folder. */
class ProjectSafetyTest {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");
    static final String TOWN = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name_ru":"Краснодар"},
             "geometry":{"type":"Point","coordinates":[38.97,45.04]}}]}""";

    @TempDir
    Path dir;

    @Test
    void legacyProjectWithoutVersionIsMigratedWithANote() throws IOException {
        Files.writeString(dir.resolve("towns.geojson"), TOWN);
        Path p = dir.resolve("old.beltmap");
        Files.writeString(p, """
                {"region":"Old","layers":[{"id":"towns","type":"towns","file":"towns.geojson"}],
                 "centres":[{"town":"Краснодар"}]}""");
        ProjectFile.Read r = ProjectFile.readChecked(p);
        assertEquals(ProjectFile.VERSION, r.project().version());
        assertEquals("towns.geojson", r.project().layers().get(0).path(), "legacy 'file' became 'path'");
        assertEquals("towns", r.project().layers().get(0).kind().id(), "legacy 'type' became 'kind'");
        assertTrue(r.notes().get(0).contains("migrated from schema 0 to 1"), r.notes()::toString);
        Region region = RegionLoader.load(p);
        assertTrue(region.problems().isEmpty(), region.problems()::toString);
        assertEquals(1, region.towns().size());
        // Saving writes the current schema, and reading it back needs no migration.
        ProjectFile.write(r.project(), p);
        assertTrue(Files.readString(p).contains("\"version\" : 1"));
        assertTrue(ProjectFile.readChecked(p).notes().isEmpty());
    }

    @Test
    void newerSchemaIsRefusedAndTheFileIsNotTouched() throws IOException {
        Path p = dir.resolve("future.beltmap");
        String text = "{\"version\": 7, \"layers\": [], \"hologram\": true}";
        Files.writeString(p, text);
        DataException e = assertThrows(DataException.class, () -> ProjectFile.read(p));
        assertTrue(e.getMessage().contains("newer BeltMap (schema 7, this build reads up to 1)"), e.getMessage());
        assertEquals("update BeltMap; the file was not changed", e.fix());
        assertEquals(text, Files.readString(p));
    }

    @Test
    void saveKeepsThePreviousVersionAsBakAndLeavesNoTempFiles() throws IOException {
        Project sample = ProjectFile.read(SAMPLE);
        Path p = dir.resolve("k.beltmap");
        ProjectFile.write(sample, p);
        byte[] first = Files.readAllBytes(p);
        ProjectFile.write(sample.withSettings(sample.settings()), p);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("k.beltmap.bak")));
        assertEquals(sample.layers().stream().map(l -> l.id() + "=" + l.path()).toList(),
                ProjectFile.read(p).layers().stream().map(l -> l.id() + "=" + l.path()).toList());
        assertEquals(List.of("k.beltmap", "k.beltmap.bak"), names(dir));
    }

    @Test
    void aSaveThatFailsMidwayLeavesThePreviousFileIntact() throws IOException {
        Path p = dir.resolve("k.beltmap");
        Files.writeString(p, "previous save");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(p, out -> {
            out.write("{\"version\":1, \"layers\": [".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full (simulated)");
        }));
        assertEquals("disk full (simulated)", e.getMessage());
        assertEquals("previous save", Files.readString(p));
        assertEquals(List.of("k.beltmap"), names(dir), "no temp file and no .bak left behind");
    }

    @Test
    void aSaveIntoAReadOnlyFolderFailsWithoutDamage() throws IOException {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Path p = ro.resolve("k.beltmap");
        Files.writeString(p, "previous save");
        assertTrue(ro.toFile().setWritable(false));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "running as root: permissions are not enforced");
            assertThrows(IOException.class, () -> AtomicFiles.write(p, "new".getBytes(StandardCharsets.UTF_8)));
            assertEquals("previous save", Files.readString(p));
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    @Test
    void layerPathsOutsideTheProjectFolderAreDetectedAndNotRead() throws IOException {
        Path inner = Files.createDirectories(dir.resolve("project"));
        Files.writeString(inner.resolve("towns.geojson"), TOWN);
        Files.writeString(dir.resolve("secret.geojson"), TOWN);
        Path p = inner.resolve("p.beltmap");
        Files.writeString(p, """
                {"version":1,"layers":[
                  {"id":"towns","kind":"towns","path":"towns.geojson"},
                  {"id":"up","kind":"other","path":"../secret.geojson"},
                  {"id":"abs","kind":"other","path":"%s"},
                  {"id":"sub","kind":"other","path":"./sub/../towns.geojson"}]}"""
                .formatted(dir.resolve("secret.geojson").toString().replace("\\", "\\\\")));
        Project project = ProjectFile.read(p);
        assertEquals(List.of("up", "abs"), ProjectFile.escapingPaths(project).stream().map(ProjectFile.Escape::layerId).toList());

        Region safe = RegionLoader.load(project, (m, f) -> { });
        assertEquals(List.of("towns", "sub"), List.copyOf(safe.layers().keySet()));
        assertEquals(2, safe.problems().size());
        assertTrue(safe.problems().get(0).contains("layer 'up': path '../secret.geojson' is outside the project folder"),
                safe.problems().get(0));
        assertTrue(safe.problems().get(0).contains("move the file into the project folder or confirm in the app"));

        Region allowed = RegionLoader.load(project, (m, f) -> { }, true);
        assertTrue(allowed.problems().isEmpty(), allowed.problems()::toString);
        assertEquals(4, allowed.layers().size());
    }

    @Test
    void symlinkOutOfTheFolderCountsAsOutside() throws IOException {
        Path inner = Files.createDirectories(dir.resolve("project"));
        Files.writeString(dir.resolve("secret.geojson"), TOWN);
        try {
            Files.createSymbolicLink(inner.resolve("link.geojson"), dir.resolve("secret.geojson"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not available");
        }
        Path p = inner.resolve("p.beltmap");
        Files.writeString(p, "{\"version\":1,\"layers\":[{\"id\":\"l\",\"kind\":\"other\",\"path\":\"link.geojson\"}]}");
        assertEquals(1, ProjectFile.escapingPaths(ProjectFile.read(p)).size());
    }

    @Test
    void sampleProjectHasNoEscapingLayers() {
        assertTrue(ProjectFile.escapingPaths(ProjectFile.read(SAMPLE)).isEmpty());
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }
}
