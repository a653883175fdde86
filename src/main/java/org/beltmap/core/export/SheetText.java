package org.beltmap.core.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.SizeClassScheme;

/**
 * Wording shared by the sheets, which are bilingual (Russian / English) as before: readable lists of minutes and
 * size classes named as the app's legend names them, never raw ids.
 */
final class SheetText {

    /** Russian names of SP 42.13330's classes, as the app's legend words them. */
    private static final Map<String, String> RU = Map.of("largest", "крупнейший", "large", "крупный",
            "big", "большой", "medium", "средний", "small", "малый");

    private SheetText() {
    }

    /** "45 and 90", "30, 45 and 90", "45". */
    static String minutes(List<Double> values) {
        List<String> s = values.stream().map(DiagramFrame::fmt).toList();
        if (s.size() <= 1) {
            return String.join("", s);
        }
        return String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }

    /** "малый / small (< 50 000)", "большой / big (100 000–250 000)"; a class of the user's own by its id. */
    static String sizeClass(SizeClass c, SizeClassScheme scheme) {
        List<SizeClass> all = scheme.classes();
        int i = all.indexOf(c);
        String range = all.size() == 1 ? "" : i == 0 ? " (≥ " + number(c.minPopulation()) + ")"
                : c.minPopulation() <= 0 ? " (< " + number(all.get(i - 1).minPopulation()) + ")"
                : " (" + number(c.minPopulation()) + "–" + number(all.get(i - 1).minPopulation()) + ")";
        String ru = RU.get(c.id());
        return (ru == null ? c.id() : ru + " / " + c.id()) + range;
    }

    /** Digits grouped by a no-break space, as both Russian and SI usage read them: 50 000. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '\u00A0');
    }
}
