package org.beltmap.core.towns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.Town;
import org.beltmap.core.model.TownEdits;
import org.beltmap.core.towns.TownStatus.Answer;
import org.junit.jupiter.api.Test;

class TownStatusTest {

    static Town town(long pop, String district) {
        return new Town("T1", "Кореновск", "Korenovsk", 39.46, 45.46, pop, null, Published.NONE,
                district == null ? Map.of() : Map.of("district_ru", district));
    }

    @Test
    void missingDataIsUnknownNeverGuessed() {
        var checks = TownStatus.innovative(town(41_179, null), TownEdits.NONE);
        assertEquals(Answer.UNKNOWN, checks.get(0).answer(), "no municipal data");
        assertEquals(Answer.MET, checks.get(1).answer());
        assertEquals(Answer.UNKNOWN, checks.get(2).answer(), "investment not recorded");
        assertEquals(Answer.UNKNOWN, TownStatus.overall(checks));
    }

    @Test
    void recordedValuesDecideAndOneFailureFailsAll() {
        Town t = town(41_179, "Кореновский р-н");
        TownEdits e = TownEdits.NONE.with("T1", TownStatus.INVESTMENT, "75");
        var checks = TownStatus.innovative(t, e);
        assertEquals(Answer.MET, checks.get(0).answer(), "seat of a district: urban settlement");
        assertEquals(Answer.MET, TownStatus.overall(checks));
        e = e.with("T1", TownStatus.INVESTMENT, "20");
        assertEquals(Answer.NOT_MET, TownStatus.overall(TownStatus.innovative(t, e)));
        assertEquals(Answer.NOT_MET, TownStatus.innovative(town(120_000, ""), e).get(1).answer());
        assertEquals(Answer.MET, TownStatus.yesNo("да"));
        assertEquals(Answer.UNKNOWN, TownStatus.yesNo(null));
    }
}
