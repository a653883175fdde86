package org.beltmap.core.belts;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits one global speed factor f to published МТД: computed minutes scale as t / f, and f minimises
 * Σ (published − t / f)². With g = 1 / f this is linear least squares, g = Σ p·t / Σ t². Reported, never applied.
 */
public final class Calibration {

    /** One town's comparison after calibration. */
    public record Residual(TownAccess town, double published, double computed, double calibrated, double residual) {
    }

    /** The fit: the factor, residuals per town, RMS before and after. */
    public record Fit(double speedFactor, List<Residual> residuals, double rmsBefore, double rmsAfter) {
    }

    private Calibration() {
    }

    /** Fits over the reachable towns that have a published МТД; needs at least one. */
    public static Fit fit(List<TownAccess> towns) {
        double pt = 0;
        double tt = 0;
        List<TownAccess> used = new ArrayList<>();
        for (TownAccess a : towns) {
            if (a.reachable() && a.publishedMtd() != null && a.mtdMin() > 0) {
                pt += a.publishedMtd() * a.mtdMin();
                tt += a.mtdMin() * a.mtdMin();
                used.add(a);
            }
        }
        if (used.isEmpty() || pt <= 0) {
            throw new IllegalArgumentException("calibration needs towns with a published МТД that the network reaches");
        }
        double g = pt / tt;
        double f = 1 / g;
        List<Residual> res = new ArrayList<>();
        double before = 0;
        double after = 0;
        for (TownAccess a : used) {
            double cal = a.mtdMin() * g;
            double r = a.publishedMtd() - cal;
            res.add(new Residual(a, a.publishedMtd(), a.mtdMin(), cal, r));
            before += Math.pow(a.publishedMtd() - a.mtdMin(), 2);
            after += r * r;
        }
        return new Fit(f, res, Math.sqrt(before / used.size()), Math.sqrt(after / used.size()));
    }
}
