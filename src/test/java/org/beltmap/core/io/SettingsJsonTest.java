package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.SettingsCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings in a project file and weights files are read with the rules of SettingsCheck: a bad member is reported
 * with the file and the member and takes its default, the rest of the project stays as written; commands that
 * compute refuse it.
 */
class SettingsJsonTest {

    @TempDir
    Path dir;

    Path project(String settings) throws IOException {
        Files.copy(Path.of("src/test/resources/bad/good_towns.geojson"), dir.resolve("towns.geojson"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path p = dir.resolve("p.beltmap");
        Files.writeString(p, "{\"version\": 1, \"layers\": [{\"id\": \"towns\", \"kind\": \"towns\", \"path\": "
                + "\"towns.geojson\"}], \"centres\": [{\"town\": \"Краснодар\"}], \"settings\": " + settings + "}");
        return p;
    }

    static final String MIXED = """
            {"maxAccessKm": -5, "detourFactor": 1.5, "beltThresholdsMin": ["forty-five", "ninety"],
             "speedsKmh": {"local": "fast", "regional": 55, "ferry": 20}, "x-note": "mine",
             "bundles": {"widthKm": 3, "x-why": "narrow valleys"}}""";

    @Test
    void eachBadMemberIsNamedAndTakesItsDefaultWhileTheRestIsKept() throws IOException {
        Path p = project(MIXED);
        ProjectFile.Read read = ProjectFile.readChecked(p);
        List<String> messages = read.problems().stream().map(DataException::getMessage).toList();
        assertEquals(3, messages.size(), messages::toString);
        assertTrue(messages.stream().allMatch(m -> m.startsWith(p.toString() + ": settings.")), messages::toString);
        assertTrue(messages.get(0).contains("settings.beltThresholdsMin[0]: 'forty-five' is not a number of minutes. "
                + "Fix: write 45"), messages.get(0));
        Settings s = read.project().settings();
        Settings d = Settings.defaults();
        assertEquals(d.beltThresholdsMin(), s.beltThresholdsMin());
        assertEquals(d.maxAccessKm(), s.maxAccessKm());
        assertEquals(d.speedFor("local"), s.speedFor("local"));
        assertEquals(1.5, s.detourFactor());
        assertEquals(55.0, s.speedFor("regional"));
        assertEquals(20.0, s.speedFor("ferry"), "road classes are the data's own: any name is one");
        assertEquals(3.0, s.bundles().widthKm());
        assertEquals(List.of(), SettingsCheck.check(s, read.project().centres()), "what is used passes the check");
    }

    @Test
    void theAppLoadsTheLayersAndShowsTheProblemsButAnalysisCommandsRefuse() throws IOException {
        Path p = project(MIXED);
        Region region = RegionLoader.load(ProjectFile.readChecked(p), (m, f) -> { }, false);
        assertEquals(2, region.towns().size());
        assertEquals(3, region.problems().size(), region.problems()::toString);
        SettingsException e = assertThrows(SettingsException.class, () -> RegionLoader.load(p));
        assertTrue(e.getMessage().contains("settings.beltThresholdsMin[0]") && e.getMessage().contains("2 more "
                + "settings problems"), e.getMessage());
    }

    @Test
    void savingKeepsWhatTheUserWroteForABadMember() throws IOException {
        Path p = project("{\"maxAccessKm\": -5, \"gapJoinM\": 250}");
        Project read = ProjectFile.readChecked(p).project();
        ProjectFile.write(read, p);
        String saved = Files.readString(p);
        assertTrue(saved.contains("\"maxAccessKm\" : -5"), saved);
        assertEquals(1, ProjectFile.readChecked(p).problems().size(), "still reported, not replaced by the default");
    }

    @Test
    void theSampleAndFilesWithoutSettingsHaveNoProblems() throws IOException {
        assertEquals(List.of(), ProjectFile.readChecked(Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap"))
                .problems());
        assertEquals(List.of(), ProjectFile.readChecked(project("null")).problems());
        assertEquals(List.of(), ProjectFile.readChecked(project("{\"x-author\": \"N.\", \"bundles\": {}}")).problems());
    }

    @Test
    void aMisspeltNameIsMatchedToTheNearestKnownOne() {
        assertEquals("detourFactor", JsonMembers.nearest("detorFactor", SettingsJson.MEMBERS));
        assertEquals("speedsKmh", JsonMembers.nearest("speeds", SettingsJson.MEMBERS));
        assertEquals("maxAccessKm", JsonMembers.nearest("maxaccesskm", SettingsJson.MEMBERS));
        assertEquals("widthKm", JsonMembers.nearest("widhtKm", SettingsJson.BUNDLE_MEMBERS));
        assertEquals("weights", JsonMembers.nearest("wieghts", ScoringJson.MEMBERS));
        assertNull(JsonMembers.nearest("colour", SettingsJson.MEMBERS));
    }

    @Test
    void aWeightsFileRoundTripsAndAPartialOneKeepsTheOtherDefaults() throws IOException {
        Path f = dir.resolve("w.json");
        ScoringModel m = ScoringModel.defaults().withWeight(ScoringModel.RAY_STRENGTH, 0.4);
        ScoringModelFile.write(m, f);
        assertEquals(m, ScoringModelFile.read(f));
        Files.writeString(f, "{\"weights\": {\"accessibility\": 0.5}, \"x-by\": \"N.\"}");
        ScoringModel partial = ScoringModelFile.read(f);
        assertEquals(0.5, partial.weights().get(ScoringModel.ACCESSIBILITY));
        assertEquals(ScoringModel.defaults().weights().get(ScoringModel.RAY_PROXIMITY),
                partial.weights().get(ScoringModel.RAY_PROXIMITY));
    }

    @Test
    void aProjectsBadScoringMemberKeepsTheOtherWeights() throws IOException {
        Path p = dir.resolve("s.beltmap");
        Files.writeString(p, "{\"version\": 1, \"layers\": [], \"scoring\": {\"weights\": {\"accessibility\": 1e400, "
                + "\"ray_strength\": 0.5}, \"rayHalfKm\": 20}}");
        ProjectFile.Read read = ProjectFile.readChecked(p);
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0) instanceof SettingsException);
        assertEquals(0.3, read.project().scoring().weights().get(ScoringModel.ACCESSIBILITY));
        assertEquals(0.5, read.project().scoring().weights().get(ScoringModel.RAY_STRENGTH));
        assertEquals(20.0, read.project().scoring().rayHalfKm());
    }
}
