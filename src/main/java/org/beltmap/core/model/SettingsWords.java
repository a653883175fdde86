package org.beltmap.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.beltmap.core.model.SettingsCheck.Problem;

/**
 * {@link SettingsCheck} problems in English, for messages about files and command-line options (the app words the
 * same codes through its resource bundles). A problem reads "must be greater than 0 km (got -5)"; its fix offers
 * the usual value the caller knows (the default of the member or option).
 */
public final class SettingsWords {

    private SettingsWords() {
    }

    /** What a value of the field is, for "'x' is not ...": "a number of minutes", "a speed in km/h". */
    public static String what(String field) {
        return switch (SettingsCheck.rule(field).unit()) {
            case "min" -> "a number of minutes";
            case "km/h" -> "a speed in km/h";
            case "km" -> "a distance in km";
            case "m" -> "a distance in metres";
            case "people" -> "a whole number of people";
            case "dpi" -> "a resolution in dots per inch";
            default -> "a number";
        };
    }

    /** What is wrong, e.g. "must be greater than 0 km (got -5)"; without the value when the caller shows it. */
    public static String problem(Problem p, boolean withValue) {
        String unit = SettingsCheck.rule(p.field().equals("weights") ? "weight.x" : p.field()).unit();
        String u = unit.isEmpty() || unit.equals("people") ? "" : " " + unit;
        List<Object> a = p.args();
        String text = switch (p.code()) {
            case EMPTY -> "is empty";
            case ASCENDING -> "must be ascending and greater than 0";
            case RANGE -> "must be more than " + num(a.get(1)) + " and less than " + num(a.get(2)) + u;
            case BETWEEN -> "must be from " + num(a.get(1)) + " to " + num(a.get(2)) + u;
            case POSITIVE -> "must be greater than 0" + u;
            case NON_NEGATIVE -> "cannot be negative";
            case SIZE_ORDER -> "must be above " + num(a.get(1)) + ", the bound of the class below it";
            case NO_CENTRE -> "no centre is given";
            case ALL_ZERO -> "are all 0, so no town can score";
        };
        boolean hasValue = !a.isEmpty() && p.code() != SettingsCheck.Code.EMPTY
                && p.code() != SettingsCheck.Code.NO_CENTRE;
        String got = a.isEmpty() ? "" : a.get(0) instanceof List<?> ? num(a.get(0)) : num(a.get(0)) + u;
        return withValue && hasValue ? text + " (got " + got + ")" : text;
    }

    /** How to fix it; {@code usual} is the value the member or option has by default (a number or a list). */
    public static String fix(Problem p, Object usual) {
        return switch (p.code()) {
            case EMPTY -> "write at least one value, e.g. " + num(usual);
            case ASCENDING -> "write them smallest first, e.g. " + num(p.args().get(1));
            case SIZE_ORDER -> "make the bounds rise from the smallest class to the largest";
            case NO_CENTRE -> "add a centre";
            case ALL_ZERO -> "give at least one weight a value above 0, e.g. accessibility " + num(usual);
            case NON_NEGATIVE -> "write 0 or more, e.g. " + num(usual);
            default -> "write e.g. " + num(usual);
        };
    }

    /** A number as a person writes it: 45, 0.04, -5; lists as in JSON, [45, 90]. */
    public static String num(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().map(SettingsWords::num).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : d.toString();
        }
        return String.valueOf(v);
    }
}
