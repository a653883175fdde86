package org.beltmap.core.osm;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beltmap.core.io.DataException;

/** Place nodes of an extract: which become towns and which settlements, their population, and the centre. */
public final class Places {

    private Places() {
    }

    /** A {@code place=*} node with a name. {@code population} is -1 when untagged or unreadable. */
    public record Place(long id, double lon, double lat, String place, String name, String nameRu, String nameEn,
                        long population) {

        public String osmId() {
            return "node/" + id;
        }

        /** The Russian label: name:ru, else name. */
        public String labelRu() {
            return nameRu != null ? nameRu : name;
        }

        /** The English label: name:en, else name. */
        public String labelEn() {
            return nameEn != null ? nameEn : name;
        }

        boolean named(String text) {
            String t = fold(text);
            return t.equals(fold(name)) || t.equals(fold(nameRu)) || t.equals(fold(nameEn));
        }
    }

    /** Place classes that are settlements at all (suburbs, quarters, localities are parts of one or nobody's home). */
    public static final List<String> SETTLEMENT_CLASSES = List.of("city", "town", "village", "hamlet",
            "isolated_dwelling");

    /** Importance of a place class, for choosing among places of the same name (a city before a hamlet). */
    static int rank(String place) {
        int i = SETTLEMENT_CLASSES.indexOf(place);
        return i < 0 ? SETTLEMENT_CLASSES.size() : i;
    }

    private static final Pattern GROUPED = Pattern.compile("^(\\d{1,3}(?:[ ,.\u00A0\u202F\u2009']\\d{3})+)(?!\\d)");
    private static final Pattern PLAIN = Pattern.compile("^(\\d+)(?:[.,]\\d+)?(?!\\d)");

    /**
     * A population tag read leniently: "12345", "12 345", "12,345", "12.345", "12 345 (2021)", "~1200", "ca. 300";
     * -1 when it holds no number (the town then has no population and is reported, never given one).
     */
    public static long population(String value) {
        if (value == null) {
            return -1;
        }
        String v = value.trim().replaceFirst("^(~|≈|ca\\.?|approx\\.?|около)\\s*", "");
        Matcher m = GROUPED.matcher(v);
        String digits = m.find() ? m.group(1).replaceAll("[^0-9]", "") : null;
        if (digits == null) {
            m = PLAIN.matcher(v);
            digits = m.find() ? m.group(1) : null;
        }
        if (digits == null || digits.length() > 12) {
            return -1;
        }
        return Long.parseLong(digits);
    }

    /**
     * The place named {@code text} (name, name:ru or name:en; case, accents and ё/е do not matter), the most
     * important first when several share it; a one-line error listing the nearest names when none matches.
     */
    public static Place centre(List<Place> places, String text, Path file) {
        Place best = null;
        for (Place p : places) {
            if (p.named(text) && (best == null || rank(p.place()) < rank(best.place())
                    || rank(p.place()) == rank(best.place()) && p.population() > best.population())) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        String t = fold(text);
        List<String> near = places.stream().map(Place::name).distinct()
                .sorted(Comparator.comparingInt((String n) -> distance(t, fold(n))).thenComparing(n -> n))
                .limit(5).toList();
        throw new DataException(file, null, "has no place named '" + text + "' (name, name:ru or name:en of a place "
                + "node)" + (near.isEmpty() ? "; it has no named places at all" : "; nearest: " + String.join(", ", near)),
                near.isEmpty() ? "use an extract that contains the centre town"
                        : "give --centre one of those names, spelt as in the extract");
    }

    /** Towns: places of the {@code --places} classes, and the centre whatever its class. */
    public static List<Place> towns(List<Place> places, Set<String> townClasses, Place centre) {
        List<Place> out = new ArrayList<>();
        for (Place p : places) {
            if (townClasses.contains(p.place()) || p.id() == centre.id()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Settlements: the other settlement classes. */
    public static List<Place> settlements(List<Place> places, Set<String> townClasses, Place centre) {
        List<Place> out = new ArrayList<>();
        for (Place p : places) {
            if (!townClasses.contains(p.place()) && p.id() != centre.id() && SETTLEMENT_CLASSES.contains(p.place())) {
                out.add(p);
            }
        }
        return out;
    }

    static String fold(String s) {
        if (s == null) {
            return "\u0000";
        }
        String d = Normalizer.normalize(s.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return d.replace('ё', 'е').replace('’', '\'').replaceAll("[\\s\\-]+", " ");
    }

    /** Levenshtein distance, for the "nearest matches" of an unknown centre. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
