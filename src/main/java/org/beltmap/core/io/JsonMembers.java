package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strict reading of JSON members for settings and weights: known member names (a misspelt one is reported with the
 * name it is closest to), numbers that are numbers and finite. Problems go to a list, so a file reports them all.
 */
final class JsonMembers {

    /** Members of one's own: kept by the project file, never read (x-author, x-note, ...). */
    static final String NOTE_PREFIX = "x-";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\s*-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?\\s*");
    private static final int QUOTE_MAX = 60;

    private JsonMembers() {
    }

    /**
     * Reports every member of {@code obj} that is not in {@code known} and not a note.
     *
     * @param at where {@code obj} is ("settings.bundles"; "" for the root of a file)
     */
    static void known(Path file, String at, JsonNode obj, Collection<String> known, List<DataException> problems) {
        obj.fieldNames().forEachRemaining(name -> {
            if (known.contains(name) || name.startsWith(NOTE_PREFIX)) {
                return;
            }
            String near = nearest(name, known);
            String member = at.isEmpty() ? name : at + "." + name;
            String own = "members of your own must start with " + NOTE_PREFIX;
            problems.add(near != null
                    ? new SettingsException(file, member, "unknown member (did you mean " + near + "?)",
                            "rename it to " + near + "; " + own)
                    : new SettingsException(file, member, "unknown member",
                            "use " + String.join(", ", known) + "; " + own));
        });
    }

    /**
     * The known name a misspelt one most likely means: fewest edits (case ignored, a swap of neighbours is one
     * edit), at most a third of the name and at least 2; or one the name begins; null when none is close.
     */
    static String nearest(String name, Collection<String> known) {
        String n = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(n, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance < n.length() && bestDistance <= Math.max(2, n.length() / 3)) {
            return best;
        }
        for (String k : known) {
            if (n.length() >= 4 && k.toLowerCase(Locale.ROOT).startsWith(n)) {
                return k;
            }
        }
        return null;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The finite number in {@code n}, or null after reporting why it is not one.
     *
     * @param what what the member holds, for "'x' is not a number of minutes"
     * @param example a value that would do, for the fix
     */
    static Double number(Path file, String member, JsonNode n, String what, String example,
                         List<DataException> problems) {
        if (n.isNumber()) {
            double v = n.asDouble();
            if (Double.isFinite(v)) {
                return v;
            }
            problems.add(new SettingsException(file, member, "is not a finite number (too large: it reads as "
                    + "infinity)", "write " + example));
        } else if (n.isTextual() && PLAIN_NUMBER.matcher(n.asText()).matches()) {
            problems.add(new SettingsException(file, member, quote(n.asText()) + " is text, not " + what,
                    "write " + n.asText().strip() + " without quotes"));
        } else if (n.isTextual()) {
            problems.add(new SettingsException(file, member, quote(n.asText()) + " is not " + what,
                    "write " + example));
        } else {
            problems.add(new SettingsException(file, member, "is " + describe(n) + ", not " + what,
                    "write " + example));
        }
        return null;
    }

    /** A JSON value as a message names it: "an array", "null", "true". */
    static String describe(JsonNode n) {
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isTextual()) {
            return "the text " + quote(n.asText());
        }
        return n.isNull() || n.isMissingNode() ? "null" : n.asText();
    }

    /** Text quoted for a message, cut to a few dozen characters: a whole file pasted in stays out of the line. */
    static String quote(String text) {
        String t = text.replaceAll("\\s+", " ");
        return "'" + (t.length() > QUOTE_MAX ? t.substring(0, QUOTE_MAX) + "…" : t) + "'";
    }
}
