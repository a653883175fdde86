package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.core.io.ProjectFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lecture's story on the sample, stepped with plain JUnit (analysis inline). */
class LectureViewModelTest {

    @TempDir
    Path dir;
    MainViewModel vm;
    LectureViewModel lecture;

    @BeforeEach
    void open() throws Exception {
        Path project = dir.resolve("krai/krasnodar-krai.beltmap");
        copySample(project.getParent());
        vm = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(dir.resolve("s.json")), Runnable::run,
                Runnable::run);
        vm.open(project);
        lecture = vm.lecture();
    }

    @Test
    void stepsForwardThroughTheStoryAndBackWithTheRightLayers() {
        Map<String, Boolean> before = visibility();
        lecture.start();
        assertTrue(lecture.activeProperty().get());
        assertEquals(LectureViewModel.Step.REGION, lecture.step());
        assertEquals("The region and its towns", lecture.titleProperty().get());
        assertFalse(vm.isVisible(LayerItem.ISOCHRONES));
        assertEquals(AnalysisViewModel.ColourMode.SIZE_CLASS, vm.analysis().colourModeProperty().get());
        assertTrue(lecture.highlights().get(0).startsWith("26 towns"), lecture.highlights()::toString);

        assertTrue(lecture.next());
        assertTrue(vm.isVisible(LayerItem.ISOCHRONES));
        assertEquals(3, lecture.highlights().size(), "one line per isochrone interval: " + lecture.highlights());
        assertTrue(lecture.next());
        assertEquals(AnalysisViewModel.ColourMode.BELT, vm.analysis().colourModeProperty().get());
        assertTrue(lecture.highlights().get(0).startsWith("Belt 1:"), lecture.highlights()::toString);
        assertTrue(lecture.next());
        assertTrue(vm.isVisible(LayerItem.RAYS));
        assertTrue(lecture.highlights().stream().anyMatch(h -> h.startsWith("M-4 north")), lecture.highlights()::toString);
        assertTrue(lecture.next());
        assertTrue(vm.isVisible(LayerItem.BUNDLES) && vm.isVisible("railways"));
        assertTrue(lecture.next());
        assertEquals(AnalysisViewModel.ColourMode.SCORE, vm.analysis().colourModeProperty().get());
        assertTrue(lecture.next());
        assertEquals(LectureViewModel.Step.WHAT_IF, lecture.step());
        assertEquals("Expressway Krasnodar – Korenovsk", vm.scenario().activeName(), "the sample's saved scenario");
        assertTrue(lecture.highlights().stream().anyMatch(h -> h.startsWith("Korenovsk: 54 → 33 min")),
                lecture.highlights()::toString);
        assertEquals("7 / 7", lecture.position());
        assertFalse(lecture.next(), "the story ends at the what-if step");

        for (int i = 6; i > 0; i--) {
            assertTrue(lecture.previous());
        }
        assertEquals(LectureViewModel.Step.REGION, lecture.step());
        assertFalse(lecture.previous());
        assertEquals(null, vm.scenario().activeName());

        lecture.stop();
        assertEquals(before, visibility(), "leaving restores every layer");
        assertEquals(AnalysisViewModel.ColourMode.SIZE_CLASS, vm.analysis().colourModeProperty().get());
        assertFalse(vm.undo().modifiedProperty().get(), "a lecture is not an edit of the project");
    }

    @Test
    void anEditedCaptionIsUndoableAndSavedWithTheProject() throws Exception {
        lecture.start();
        lecture.next();
        String original = lecture.captionProperty().get();
        lecture.editCaption("Полчаса, сорок пять минут и полтора часа от Краснодара.");
        assertEquals("Полчаса, сорок пять минут и полтора часа от Краснодара.", lecture.captionProperty().get());
        vm.undo().undo();
        assertEquals(original, lecture.captionProperty().get());
        vm.undo().redo();
        lecture.stop();
        assertTrue(vm.save(null));
        var saved = ProjectFile.read(vm.getRegion().project().file());
        assertEquals("Полчаса, сорок пять минут и полтора часа от Краснодара.", saved.lectureCaptions().get("isochrones"));
        assertNotEquals(original, saved.lectureCaptions().get("isochrones"));
    }

    private Map<String, Boolean> visibility() {
        Map<String, Boolean> m = new HashMap<>();
        vm.layers().forEach(l -> m.put(l.id(), l.isVisible()));
        return m;
    }

    static void copySample(Path to) throws Exception {
        Path from = Path.of("sample-data/krasnodar-krai");
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }
}
