package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planned road in the app: changes listed, comparison CSV, undo restores the base exactly. */
class ScenarioViewModelTest {

    @Test
    void aPlannedExpresswayMovesKorenovskAndUndoRestoresTheBase(@TempDir Path dir) {
        MainViewModel vm = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(dir.resolve("s.json")),
                Runnable::run, Runnable::run);
        vm.open(Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap"));
        ScenarioViewModel sc = vm.scenario();
        sc.addRoad(List.of(new double[] {38.975, 45.04}, new double[] {39.2, 45.25}, new double[] {39.459, 45.464}),
                110, "expressway");
        var korenovsk = sc.changes().stream().filter(c -> c.town().nameEn().equals("Korenovsk")).findFirst()
                .orElseThrow();
        assertTrue(korenovsk.deltaMin() < -10, "" + korenovsk.deltaMin());
        assertEquals(1, korenovsk.beltAfter(), "into belt 1");
        assertTrue(sc.csv().startsWith("id,town_ru,town_en,mtd_before,mtd_after,delta_min,belt_before,belt_after,score_before,score_after"));
        assertTrue(sc.csv().contains("Korenovsk"));
        assertEquals(3, sc.resultProperty().get().isochrones().size());
        double before = korenovsk.mtdAfter();
        sc.moveVertex(0, 2, 40.5, 45.9);  // drag the road's end far from Korenovsk
        var moved = sc.changes().stream().filter(c -> c.town().nameEn().equals("Korenovsk")).findFirst();
        assertTrue(moved.isEmpty() || moved.get().mtdAfter() > before + 5, "Korenovsk loses most of the gain");
        vm.undo().undo();
        assertEquals(before, sc.changes().stream().filter(c -> c.town().nameEn().equals("Korenovsk")).findFirst()
                .orElseThrow().mtdAfter(), 1e-9, "undo restores the exact result");
        sc.removeRoad(0);
        assertTrue(sc.changes().isEmpty(), "no road, no change");
        vm.undo().undo();
        assertEquals(1, sc.scenarioProperty().get().added().size());
        vm.undo().undo();
        assertTrue(sc.scenarioProperty().get().isEmpty());
        assertTrue(sc.changes().isEmpty());
        assertNull(sc.resultProperty().get());
    }
}
