package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.core.rays.Ray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ray edits: rename, move, delete and draw are undoable, and a saved project brings them back. */
class RaysViewModelTest {

    @TempDir
    Path dir;
    MainViewModel vm;
    Path project;

    @BeforeEach
    void open() throws Exception {
        // A copy of the sample and its data: saves and autosaves never touch sample-data/.
        project = org.beltmap.testing.Sample.copyTo(dir.resolve("project"));
        vm = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(dir.resolve("s.json")), Runnable::run,
                Runnable::run);
        vm.open(project);
    }

    Ray ray(String name) {
        return vm.rays().rays().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void townValuesAreUndoableAndSaved() throws Exception {
        var korenovsk = vm.towns().stream().filter(t -> t.nameEn().equals("Korenovsk")).findFirst().orElseThrow();
        vm.setTownValue(korenovsk, "investment_mrub_3y", "75");
        var card = TownCard.statusRows(korenovsk, vm.townEditsProperty().get(), new Messages(Locale.ENGLISH));
        assertEquals("met", card.get(card.size() - 1).value(), "all three criteria met");
        vm.undo().undo();
        card = TownCard.statusRows(korenovsk, vm.townEditsProperty().get(), new Messages(Locale.ENGLISH));
        assertEquals("unknown", card.get(card.size() - 1).value());
        vm.undo().redo();
        assertTrue(vm.save(null));
        vm.open(project);
        assertEquals("75", vm.townEditsProperty().get().get(korenovsk.id(), "investment_mrub_3y"));
    }

    @Test
    void weightsAreUndoableAndSavedInTheProject() throws Exception {
        var changed = org.beltmap.core.model.ScoringModel.defaults()
                .withWeight(org.beltmap.core.model.ScoringModel.ACCESSIBILITY, 0.9);
        vm.setScoring(changed);
        assertEquals(changed, vm.analysis().scoringProperty().get());
        vm.undo().undo();
        assertEquals(org.beltmap.core.model.ScoringModel.defaults(), vm.analysis().scoringProperty().get());
        vm.undo().redo();
        assertTrue(vm.save(null));
        assertEquals(0.9, ProjectFile.read(project).scoring().weights().get("accessibility"));
        vm.open(project);
        assertEquals(changed, vm.analysis().scoringProperty().get());
    }

    @Test
    void scenariosAreSavedWithTheProjectAndTheActiveOneReopens() throws Exception {
        var c = vm.getRegion().centres().get(0);
        vm.scenario().create("Bypass");
        vm.scenario().addRoad(List.of(new double[] {c.lon(), c.lat()}, new double[] {39.459, 45.464}), 110, "E1");
        vm.scenario().create("Empty");
        vm.scenario().activate("Bypass");
        assertEquals(List.of("Expressway Krasnodar – Korenovsk", "Bypass", "Empty"), List.copyOf(vm.scenario().names()),
                "the sample's saved scenario, then the two new ones");
        assertTrue(vm.save(null));
        vm.open(project);
        assertEquals("Bypass", vm.scenario().activeName());
        assertEquals(1, vm.scenario().scenarioProperty().get().added().size());
        assertEquals(110.0, vm.scenario().scenarioProperty().get().added().get(0).speedKmh());
        assertEquals(3, vm.scenario().names().size());
    }

    @Test
    void autosaveKeepsUnsavedEditsAndARestartRestoresThem() throws Exception {
        assertFalse(vm.autosave(), "nothing to keep before an edit");
        vm.rays().rename(ray("M-4 north"), "Don north");
        assertTrue(vm.autosave());
        assertTrue(Files.exists(MainViewModel.recoveryFile(project)));
        assertEquals(0, ProjectFile.read(project).rayEdits().rays().size(), "the project itself is untouched");
        // A new session (after a crash) finds the recovery file and restores from it.
        MainViewModel next = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(dir.resolve("s2.json")),
                Runnable::run, Runnable::run);
        List<Path> offered = new java.util.ArrayList<>();
        next.setRecoveryHandler(offered::add);
        next.open(project);
        assertEquals(List.of(project), offered);
        next.restore(project);
        assertTrue(next.rays().rays().stream().anyMatch(r -> r.name().equals("Don north")));
        assertTrue(next.undo().modifiedProperty().get(), "restored edits still need a save");
        assertTrue(next.save(null));
        assertFalse(Files.exists(MainViewModel.recoveryFile(project)), "a save removes the recovery file");
    }

    @Test
    void addingALayerIsUndoableKeepsEditsAndIsSaved() throws Exception {
        vm.rays().rename(ray("M-4 north"), "Don north");
        int before = vm.layers().size();
        vm.addLayer(project.resolveSibling("coastline_ne10m.geojson"), org.beltmap.core.model.LayerKind.COAST, null);
        assertEquals(before + 1, vm.layers().size());
        assertTrue(vm.getRegion().layer("coastline_ne10m").isPresent());
        assertTrue(vm.rays().rays().stream().anyMatch(r -> r.name().equals("Don north")), "edits survive the reload");
        vm.undo().undo();
        assertEquals(before, vm.layers().size());
        vm.undo().redo();
        assertTrue(vm.save(null));
        assertTrue(ProjectFile.read(project).layer("coastline_ne10m").map(l -> l.path().equals("coastline_ne10m.geojson"))
                .orElse(false), "saved with a path relative to the project");
    }

    @Test
    void derivedRaysArrive() {
        assertTrue(vm.rays().rays().size() >= 2);
        assertFalse(ray("M-4 north").userDefined());
    }

    @Test
    void renameIsUndoableAndMarksTheRayUserDefined() {
        vm.rays().rename(ray("M-4 north"), "Don north");
        assertTrue(ray("Don north").userDefined());
        assertTrue(vm.rays().rays().stream().noneMatch(r -> r.name().equals("M-4 north")), "replaced, not doubled");
        assertTrue(vm.undo().modifiedProperty().get());
        vm.undo().undo();
        assertFalse(ray("M-4 north").userDefined());
        assertTrue(vm.rays().rays().stream().noneMatch(r -> r.name().equals("Don north")));
        vm.undo().redo();
        assertTrue(ray("Don north").userDefined());
    }

    @Test
    void movingAVertexChangesTheLineAndUndoRestoresIt() {
        Ray south = ray("M-4 south");
        double before = south.lengthKm();
        List<double[]> v = vm.rays().vertices(south);
        double[] last = v.get(v.size() - 1);
        vm.rays().moveVertex(south, v.size() - 1, last[0] + 0.5, last[1]);
        Ray moved = ray("M-4 south");
        assertTrue(moved.userDefined());
        assertEquals(last[0] + 0.5, moved.line().getCoordinates()[moved.line().getNumPoints() - 1].x, 1e-9);
        vm.undo().undo();
        assertEquals(before, ray("M-4 south").lengthKm(), 1e-9);
    }

    @Test
    void deleteThenDrawThenSaveAndReopen() throws Exception {
        int n = vm.rays().rays().size();
        vm.rays().delete(ray("M-4 south"));
        assertEquals(n - 1, vm.rays().rays().size());
        var c = vm.getRegion().centres().get(0);
        vm.rays().add("Kuban ray", List.of(new double[] {c.lon(), c.lat()}, new double[] {c.lon() + 1.5, c.lat() + 0.2}));
        Ray kuban = ray("Kuban ray");
        assertTrue(kuban.userDefined());
        assertTrue(kuban.lengthKm() > 100 && kuban.lengthKm() < 140, "" + kuban.lengthKm());
        assertTrue(vm.save(null));
        assertFalse(vm.undo().modifiedProperty().get());
        assertEquals(1, ProjectFile.read(project).rayEdits().rays().size());
        // Reopen: the edits come back, the deleted ray stays deleted.
        vm.open(project);
        assertTrue(vm.rays().rays().stream().anyMatch(r -> r.name().equals("Kuban ray") && r.userDefined()));
        assertTrue(vm.rays().rays().stream().noneMatch(r -> r.name().equals("M-4 south")));
        assertTrue(Files.exists(project.resolveSibling(project.getFileName() + ".bak")), "previous save kept");
    }
}
