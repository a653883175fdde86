package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Region;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layer paths are checked on the real file that is opened: no bypass by {@code #}, by links, or by a NUL. */
class PathGuardTest {

    @TempDir
    Path dir;
    Path inner;

    @BeforeEach
    void folders() throws IOException {
        inner = Files.createDirectories(dir.resolve("project"));
        Files.writeString(inner.resolve("towns.geojson"), ProjectSafetyTest.TOWN);
        Files.writeString(dir.resolve("secret.geojson"), ProjectSafetyTest.TOWN);
        Files.writeString(dir.resolve("secret.csv"), "name_ru,secret\nКраснодар,42\n");
    }

    private Project project(String layers) throws IOException {
        Path p = inner.resolve("p.beltmap");
        Files.writeString(p, "{\"version\":1,\"layers\":[" + layers + "]}");
        return ProjectFile.read(p);
    }

    @Test
    void aHashDoesNotHideAnEscapingLayerPath() throws IOException {
        Project p = project("""
                {"id":"towns","kind":"towns","path":"towns.geojson"},
                {"id":"sneaky","kind":"other","path":"x#/../../secret.geojson"}""");
        List<ProjectFile.Escape> escapes = ProjectFile.escapingPaths(p);
        assertEquals(List.of("sneaky"), escapes.stream().map(ProjectFile.Escape::layerId).toList());
        assertEquals(PathGuard.real(dir.resolve("secret.geojson")), escapes.get(0).resolved(),
                "the file named is the one that would be read");
        Region r = RegionLoader.load(p, (m, f) -> { });
        assertEquals(List.of("towns"), List.copyOf(r.layers().keySet()), "the outside file was not read");
        assertTrue(r.problems().get(0).contains("outside the project folder"), r.problems()::toString);
        // Confirmed, the very file that was checked is what gets read.
        assertEquals(1, RegionLoader.load(p, (m, f) -> { }, true).layer("sneaky").orElseThrow().size());
    }

    @Test
    void aHashDoesNotHideAnEscapingJoinTable() throws IOException {
        Project p = project("""
                {"id":"towns","kind":"towns","path":"towns.geojson","join":{"path":"t.csv#/../../secret.csv",
                 "key":"name_ru"}}""");
        assertEquals(1, ProjectFile.escapingPaths(p).size());
        Region r = RegionLoader.load(p, (m, f) -> { });
        assertTrue(r.layers().isEmpty() && r.problems().get(0).contains("outside the project folder"),
                r.problems()::toString);
        assertTrue(r.towns().stream().noneMatch(t -> t.attributes().containsKey("secret")));
    }

    @Test
    void aGeoPackageTableInsideTheFolderIsNoEscape() throws IOException {
        GeoPackageTestFiles.writePoints(inner.resolve("data.gpkg"), "towns", new double[][] {{38.98, 45.04}},
                new String[] {"Краснодар"});
        Project p = project("{\"id\":\"towns\",\"kind\":\"towns\",\"path\":\"data.gpkg#towns\"}");
        assertTrue(ProjectFile.escapingPaths(p).isEmpty());
        Region r = RegionLoader.load(p, (m, f) -> { });
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertEquals(1, r.towns().size());
    }

    @Test
    void linksOutOfTheFolderAreOutsideWhetherFileFolderOrDangling() throws IOException {
        try {
            Files.createSymbolicLink(inner.resolve("link.geojson"), dir.resolve("secret.geojson"));
            Files.createSymbolicLink(inner.resolve("up"), dir);
            Files.createSymbolicLink(inner.resolve("dangling.geojson"), dir.resolve("not-yet.geojson"));
            Files.createSymbolicLink(inner.resolve("alias.geojson"), inner.resolve("towns.geojson"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not available");
        }
        Project p = project("""
                {"id":"file","kind":"other","path":"link.geojson"},
                {"id":"folder","kind":"other","path":"up/secret.geojson"},
                {"id":"dangling","kind":"other","path":"dangling.geojson"},
                {"id":"alias","kind":"towns","path":"alias.geojson"}""");
        assertEquals(List.of("file", "folder", "dangling"),
                ProjectFile.escapingPaths(p).stream().map(ProjectFile.Escape::layerId).toList());
        Region r = RegionLoader.load(p, (m, f) -> { });
        assertEquals(List.of("alias"), List.copyOf(r.layers().keySet()), "a link within the folder is fine");
    }

    @Test
    void aNulInALayerPathIsAProblemOfThatLayerOnly() throws IOException {
        Project p = project("""
                {"id":"towns","kind":"towns","path":"towns.geojson"},
                {"id":"broken","kind":"other","path":"roads\\u0000.geojson"},
                {"id":"joined","kind":"towns","path":"towns.geojson","join":{"path":"t\\u0000.csv","key":"name_ru"}}""");
        assertTrue(ProjectFile.escapingPaths(p).isEmpty(), "the app's outside-folder question never throws");
        Region r = RegionLoader.load(p, (m, f) -> { });
        assertEquals(List.of("towns", "joined"), List.copyOf(r.layers().keySet()));
        assertEquals(2, r.problems().size(), r.problems()::toString);
        assertTrue(r.problems().get(0).contains("layer 'broken': path 'roads\\u0000.geojson' is not a valid file path"),
                r.problems().get(0));
        assertTrue(r.problems().get(1).contains("layer 'joined'") && r.problems().get(1).contains("joined columns"),
                r.problems().get(1));
    }
}
