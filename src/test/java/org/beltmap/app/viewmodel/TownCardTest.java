package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.Town;
import org.beltmap.core.model.TownEdits;
import org.junit.jupiter.api.Test;

/** Card rows: published and recomputed density side by side, flagged only when they disagree. */
class TownCardTest {

    static final Messages EN = new Messages(Locale.ENGLISH);

    static TownCard.Row row(List<TownCard.Row> rows, String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void consistentPublishedDensityIsNotFlagged() {
        Town t = new Town("T", "Тихорецк", "Tikhoretsk", 40.1, 45.9, 61_825, null,
                new Published(59_981L, 76.0, 789.2, null, null, null, "paper"), Map.of());
        TownCard.Row r = row(TownCard.rows(t, false, EN), "Density, recomputed");
        assertEquals("789.2 persons/km²", r.value());
        assertNull(r.warning());
    }

    @Test
    void inconsistentPublishedDensityIsFlagged() {
        Town t = new Town("T", "Х", "X", 40.1, 45.9, 10_000, null,
                new Published(10_000L, 100.0, 300.0, null, null, null, "paper"), Map.of());
        TownCard.Row r = row(TownCard.rows(t, false, EN), "Density, recomputed");
        assertEquals("100.0 persons/km²", r.value());
        assertNotNull(r.warning());
    }

    @Test
    void statusesAreEditableDataAndCriteriaUnknownWithoutData() {
        Town t = new Town("T", "Х", "X", 40.1, 45.9, 10_000, null, Published.NONE, Map.of());
        List<TownCard.Row> rows = TownCard.statusRows(t, TownEdits.NONE, EN);
        assertEquals("monotown", row(rows, "Monotown").editField());
        assertEquals("unknown", row(rows, "Innovative small town").value());
        rows = TownCard.statusRows(t, TownEdits.NONE.with("T", "monotown", "yes"), EN);
        assertEquals("yes", row(rows, "Monotown").value(), "a status reads yes / no, not met");
    }

    @Test
    void publishedFiguresCarryYearAndSourceFromTheData() {
        Town t = new Town("T", "Х", "X", 40.1, 45.9, 10_000, null,
                new Published(10_000L, 100.0, 100.0, null, "~45 min", 2, "regional-planning paper (2014 data)"),
                Map.of("population_source", "hflabs/city 2021-10 (as in Russian Wikipedia; mostly 2010 census)"));
        List<TownCard.Row> rows = TownCard.rows(t, false, EN);
        assertEquals("100.0 km² (2014, paper)", row(rows, "Area, publ.").value());
        assertEquals("~45 min (2014, paper)", row(rows, "МТД, publ.").value());
        assertEquals("10,000 persons (2010, hflabs/city)", row(rows, "Population").value(), "the census year");
        Town bare = new Town("U", "Х", "X", 40.1, 45.9, -1, null,
                new Published(null, 12.0, null, null, null, null, null), Map.of());
        assertEquals("12.0 km² (published)", row(TownCard.rows(bare, false, EN), "Area, publ.").value(),
                "no year invented when the data names no source");
    }
}
