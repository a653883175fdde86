package org.beltmap.core.belts;

import java.util.List;

/** Belt number from МТД and thresholds: belt 1 up to and including the first threshold, and so on. */
public final class Belts {

    /** Tolerance so 45.0 computed as 45.000000001 by floating-point sums still counts as 45. */
    static final double EPS = 1e-9;

    private Belts() {
    }

    /** 1 + the number of thresholds strictly below {@code minutes}; any number of ascending thresholds. */
    public static int classify(double minutes, List<Double> thresholds) {
        int belt = 1;
        for (double t : thresholds) {
            if (minutes > t + EPS) {
                belt++;
            }
        }
        return belt;
    }

    /** Thresholds sorted ascending, rejecting negatives and NaN. */
    public static List<Double> validated(List<Double> thresholds) {
        for (Double t : thresholds) {
            if (t == null || !(t >= 0) || t.isInfinite()) {
                throw new IllegalArgumentException("belt thresholds must be minutes ≥ 0, got " + thresholds);
            }
        }
        return thresholds.stream().sorted().distinct().toList();
    }
}
