package org.beltmap.core.belts;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Project;

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

    /** The town attribute (own or joined, as RegionLoader reads it) holding the published МТД in minutes. */
    public static final String MTD_COLUMN = "publ_mtd_min";

    private Calibration() {
    }

    /**
     * Fits as {@link #fit(List)}; when there is nothing to fit, the message names the project file and what it
     * lacks (published МТД in a {@code publ_mtd_min} column, or towns with one that the network reaches).
     */
    public static Fit fit(List<TownAccess> towns, Project project) {
        if (usable(towns) == 0) {
            throw new IllegalArgumentException(whyNot(towns, project));
        }
        return fit(towns);
    }

    /** Towns a fit can use: reached, with a published МТД. */
    private static long usable(List<TownAccess> towns) {
        return towns.stream().filter(a -> a.reachable() && a.publishedMtd() != null && a.mtdMin() > 0).count();
    }

    /** Why a project cannot be calibrated, in English (the CLI's one-line error). */
    static String whyNot(List<TownAccess> towns, Project project) {
        String file = project.file() == null ? project.region().en() : project.file().getFileName().toString();
        long published = towns.stream().filter(a -> a.publishedMtd() != null).count();
        if (published > 0) {
            return file + ": the network reaches none of the towns with a published МТД (" + published + "), so there "
                    + "is nothing to calibrate against; check the centre, the road layers and maxAccessKm";
        }
        String join = project.layers().stream().filter(l -> l.kind() == LayerKind.TOWNS && l.joinPath() != null)
                .map(l -> " (the table " + l.joinPath() + " joined to layer '" + l.id() + "' has no "
                        + MTD_COLUMN + " values)").findFirst().orElse("");
        return file + " has no published МТД for any town" + join + ", so there is nothing to calibrate against. "
                + "Calibration compares computed and published МТД: give the towns a " + MTD_COLUMN
                + " column (minutes), in the towns layer or in a table joined to it by name "
                + "(\"join\" : { \"path\" : \"towns_published.csv\", \"key\" : \"name_ru\" })";
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
            throw new IllegalArgumentException("calibration needs towns with a published МТД ("
                    + MTD_COLUMN + ") that the network reaches");
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
