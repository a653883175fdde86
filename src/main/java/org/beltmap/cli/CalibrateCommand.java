package org.beltmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.Calibration;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calibrate PROJECT}: the global speed factor that best fits the published МТД, with residuals. */
@Command(name = "calibrate", description = "Fit one global speed factor to the published МТД (least squares); "
        + "reports it and the residuals, changes nothing.")
final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Mixin
    AnalysisOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Region region = RegionLoader.load(project);
        BeltAnalysis.Result r = options.belts(region, null);
        Calibration.Fit fit = Calibration.fit(r.towns());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "speed_factor %.3f ratio%n", fit.speedFactor());
        out.printf(Locale.ROOT, "rms_before %.1f min%n", fit.rmsBefore());
        out.printf(Locale.ROOT, "rms_after %.1f min%n", fit.rmsAfter());
        out.printf(Locale.ROOT, "towns_used %d count%n", fit.residuals().size());
        out.println("town_en,published_mtd,computed_mtd,calibrated_mtd,residual_min");
        for (Calibration.Residual res : fit.residuals()) {
            out.printf(Locale.ROOT, "%s,%.1f,%.1f,%.1f,%.1f%n", res.town().town().nameEn(), res.published(),
                    res.computed(), res.calibrated(), res.residual());
        }
        return 0;
    }
}
