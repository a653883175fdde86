package org.beltmap.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks analysis settings before they are used: each problem names the field, what is wrong and the value that
 * would do. Problems carry a code and arguments, not text, so the app words them in the user's language.
 */
public final class SettingsCheck {

    /** Road classes the analysis knows, in the order the app lists them. */
    public static final List<String> ROAD_CLASSES = List.of("federal_M", "federal_A", "federal_R", "regional", "local",
            "railway");
    /** Speeds at or above this are typing errors (no road or train in a regional network averages 300 km/h). */
    public static final double MAX_SPEED_KMH = 300;
    public static final double MIN_DETOUR = 1;
    public static final double MAX_DETOUR = 5;

    /**
     * One problem.
     *
     * @param field the field it is about: beltThresholds, isochroneMinutes, speed.&lt;class&gt;, defaultSpeed,
     *     accessSpeed, detourFactor, snapTolerance, gapJoin, maxAccess, sizeClass.&lt;id&gt; or centres
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
        NO_CENTRE
    }

    private SettingsCheck() {
    }

    /** Every problem of the settings and centres; empty when the analysis can run with them. */
    public static List<Problem> check(Settings s, List<Centre> centres) {
        List<Problem> out = new ArrayList<>();
        ascending(out, "beltThresholds", s.beltThresholdsMin(), List.of(45.0, 90.0));
        ascending(out, "isochroneMinutes", s.isochroneMinutes(), List.of(30.0, 45.0, 90.0));
        for (String cls : roadClasses(s.speedsKmh())) {
            speed(out, "speed." + cls, s.speedsKmh().get(cls));
        }
        speed(out, "defaultSpeed", s.defaultSpeedKmh());
        speed(out, "accessSpeed", s.accessSpeedKmh());
        if (!(s.detourFactor() >= MIN_DETOUR && s.detourFactor() <= MAX_DETOUR)) {
            out.add(new Problem("detourFactor", Code.BETWEEN, List.of(s.detourFactor(), MIN_DETOUR, MAX_DETOUR)));
        }
        nonNegative(out, "snapTolerance", s.snapToleranceM());
        nonNegative(out, "gapJoin", s.gapJoinM());
        if (!(s.maxAccessKm() > 0) || Double.isInfinite(s.maxAccessKm())) {
            out.add(new Problem("maxAccess", Code.POSITIVE, List.of(s.maxAccessKm())));
        }
        List<SizeClass> smallestFirst = new ArrayList<>(s.sizeClasses().classes());
        java.util.Collections.reverse(smallestFirst);
        out.addAll(sizeClasses(smallestFirst));
        if (centres == null || centres.isEmpty()) {
            out.add(new Problem("centres", Code.NO_CENTRE, List.of()));
        }
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

    private static void ascending(List<Problem> out, String field, List<Double> values, List<Double> usual) {
        if (values.isEmpty()) {
            out.add(new Problem(field, Code.EMPTY, List.of(usual)));
            return;
        }
        boolean ok = true;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (!(v > 0) || Double.isInfinite(v) || (i > 0 && !(v > values.get(i - 1)))) {
                ok = false;
            }
        }
        if (!ok) {
            TreeSet<Double> clean = new TreeSet<>();
            values.stream().filter(v -> v > 0 && !Double.isInfinite(v)).forEach(clean::add);
            out.add(new Problem(field, Code.ASCENDING, List.of(values, clean.isEmpty() ? usual : List.copyOf(clean))));
        }
    }

    private static void speed(List<Problem> out, String field, double v) {
        if (!(v > 0 && v < MAX_SPEED_KMH)) {
            out.add(new Problem(field, Code.RANGE, List.of(v, 0.0, MAX_SPEED_KMH)));
        }
    }

    private static void nonNegative(List<Problem> out, String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            out.add(new Problem(field, Code.NON_NEGATIVE, List.of(v)));
        }
    }
}
