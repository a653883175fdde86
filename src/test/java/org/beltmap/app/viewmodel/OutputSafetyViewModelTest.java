package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's exports and Save As never write over the project's inputs; a project without roads still opens. */
class OutputSafetyViewModelTest {

    @TempDir
    Path dir;
    MainViewModel vm;
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void copyProject() throws IOException {
        for (String f : List.of("outputs_project.beltmap", "project_no_roads.beltmap", "good_towns.geojson",
                "good_lines.geojson", "outputs_join.csv")) {
            Files.copy(Path.of("src/test/resources/bad").resolve(f), dir.resolve(f));
        }
        vm = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(dir.resolve("settings.json")),
                Runnable::run, Runnable::run);
        vm.setErrorHandler(errors::add);
    }

    @Test
    void dataExportsAndSaveAsRefuseTheProjectsInputs() throws IOException {
        vm.open(dir.resolve("outputs_project.beltmap"));
        assertNotNull(vm.analysis().resultProperty().get(), () -> "analysed: " + errors);
        byte[] join = Files.readAllBytes(dir.resolve("outputs_join.csv"));
        byte[] towns = Files.readAllBytes(dir.resolve("good_towns.geojson"));
        List<String> failed = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        vm.exports().exportData(ExportViewModel.DataFormat.CSV, dir.resolve("outputs_join.csv"), written::addAll,
                failed::add);
        vm.exports().exportData(ExportViewModel.DataFormat.GEOJSON, dir, written::addAll, failed::add);
        assertEquals(2, failed.size(), failed::toString);
        assertTrue(failed.get(0).contains("is the join table of layer 'towns'"), failed.get(0));
        assertTrue(failed.get(1).contains("is the folder of the project outputs_project.beltmap"), failed.get(1));
        assertTrue(written.isEmpty());

        assertFalse(vm.save(dir.resolve("good_towns.geojson")), "Save As onto a layer file");
        assertTrue(errors.get(errors.size() - 1).contains("is the file of layer 'towns'"), errors::toString);
        assertArrayEquals(join, Files.readAllBytes(dir.resolve("outputs_join.csv")));
        assertArrayEquals(towns, Files.readAllBytes(dir.resolve("good_towns.geojson")));

        vm.exports().exportData(ExportViewModel.DataFormat.GPKG, dir.resolve("out/analysis.gpkg"), written::addAll,
                failed::add);
        assertEquals(List.of(dir.resolve("out/analysis.gpkg")), written, failed::toString);
    }

    @Test
    void aProjectWithoutRoadsOpensAndSaysWhyThereIsNoAnalysis() {
        vm.open(dir.resolve("project_no_roads.beltmap"));
        assertNotNull(vm.getRegion());
        assertEquals(2, vm.getRegion().towns().size(), "the towns are on the map");
        assertTrue(errors.stream().anyMatch(e -> e.contains("project_no_roads.beltmap: has no roads layer")),
                errors::toString);
    }
}
