package org.beltmap.core.towns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beltmap.core.model.Town;
import org.beltmap.core.model.TownEdits;

/**
 * Statuses and the "innovative small town" criteria (DOMAIN.md, Town economy), evaluated one by one as met, not
 * met or unknown, from the town's data and what the user recorded. Nothing unknown is guessed.
 */
public final class TownStatus {

    /** Outcome of one criterion or status. */
    public enum Answer { MET, NOT_MET, UNKNOWN }

    /** One criterion with its answer and where the answer comes from. */
    public record Check(String id, Answer answer, String basis) {
    }

    /** Fields the user can record on a town card. */
    public static final String MONOTOWN = "monotown";
    public static final String TOSER = "toser";
    public static final String INVESTMENT = "investment_mrub_3y";
    public static final String MUNICIPAL = "municipal_status";
    public static final double INVESTMENT_MIN_MRUB = 50;
    public static final long POPULATION_MAX = 100_000;

    private TownStatus() {
    }

    /** A value recorded by the user, else the data layer's attribute of the same name. */
    public static String value(Town t, TownEdits edits, String field) {
        String v = edits == null ? null : edits.get(t.id(), field);
        if (v != null) {
            return v;
        }
        Object a = t.attributes().get(field);
        return a == null ? null : a.toString();
    }

    /** Municipal status: recorded, else inferred (a town outside any municipal district is an urban okrug). */
    public static String municipal(Town t, TownEdits edits) {
        String v = value(t, edits, MUNICIPAL);
        if (v != null) {
            return v;
        }
        if (!t.attributes().containsKey("district_ru")) {
            return null;
        }
        Object d = t.attributes().get("district_ru");
        return d == null || d.toString().isBlank() ? "urban_okrug" : "urban_settlement";
    }

    public static Answer yesNo(String v) {
        if (v == null) {
            return Answer.UNKNOWN;
        }
        String s = v.trim().toLowerCase(Locale.ROOT);
        if (List.of("yes", "true", "1", "да").contains(s)) {
            return Answer.MET;
        }
        if (List.of("no", "false", "0", "нет").contains(s)) {
            return Answer.NOT_MET;
        }
        return Answer.UNKNOWN;
    }

    /** The three criteria of an innovative small town, and whether all are met. */
    public static List<Check> innovative(Town t, TownEdits edits) {
        List<Check> out = new ArrayList<>();
        String m = municipal(t, edits);
        out.add(new Check("municipal", m == null ? Answer.UNKNOWN
                : m.equals("urban_okrug") || m.equals("urban_settlement") ? Answer.MET : Answer.NOT_MET,
                value(t, edits, MUNICIPAL) != null ? "recorded" : m == null ? "no data" : "inferred from district"));
        out.add(new Check("population", t.population() < 0 ? Answer.UNKNOWN
                : t.population() <= POPULATION_MAX ? Answer.MET : Answer.NOT_MET, "population " + t.population()));
        String inv = value(t, edits, INVESTMENT);
        Answer invAnswer = Answer.UNKNOWN;
        if (inv != null) {
            try {
                invAnswer = Double.parseDouble(inv.replace(',', '.')) >= INVESTMENT_MIN_MRUB ? Answer.MET : Answer.NOT_MET;
            } catch (NumberFormatException e) {
                invAnswer = Answer.UNKNOWN;
            }
        }
        out.add(new Check("investment", invAnswer, inv == null ? "not recorded" : inv + " mln RUB"));
        return out;
    }

    /** All criteria met → MET; any not met → NOT_MET; otherwise UNKNOWN. */
    public static Answer overall(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.answer() == Answer.NOT_MET)) {
            return Answer.NOT_MET;
        }
        return checks.stream().allMatch(c -> c.answer() == Answer.MET) ? Answer.MET : Answer.UNKNOWN;
    }
}
