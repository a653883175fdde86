package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.app.viewmodel.BeltTableViewModel.Kind;
import org.beltmap.app.viewmodel.BeltTableViewModel.Row;
import org.beltmap.core.metrics.BeltStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Metrics tab's belt table follows the analysis and the active scenario, in the UI language. */
class BeltTableViewModelTest {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");
    static final String SCENARIO = "Expressway Krasnodar – Korenovsk";

    @TempDir
    Path dir;

    MainViewModel open(Locale locale) {
        MainViewModel vm = new MainViewModel(new Messages(locale), AppSettings.load(dir.resolve("s.json")),
                Runnable::run, Runnable::run);
        vm.open(SAMPLE);
        return vm;
    }

    @Test
    void oneRowPerBeltThenTheUnreachableAndTheTotalAsTheAnalysisCounted() {
        MainViewModel vm = open(Locale.ENGLISH);
        BeltTableViewModel t = vm.metrics().belts();
        BeltStatistics s = vm.analysis().resultProperty().get().beltStatistics();
        List<Row> rows = t.rows();
        assertEquals(List.of(Kind.BELT, Kind.BELT, Kind.BELT, Kind.UNREACHABLE, Kind.TOTAL),
                rows.stream().map(Row::kind).toList());
        Row first = rows.get(0);
        assertEquals("1", first.cell("belt"));
        assertEquals("≤ 45", first.cell("range"));
        assertEquals("45–90", rows.get(1).cell("range"));
        assertEquals("> 90", rows.get(2).cell("range"));
        Messages m = new Messages(Locale.ENGLISH);
        for (int i = 0; i < 3; i++) {
            BeltStatistics.Row b = s.belts().get(i);
            assertEquals(m.integer(b.population()), rows.get(i).cell("population"));
            assertEquals(m.decimal(b.areaKm2(), 0), rows.get(i).cell("area"), "every belt has its area");
            assertEquals(m.decimal(b.densityPerKm2(), 1), rows.get(i).cell("density"));
        }
        assertEquals("26", rows.get(4).cell("towns"), "the total counts every town");
        assertEquals(m.integer(s.population()), rows.get(4).cell("population"));
        assertTrue(s.population() > 4_000_000, "towns and settlements: " + s.population());
        assertTrue(first.cell("population").contains(","), "English grouping: " + first.cell("population"));
        assertNull(t.scenarioProperty().get());
        assertTrue(t.noteProperty().get().startsWith("Population: the towns and the settlements layer"),
                t.noteProperty().get());
    }

    @Test
    void withTheScenarioActiveEachBeltShowsBeforeAfterAndTheChangeAndBackWithout() {
        MainViewModel vm = open(Locale.forLanguageTag("ru"));
        BeltTableViewModel t = vm.metrics().belts();
        BeltStatistics before = vm.analysis().resultProperty().get().beltStatistics();
        vm.scenario().activate(SCENARIO);
        BeltStatistics after = vm.scenario().resultProperty().get().analysis().beltStatistics();

        assertEquals(SCENARIO, t.scenarioProperty().get());
        List<Row> rows = t.rows();
        assertEquals(List.of(Kind.BELT, Kind.SCENARIO, Kind.CHANGE, Kind.BELT, Kind.SCENARIO, Kind.CHANGE, Kind.BELT,
                Kind.SCENARIO, Kind.CHANGE, Kind.UNREACHABLE, Kind.TOTAL), rows.stream().map(Row::kind).toList(),
                "no scenario rows under an empty unreachable row");
        Messages m = new Messages(Locale.forLanguageTag("ru"));
        assertEquals("сценарий", rows.get(1).cell("belt"));
        assertEquals(m.integer(after.belts().get(0).population()), rows.get(1).cell("population"));
        long grew = after.belts().get(0).population() - before.belts().get(0).population();
        assertTrue(grew > 0, "the expressway brings people into belt 1: " + grew);
        assertEquals("+" + m.integer(grew), rows.get(2).cell("population"));
        assertTrue(rows.get(2).cell("area").startsWith("+"), "belt 1 grows: " + rows.get(2).cell("area"));
        assertTrue(rows.get(5).cell("area").startsWith("−") || rows.get(5).cell("area").startsWith("+"),
                rows.get(5).cell("area"));
        assertTrue(rows.get(0).cell("population").contains("\u00a0") || rows.get(0).cell("population")
                .contains("\u202f"), "Russian grouping: " + rows.get(0).cell("population"));
        assertTrue(t.noteProperty().get().contains("«" + SCENARIO + "»"), t.noteProperty().get());

        vm.scenario().activate(null);
        assertNull(t.scenarioProperty().get());
        assertEquals(5, t.rows().size(), "the base alone again");
    }
}
