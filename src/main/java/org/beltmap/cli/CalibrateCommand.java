package org.beltmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.Calibration;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code calibrate PROJECT [--apply]}: the global speed factor that best fits the published МТД, with residuals;
 * {@code --apply} multiplies the project's speeds by it and rewrites the project file.
 */
@Command(name = "calibrate", description = "Fit one global speed factor to the published МТД (least squares); "
        + "reports it and the residuals. Changes nothing unless --apply is given.")
final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Option(names = "--apply", description = "multiply the project's speeds (per road class, the default and the access speed) by the "
            + "factor and rewrite the project file (the previous one is kept as .bak)")
    boolean apply;

    @Mixin
    AnalysisOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (apply && (options.scenario != null || options.center != null)) {
            // The project's speeds serve every centre and the base network: a factor fitted to one is not theirs.
            throw new IllegalArgumentException("--apply cannot be combined with --scenario or --center: "
                    + "it calibrates the project's own centres on the base network");
        }
        Region region = RegionLoader.load(project);
        BeltAnalysis.Result r = options.belts(region, null);
        Calibration.Fit fit = Calibration.fit(r.towns(), region.project());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "speed_factor %.3f ratio%n", fit.speedFactor());
        out.printf(Locale.ROOT, "rms_before %.1f min%n", fit.rmsBefore());
        out.printf(Locale.ROOT, "rms_after %.1f min%n", fit.rmsAfter());
        out.printf(Locale.ROOT, "towns_used %d count%n", fit.residuals().size());
        if (apply) {
            apply(fit.speedFactor());
            out.printf(Locale.ROOT, "speed_factor_applied %.3f x%n", fit.speedFactor());
        }
        out.println("town_en,published_mtd,computed_mtd,calibrated_mtd,residual_min");
        for (Calibration.Residual res : fit.residuals()) {
            out.printf(Locale.ROOT, "%s,%.1f,%.1f,%.1f,%.1f%n", res.town().town().nameEn(), res.published(),
                    res.computed(), res.calibrated(), res.residual());
        }
        return 0;
    }

    /** Rewrites the project file as read (not as the options changed it), speeds scaled, everything else kept. */
    private void apply(double factor) throws IOException {
        Project p = ProjectFile.readChecked(project).project();
        ProjectFile.write(p.withSettings(p.settings().withSpeedsScaled(factor)), project);
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "rewrote %s: speeds x %.3f (previous file kept as %s.bak)%n", project, factor,
                project.getFileName());
        err.flush();
    }
}
