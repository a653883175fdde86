package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beltmap.core.model.Centre;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.LocalizedText;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a project loses nothing: attribution, members this build does not know, their order and form. */
class ProjectRoundTripTest {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");
    static final ObjectMapper JSON = new ObjectMapper();

    /** Unknown members at the root, in a layer, its fields and style, settings, bundles, a centre and a scenario. */
    static final String WITH_UNKNOWNS = """
            {"version": 1, "x-root-first": {"a": [1, 2]},
             "region": {"ru": "Тест", "en": "Test"},
             "attribution": "© OpenStreetMap contributors (ODbL 1.0)",
             "layers": [
               {"id": "towns", "kind": "towns", "x-layer": "keep me", "path": "towns.geojson",
                "fields": {"name_ru": "name", "population": "pop"},
                "style": {"stroke": "#222222", "x-style": 7, "width": 1.0}},
               {"id": "roads", "kind": "roads", "path": "roads.geojson", "x-roads": true,
                "style": {"stroke": "#c0392b", "width": 2}}
             ],
             "centres": [{"town": "Краснодар", "x-centre": "pinned"}],
             "settings": {"x-settings-first": 1, "speedsKmh": {"federal_M": 90, "regional": 60},
               "defaultSpeedKmh": 60, "bundles": {"widthKm": 5, "x-bundles": "b", "stripKm": 10},
               "x-settings-last": [true]},
             "scenarios": [{"name": "Bypass", "x-scenario": {"author": "N."},
               "added": {"type": "FeatureCollection", "features": [{"type": "Feature",
                 "properties": {"speed_kmh": 110.0, "x-prop": 1},
                 "geometry": {"type": "LineString", "coordinates": [[38.9, 45.0], [39.3, 45.4]]}}]}}],
             "x-root-last": null}
            """;

    @TempDir
    Path dir;

    @Test
    void theSampleProjectWritesBackTheSameJsonAndKeepsItsAttribution() throws IOException {
        JsonNode original = JSON.readTree(SAMPLE.toFile());
        Project read = ProjectFile.read(SAMPLE);
        assertEquals(472, read.attribution().length());
        assertEquals(read.attribution(), ProjectFile.readAttribution(SAMPLE));

        Path copy = dir.resolve("k.beltmap");
        ProjectFile.write(read.withFile(copy), copy);
        JsonNode written = JSON.readTree(copy.toFile());
        assertEquals(ordered(original), ordered(written), "same members, values and order");
        Project again = ProjectFile.read(copy);
        assertEquals(472, ProjectFile.readAttribution(copy).length());
        assertEquals(ProjectJson.canonical(read, 1), ProjectJson.canonical(again, 1), "same model after the round trip");
    }

    @Test
    void unknownMembersAtEveryLevelAreWrittenBackInTheirPlace() throws IOException {
        Path p = project(WITH_UNKNOWNS);
        ProjectFile.write(ProjectFile.read(p), p);
        assertEquals(ordered(JSON.readTree(WITH_UNKNOWNS)), ordered(JSON.readTree(p.toFile())));
    }

    @Test
    void aModelEditIsWrittenAndUnknownMembersElsewhereSurvive() throws IOException {
        Path p = project(WITH_UNKNOWNS);
        Project read = ProjectFile.read(p);
        List<Centre> centres = new ArrayList<>(read.centres());
        centres.add(new Centre(null, 39.0, 45.1));
        Project edited = new Project(p, 1, read.region(), read.layers(), centres,
                scaledSpeeds(read.settings(), 1.5).withBundles(read.settings().bundles().withWidthKm(3)),
                read.publishedAreaKm2(), read.rayEdits(), read.townEdits(), read.scoring(), read.scenarios(),
                read.activeScenario(), read.lectureCaptions(), read.attribution(), read.source())
                .withoutLayer("roads");
        ProjectFile.write(edited, p);

        Project back = ProjectFile.read(p);
        assertEquals(135.0, back.settings().speedFor("federal_M"), 1e-9);
        assertEquals(90.0, back.settings().defaultSpeedKmh(), 1e-9);
        assertEquals(3.0, back.settings().bundles().widthKm(), 1e-9);
        assertEquals(List.of("towns"), back.layers().stream().map(LayerSpec::id).toList(), "the deleted layer stays deleted");
        assertEquals(2, back.centres().size());
        assertEquals("© OpenStreetMap contributors (ODbL 1.0)", back.attribution());

        JsonNode root = JSON.readTree(p.toFile());
        assertFalse(root.toString().contains("x-roads"), "nothing of the deleted layer comes back");
        assertEquals(List.of("version", "x-root-first", "region", "attribution", "layers", "centres", "settings",
                "scenarios", "x-root-last"), names(root));
        assertEquals(List.of("id", "kind", "x-layer", "path", "fields", "style"), names(root.get("layers").get(0)));
        assertEquals(7, root.at("/layers/0/style/x-style").asInt());
        assertEquals("pinned", root.at("/centres/0/x-centre").asText());
        assertEquals(List.of("x-settings-first", "speedsKmh", "defaultSpeedKmh", "bundles", "x-settings-last"),
                names(root.get("settings")), "changed members are rewritten in place, defaults are not added");
        assertEquals(List.of("widthKm", "x-bundles", "stripKm"), names(root.at("/settings/bundles")));
        // Default speeds the file relied on changed too, so they are written now, in the canonical order.
        assertEquals(List.of("federal_A", "federal_M", "federal_R", "local", "railway", "regional"),
                names(root.at("/settings/speedsKmh")));
        assertEquals(120.0, back.settings().speedFor("federal_A"), 1e-9);
        assertEquals("N.", root.at("/scenarios/0/x-scenario/author").asText());
        assertEquals(1, root.at("/scenarios/0/added/features/0/properties/x-prop").asInt());
    }

    @Test
    void aLayerEntryThisBuildCannotReadIsKeptOnSave() throws IOException {
        Path p = project("""
                {"version": 1, "layers": [
                  {"id": "towns", "kind": "towns", "path": "towns.geojson"},
                  {"id": "tiles", "kind": "hologram", "path": "tiles.mbtiles"},
                  {"id": "roads", "kind": "roads", "path": "roads.geojson"}]}""");
        ProjectFile.Read r = ProjectFile.readChecked(p);
        assertEquals(1, r.problems().size(), r.problems()::toString);
        ProjectFile.write(r.project().withoutLayer("towns"), p);
        JsonNode layers = JSON.readTree(p.toFile()).get("layers");
        assertEquals(List.of("tiles", "roads"), ids(layers), "the unreadable entry stays where it was");
    }

    @Test
    void layersAddedAndReorderedAreWrittenInTheModelsOrder() throws IOException {
        Path p = project(WITH_UNKNOWNS);
        Project read = ProjectFile.read(p);
        LayerSpec rivers = new LayerSpec("rivers", LayerKind.RIVERS, "rivers.geojson", LocalizedText.of("Rivers"),
                true, Map.of(), null, null, null);
        ProjectFile.write(read.withLayers(List.of(read.layers().get(1), rivers, read.layers().get(0))), p);
        JsonNode layers = JSON.readTree(p.toFile()).get("layers");
        assertEquals(List.of("roads", "rivers", "towns"), ids(layers));
        assertTrue(layers.get(0).path("x-roads").asBoolean());
        assertEquals("keep me", layers.get(2).path("x-layer").asText());
    }

    @Test
    void aScenarioSavedAsBareGeoJsonIsRewrittenWholeWhenEdited() throws IOException {
        Path p = project("""
                {"version": 1, "layers": [], "scenarios": [{"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"speed_kmh": 100},
                   "geometry": {"type": "LineString", "coordinates": [[38.9, 45.0], [39.3, 45.4]]}}]}]}""");
        Project read = ProjectFile.read(p);
        ProjectFile.write(read.withScenarios(List.of(read.scenarios().get(0).withClassSpeed("regional", 70)), null), p);
        Project back = ProjectFile.read(p);
        assertEquals("scenario 1", back.scenarios().get(0).name());
        assertEquals(1, back.scenarios().get(0).added().size(), "the planned line is still there");
        assertEquals(100.0, back.scenarios().get(0).added().get(0).speedKmh());
        assertEquals(Map.of("regional", 70.0), back.scenarios().get(0).classSpeeds());
        assertFalse(JSON.readTree(p.toFile()).at("/scenarios/0").has("features"));
    }

    @Test
    void aNewProjectIsWrittenInTheCanonicalOrder() throws IOException {
        Project p = new Project(null, 1, LocalizedText.of("New"), List.of(), List.of(Centre.ofTown("Краснодар")),
                Settings.defaults(), 100.0).withAttribution("GeoNames (CC BY 4.0)");
        JsonNode root = JSON.readTree(ProjectFile.toJson(p));
        assertEquals(List.of("version", "region", "publishedAreaKm2", "attribution", "layers", "centres", "settings",
                "scoring"), names(root));
        assertTrue(root.at("/settings/railwaysInNetwork").isBoolean());
    }

    @Test
    void railwaysInNetworkIsReadAndWritten() throws IOException {
        Path p = project("{\"version\": 1, \"layers\": [], \"settings\": {\"railwaysInNetwork\": true}}");
        Project read = ProjectFile.read(p);
        assertTrue(read.settings().railwaysInNetwork());
        ProjectFile.write(read.withSettings(read.settings().withRailwaysInNetwork(false)), p);
        assertFalse(ProjectFile.read(p).settings().railwaysInNetwork());
    }

    private Path project(String json) throws IOException {
        Path p = dir.resolve("p.beltmap");
        Files.writeString(p, json);
        return p;
    }

    /** Compact text: equal only when members, values and member order are all equal. */
    private static String ordered(JsonNode n) throws IOException {
        return JSON.writeValueAsString(n);
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> ids(JsonNode layers) {
        List<String> out = new ArrayList<>();
        layers.forEach(l -> out.add(l.path("id").asText()));
        return out;
    }

    /** Class and default speeds times {@code f}, the access speed as it was (so only those members change). */
    private static org.beltmap.core.model.Settings scaledSpeeds(org.beltmap.core.model.Settings s, double f) {
        java.util.Map<String, Double> speeds = new java.util.LinkedHashMap<>();
        s.speedsKmh().forEach((k, v) -> speeds.put(k, v * f));
        return s.withSpeeds(speeds, s.defaultSpeedKmh() * f);
    }
}
