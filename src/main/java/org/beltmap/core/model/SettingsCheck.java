package org.beltmap.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The one set of rules for analysis numbers: settings (the Settings dialog, project files), score weights (weights
 * files, the project's scoring) and command-line options. Each problem names the field, what is wrong and the value
 * that would do. Problems carry a code and arguments, not text, so the app words them in the user's language and
 * {@link SettingsWords} in English for files and the command line.
 */
public final class SettingsCheck {

    /** Road classes the analysis knows, in the order the app lists them. */
    public static final List<String> ROAD_CLASSES = List.of("federal_M", "federal_A", "federal_R", "regional", "local",
            "railway");
    /** Speeds at or above this are typing errors (no road or train in a regional network averages 300 km/h). */
    public static final double MAX_SPEED_KMH = 300;
    public static final double MIN_DETOUR = 1;
    public static final double MAX_DETOUR = 5;
    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 1200;

    /**
     * One problem.
     *
     * @param field the field it is about: beltThresholds, isochroneMinutes, speed.&lt;class&gt;, defaultSpeed,
     *     accessSpeed, detourFactor, snapTolerance, gapJoin, maxAccess, sizeClass.&lt;id&gt;, centres, or one of the
     *     other fields of {@link #rule}
     * @param code what is wrong (see {@link Code})
     * @param args the values the text needs, per code (numbers, or lists of numbers)
     */
    public record Problem(String field, Code code, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }
    }

    /** Kinds of problem; the arguments each carries are listed with it. */
    public enum Code {
        /** A list (thresholds, minutes) is empty. Args: a list that would do. */
        EMPTY,
        /** A list is not strictly ascending or has values &le; 0. Args: the list, the list sorted and cleaned. */
        ASCENDING,
        /** A value outside an open range. Args: value, lower bound, upper bound. */
        RANGE,
        /** A value outside a closed range. Args: value, lower bound, upper bound. */
        BETWEEN,
        /** A value &le; 0. Args: value. */
        POSITIVE,
        /** A value &lt; 0. Args: value. */
        NON_NEGATIVE,
        /** A size-class bound not above the bound of the class below it. Args: value, the bound below. */
        SIZE_ORDER,
        /** No centre. No args. */
        NO_CENTRE,
        /** Every weight of the score is 0, so no town can score. No args. */
        ALL_ZERO
    }

    /**
     * The rule of one kind of number. Every rule refuses NaN and infinities.
     *
     * @param code the code a value breaking the rule gets (RANGE, BETWEEN, POSITIVE or NON_NEGATIVE)
     * @param low lower bound (RANGE, BETWEEN)
     * @param high upper bound (RANGE, BETWEEN)
     * @param unit km/h, km, m, min, people, dpi, or "" for plain numbers
     */
    public record Rule(Code code, double low, double high, String unit) {

        static Rule positive(String unit) {
            return new Rule(Code.POSITIVE, 0, Double.POSITIVE_INFINITY, unit);
        }

        static Rule nonNegative(String unit) {
            return new Rule(Code.NON_NEGATIVE, 0, Double.POSITIVE_INFINITY, unit);
        }

        boolean holds(double v) {
            if (!Double.isFinite(v)) {
                return false;
            }
            return switch (code) {
                case RANGE -> v > low && v < high;
                case BETWEEN -> v >= low && v <= high;
                case POSITIVE -> v > 0;
                default -> v >= 0;
            };
        }
    }

    private static final Rule SPEED = new Rule(Code.RANGE, 0, MAX_SPEED_KMH, "km/h");
    private static final Rule MINUTES = Rule.positive("min");
    /** Rules by field; a field "a.b" without its own rule takes that of "a.*" (speed.&lt;class&gt;, weight.&lt;c&gt;). */
    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("beltThresholds", MINUTES), Map.entry("isochroneMinutes", MINUTES),
            Map.entry("speed.*", SPEED), Map.entry("defaultSpeed", SPEED), Map.entry("accessSpeed", SPEED),
            Map.entry("detourFactor", new Rule(Code.BETWEEN, MIN_DETOUR, MAX_DETOUR, "")),
            Map.entry("snapTolerance", Rule.nonNegative("m")), Map.entry("gapJoin", Rule.nonNegative("m")),
            Map.entry("maxAccess", Rule.positive("km")),
            Map.entry("sizeClass.*", Rule.nonNegative("people")),
            Map.entry("bundles.width", Rule.positive("km")), Map.entry("bundles.minLength", Rule.nonNegative("km")),
            Map.entry("bundles.strip", Rule.nonNegative("km")),
            Map.entry("weight.*", Rule.nonNegative("")), Map.entry("scoring.rayHalf", Rule.positive("km")),
            Map.entry("scoring.bundleHalf", Rule.positive("km")), Map.entry("scoring.mtdHalf", Rule.positive("min")),
            Map.entry("rays.catchment", Rule.positive("km")), Map.entry("rays.minShare", new Rule(Code.BETWEEN, 0, 1, "")),
            Map.entry("isochrones.cell", Rule.positive("m")), Map.entry("isochrones.smooth", Rule.nonNegative("m")),
            Map.entry("export.dpi", new Rule(Code.BETWEEN, MIN_DPI, MAX_DPI, "dpi")));

    private SettingsCheck() {
    }

    /** The rule of a field (see {@link #RULES}); an unknown field is a programming error. */
    public static Rule rule(String field) {
        Rule r = RULES.get(field);
        if (r == null && field.contains(".")) {
            r = RULES.get(field.substring(0, field.indexOf('.')) + ".*");
        }
        if (r == null) {
            throw new IllegalArgumentException("no rule for field " + field);
        }
        return r;
    }

    /** The problem of one number, if it breaks the rule of its field. */
    public static Optional<Problem> number(String field, double v) {
        Rule r = rule(field);
        if (r.holds(v)) {
            return Optional.empty();
        }
        List<Object> args = r.code() == Code.RANGE || r.code() == Code.BETWEEN ? List.of(v, r.low(), r.high())
                : List.of(v);
        return Optional.of(new Problem(field, r.code(), args));
    }

    /**
     * The problem of a list of minutes (belt thresholds, isochrone bands), if it is empty or not strictly ascending
     * above 0; {@code usual} is offered when nothing of the list can be kept.
     */
    public static Optional<Problem> ascending(String field, List<Double> values, List<Double> usual) {
        if (values.isEmpty()) {
            return Optional.of(new Problem(field, Code.EMPTY, List.of(usual)));
        }
        Rule r = rule(field);
        boolean ok = true;
        for (int i = 0; i < values.size(); i++) {
            if (!r.holds(values.get(i)) || (i > 0 && !(values.get(i) > values.get(i - 1)))) {
                ok = false;
            }
        }
        if (ok) {
            return Optional.empty();
        }
        TreeSet<Double> clean = new TreeSet<>();
        values.stream().filter(r::holds).forEach(clean::add);
        return Optional.of(new Problem(field, Code.ASCENDING, List.of(values, clean.isEmpty() ? usual
                : List.copyOf(clean))));
    }

    /** Every problem of the settings and centres; empty when the analysis can run with them. */
    public static List<Problem> check(Settings s, List<Centre> centres) {
        List<Problem> out = new ArrayList<>();
        ascending("beltThresholds", s.beltThresholdsMin(), List.of(45.0, 90.0)).ifPresent(out::add);
        ascending("isochroneMinutes", s.isochroneMinutes(), List.of(30.0, 45.0, 90.0)).ifPresent(out::add);
        for (String cls : roadClasses(s.speedsKmh())) {
            number("speed." + cls, s.speedsKmh().get(cls)).ifPresent(out::add);
        }
        number("defaultSpeed", s.defaultSpeedKmh()).ifPresent(out::add);
        number("accessSpeed", s.accessSpeedKmh()).ifPresent(out::add);
        number("detourFactor", s.detourFactor()).ifPresent(out::add);
        number("snapTolerance", s.snapToleranceM()).ifPresent(out::add);
        number("gapJoin", s.gapJoinM()).ifPresent(out::add);
        number("maxAccess", s.maxAccessKm()).ifPresent(out::add);
        List<SizeClass> smallestFirst = new ArrayList<>(s.sizeClasses().classes());
        java.util.Collections.reverse(smallestFirst);
        out.addAll(sizeClasses(smallestFirst));
        if (centres == null || centres.isEmpty()) {
            out.add(new Problem("centres", Code.NO_CENTRE, List.of()));
        }
        return out;
    }

    /**
     * Every problem of the score's weights (field weight.&lt;component&gt;, each &ge; 0; field "weights" when all are
     * 0) and half-distances (scoring.rayHalf, scoring.bundleHalf, scoring.mtdHalf).
     */
    public static List<Problem> scoring(Map<String, Double> weights, double rayHalfKm, double bundleHalfKm,
                                        double mtdHalfMin) {
        List<Problem> out = new ArrayList<>();
        weights.forEach((c, w) -> number("weight." + c, w == null ? Double.NaN : w).ifPresent(out::add));
        if (out.isEmpty() && weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            out.add(new Problem("weights", Code.ALL_ZERO, List.of()));
        }
        number("scoring.rayHalf", rayHalfKm).ifPresent(out::add);
        number("scoring.bundleHalf", bundleHalfKm).ifPresent(out::add);
        number("scoring.mtdHalf", mtdHalfMin).ifPresent(out::add);
        return out;
    }

    /** The classes of a speed table: the known ones in {@link #ROAD_CLASSES} order, then others by name. */
    public static List<String> roadClasses(Map<String, Double> speeds) {
        List<String> out = new ArrayList<>(ROAD_CLASSES.stream().filter(speeds::containsKey).toList());
        new TreeSet<>(speeds.keySet()).stream().filter(k -> !ROAD_CLASSES.contains(k)).forEach(out::add);
        return out;
    }

    /**
     * Size classes as the user entered them, smallest class first: bounds must be &ge; 0 and each above the one
     * before. (A {@link SizeClassScheme} sorts its classes, so an order mistake is only visible here.)
     */
    public static List<Problem> sizeClasses(List<SizeClass> smallestFirst) {
        List<Problem> out = new ArrayList<>();
        Long below = null;
        for (SizeClass c : smallestFirst) {
            String field = "sizeClass." + c.id();
            if (c.minPopulation() < 0) {
                out.add(new Problem(field, Code.NON_NEGATIVE, List.of((double) c.minPopulation())));
            } else if (below != null && c.minPopulation() <= below) {
                out.add(new Problem(field, Code.SIZE_ORDER, List.of((double) c.minPopulation(), (double) below)));
            }
            below = below == null ? c.minPopulation() : Math.max(below, c.minPopulation());
        }
        return out;
    }
}
