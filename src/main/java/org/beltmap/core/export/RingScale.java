package org.beltmap.core.export;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.belts.TownAccess;

/**
 * МТД → radius on the rings diagram. True to scale up to twice the last belt threshold; towns beyond it go in an
 * outer band on a compressed (logarithmic) scale that ends at a round figure past the farthest town, so 261, 262
 * and 600 min stand apart instead of piling up on the outer ring.
 *
 * @param rMax radius of the outer edge
 * @param linearLimit minutes at the edge of the true-scale part
 * @param rLinear radius of that edge (rMax when there is no band)
 * @param bandEnd minutes at the outer edge of the band (linearLimit when there is none)
 */
record RingScale(double rMax, double linearLimit, double rLinear, double bandEnd) {

    /** Round figures a band may end at or be ticked at, in minutes. */
    private static final double[] NICE = {60, 90, 120, 150, 180, 240, 300, 360, 480, 600, 720, 900, 1200, 1500, 1800,
        2400, 3000, 3600, 4800, 6000, 7200, 9000, 12000};
    /** Share of the radius the band takes. */
    private static final double BAND = 0.22;

    static RingScale of(DiagramData d, double rMax) {
        List<Double> th = d.belts().thresholds();
        double limit = Math.max(th.get(th.size() - 1) * 2, 1);
        double farthest = d.belts().towns().stream().filter(TownAccess::reachable).mapToDouble(TownAccess::mtdMin)
                .filter(Double::isFinite).max().orElse(0);
        if (farthest <= limit * 1.02) {
            return new RingScale(rMax, limit, rMax, limit);
        }
        double end = farthest * 1.05;
        for (double n : NICE) {
            if (n >= farthest && n > limit) {
                end = n;
                break;
            }
        }
        return new RingScale(rMax, limit, rMax * (1 - BAND), end);
    }

    boolean compressed() {
        return bandEnd > linearLimit;
    }

    double radius(double mtd) {
        if (mtd <= linearLimit) {
            return rLinear * Math.max(0, mtd) / linearLimit;
        }
        if (!compressed()) {
            return rMax;
        }
        double f = Math.log(Math.min(mtd, bandEnd) / linearLimit) / Math.log(bandEnd / linearLimit);
        return rLinear + (rMax - rLinear) * f;
    }

    /** Tick values in the band, the outer edge always, others kept at least {@code spacing} points apart. */
    List<Double> ticks(double spacing) {
        List<Double> out = new ArrayList<>();
        if (!compressed()) {
            return out;
        }
        out.add(bandEnd);
        double last = rMax;
        for (int i = NICE.length - 1; i >= 0; i--) {
            double r = radius(NICE[i]);
            if (NICE[i] < bandEnd && NICE[i] > linearLimit && last - r >= spacing && r - rLinear >= spacing) {
                out.add(0, NICE[i]);
                last = r;
            }
        }
        return out;
    }
}
