package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.osm.OsmImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a project imported from OSM, the settings dialog lists every highway class; a slower primary is a slower МТД. */
class OsmSpeedSettingsTest {

    static final Path ANDORRA = Path.of("src/test/resources/osm/andorra-2013.osm.pbf");
    static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    MainViewModel vm;
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        OsmImport.Summary s = OsmImport.run(new OsmImport.Options(ANDORRA, "Andorra la Vella", dir.resolve("andorra"),
                null, null, null), (step, f) -> { }, () -> false);
        vm = new MainViewModel(EN, AppSettings.load(dir.resolve("settings.json")), Runnable::run, Runnable::run);
        vm.setErrorHandler(errors::add);
        vm.open(s.project());
        // The extract tags only the capital's population: that is the one thing said on opening.
        assertTrue(errors.stream().allMatch(e -> e.contains("have no population")), errors::toString);
    }

    Map<String, Double> mtd() {
        return vm.analysis().outcomeProperty().get().belts().towns().stream()
                .collect(Collectors.toMap(a -> a.town().nameEn(), TownAccess::mtdMin));
    }

    @Test
    void everyOsmClassHasALabelledSpeedField() {
        SettingsViewModel s = new SettingsViewModel(EN, vm.getRegion());
        List<String> classes = s.roadClasses();
        for (String c : List.of("motorway", "motorway_link", "trunk", "primary", "primary_link", "secondary",
                "tertiary", "unclassified", "residential", "living_street", "service", "track", "ferry")) {
            assertTrue(classes.contains(c), c + " in " + classes);
            assertTrue(s.isOsmClass(c), c);
        }
        assertTrue(classes.indexOf("motorway") < classes.indexOf("primary")
                && classes.indexOf("primary") < classes.indexOf("track"), "in the road hierarchy's order: " + classes);
        assertEquals("Primary roads (primary)", s.label("speed.primary"));
        assertEquals("70", s.text("speed.primary").get());
        s.text("speed.primary_link").set("400");
        assertFalse(s.validProperty().get());
        assertTrue(s.problems().get(0).startsWith("Primary road links (primary_link) must be more than"), s.problems()::toString);
    }

    @Test
    void aSlowerPrimarySpeedIsOneUndoableEditThatSlowsTheTowns() {
        Map<String, Double> before = mtd();
        SettingsViewModel s = new SettingsViewModel(EN, vm.getRegion());
        s.text("speed.primary").set("35");
        SettingsViewModel.Choice c = s.apply();
        vm.setAnalysisSettings(c.settings(), c.centres());
        assertEquals(35.0, vm.getRegion().project().settings().speedFor("primary"));
        Map<String, Double> after = mtd();
        // The CG-3 to Ordino has primary stretches without a maxspeed tag: those now run at 35 km/h.
        assertTrue(after.get("Ordino") > before.get("Ordino") + 0.5, before.get("Ordino") + " → " + after.get("Ordino"));
        before.forEach((town, min) -> assertTrue(after.get(town) >= min - 1e-9, town));
        assertEquals("change analysis settings", vm.undo().undoTextProperty().get());
        vm.undo().undo();
        assertEquals(before, mtd());
        assertEquals(70.0, vm.getRegion().project().settings().speedFor("primary"));
    }
}
