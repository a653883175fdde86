package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.core.model.Centre;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.SizeClassScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysis settings changed as one undoable edit: the analysis re-runs, undo brings the old figures back, save keeps them. */
class SettingsEditTest {

    @TempDir
    Path dir;
    MainViewModel vm;
    Path project;
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        project = dir.resolve("krai/krasnodar-krai.beltmap");
        LectureViewModelTest.copySample(project.getParent());
        vm = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(dir.resolve("settings.json")),
                Runnable::run, Runnable::run);
        vm.setErrorHandler(errors::add);
        vm.open(project);
        assertTrue(errors.isEmpty(), errors::toString);
    }

    TownAccess access(String nameEn) {
        return vm.analysis().outcomeProperty().get().belts().towns().stream()
                .filter(a -> a.town().nameEn().equals(nameEn)).findFirst().orElseThrow();
    }

    Settings slowFederalRoads() {
        Settings s = vm.getRegion().project().settings();
        Map<String, Double> speeds = new LinkedHashMap<>(s.speedsKmh());
        speeds.put("federal_M", 45.0);
        speeds.put("federal_A", 40.0);
        speeds.put("federal_R", 40.0);
        return s.withSpeeds(speeds, 30);
    }

    @Test
    void slowerFederalRoadsPushKorenovskOutOfTheSecondBeltAndUndoBringsItBack() {
        Settings before = vm.getRegion().project().settings();
        TownAccess was = access("Korenovsk");
        assertEquals(2, was.belt(), "Korenovsk is 54 min from Krasnodar at the sample's speeds");
        vm.setAnalysisSettings(slowFederalRoads(), vm.getRegion().project().centres());
        assertTrue(access("Korenovsk").mtdMin() > was.mtdMin() + 20, access("Korenovsk").mtdMin() + " min");
        assertEquals(3, access("Korenovsk").belt());
        assertEquals(40.0, vm.getRegion().project().settings().speedFor("federal_A"));
        assertTrue(vm.statusProperty().get().contains("ms"), "the status shows the re-run: " + vm.statusProperty().get());
        assertEquals("change analysis settings", vm.undo().undoTextProperty().get());

        vm.undo().undo();
        assertEquals(before, vm.getRegion().project().settings());
        assertEquals(was.mtdMin(), access("Korenovsk").mtdMin(), 1e-9);
        assertEquals(2, access("Korenovsk").belt());
        vm.undo().redo();
        assertEquals(3, access("Korenovsk").belt());
    }

    @Test
    void theNewSettingsAreSavedWithTheProject() {
        vm.setAnalysisSettings(slowFederalRoads().withBeltThresholds(List.of(60.0, 120.0)),
                List.of(Centre.ofTown("Краснодар"), Centre.ofTown("Сочи")));
        assertTrue(vm.undo().modifiedProperty().get());
        assertTrue(vm.save(null));
        var saved = ProjectFile.read(project);
        assertEquals(40.0, saved.settings().speedFor("federal_R"));
        assertEquals(30.0, saved.settings().defaultSpeedKmh());
        assertEquals(List.of(60.0, 120.0), saved.settings().beltThresholdsMin());
        assertEquals(List.of("Краснодар", "Сочи"), saved.centres().stream().map(Centre::town).toList());
    }

    @Test
    void aSecondCentreIsResolvedAndItsTownIsAtZeroMinutes() {
        assertTrue(access("Sochi").mtdMin() > 100);
        vm.setAnalysisSettings(vm.getRegion().project().settings(),
                List.of(Centre.ofTown("Краснодар"), Centre.ofTown("Sochi")));
        assertEquals(2, vm.centres().size());
        assertEquals(0.0, access("Sochi").mtdMin(), 1e-9);
        assertEquals(1, access("Sochi").belt());
        vm.undo().undo();
        assertEquals(1, vm.centres().size());
        assertTrue(access("Sochi").mtdMin() > 100);
    }

    @Test
    void newSizeBoundsReclassifyTheTownsAndTheSelectionFollows() {
        vm.searchProperty().set("Korenovsk");
        vm.selectFirstMatch();
        assertEquals("small", vm.selectedTownProperty().get().sizeClass().id(), "41,179 people");
        Settings s = vm.getRegion().project().settings();
        SizeClassScheme lower = new SizeClassScheme(List.of(new SizeClass("largest", 1_000_000),
                new SizeClass("large", 250_000), new SizeClass("big", 100_000), new SizeClass("medium", 40_000),
                new SizeClass("small", 0)));
        vm.setAnalysisSettings(new Settings(lower, s.beltThresholdsMin(), s.isochroneMinutes(), s.speedsKmh(),
                s.defaultSpeedKmh(), s.accessSpeedKmh(), s.detourFactor(), s.snapToleranceM(), s.gapJoinM(),
                s.maxAccessKm(), s.bundles(), s.railwaysInNetwork()), vm.getRegion().project().centres());
        assertEquals("medium", vm.selectedTownProperty().get().sizeClass().id());
        assertEquals("medium", vm.towns().stream().filter(t -> t.nameEn().equals("Korenovsk")).findFirst()
                .orElseThrow().sizeClass().id());
        vm.undo().undo();
        assertEquals("small", vm.selectedTownProperty().get().sizeClass().id());
    }

    @Test
    void theSameSettingsAreNoEditAndACalibrationScalesEverySpeed() {
        Settings s = vm.getRegion().project().settings();
        SizeClassScheme copy = new SizeClassScheme(s.sizeClasses().classes());
        vm.setAnalysisSettings(new Settings(copy, s.beltThresholdsMin(), s.isochroneMinutes(), s.speedsKmh(),
                s.defaultSpeedKmh(), s.accessSpeedKmh(), s.detourFactor(), s.snapToleranceM(), s.gapJoinM(),
                s.maxAccessKm(), s.bundles(), s.railwaysInNetwork()), vm.getRegion().project().centres());
        assertFalse(vm.undo().canUndoProperty().get(), "equal bounds in a new scheme object are no change");

        double mtd = access("Korenovsk").mtdMin();
        vm.scaleSpeeds(0.5);
        assertEquals(45.0, vm.getRegion().project().settings().speedFor("federal_M"), 1e-9);
        assertEquals(30.0, vm.getRegion().project().settings().defaultSpeedKmh(), 1e-9);
        assertTrue(access("Korenovsk").mtdMin() > mtd * 1.5, "half speed on the roads: " + access("Korenovsk").mtdMin());
        assertEquals("scale speeds by 0.50", vm.undo().undoTextProperty().get());
        vm.undo().undo();
        assertEquals(mtd, access("Korenovsk").mtdMin(), 1e-9);
    }
}
