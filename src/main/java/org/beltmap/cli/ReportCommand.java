package org.beltmap.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.export.ExportOptions;
import org.beltmap.core.io.AtomicFiles;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.beltmap.core.report.ReportBuilder;
import org.beltmap.core.report.ReportContent;
import org.beltmap.core.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report PROJECT --format pdf|docx --out FILE}: the consultant's report from one analysis. */
@Command(name = "report", description = "The consultant's report (A4): title page, belt map and rings, belt "
        + "statistics, towns (computed vs published), settlement-network metrics, rays and bundles, potential "
        + "ranking with its sensitivity, town cards, methods and data sources.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf or docx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "report file to write")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", description = "ru or en (default: ru when the system "
            + "language is Russian, else en)")
    String lang;

    @Option(names = "--cards", paramLabel = "WHICH", defaultValue = "small", description = "town cards, one "
            + "per page: small (the smallest size class), all or none (default: ${DEFAULT-VALUE})")
    String cards;

    @Mixin
    AnalysisOptions options;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Reports.Format f = ExportOptions.parse(Reports.Format.class, format, "--format");
        ReportBuilder.Cards which = ExportOptions.parse(ReportBuilder.Cards.class, cards, "--cards");
        Locale locale = locale(lang);
        output.check(project, options, null, "--out", out);
        long t0 = System.nanoTime();
        Region region = RegionLoader.load(project);
        AnalysisResult r = options.run(region, Reports.request(region, options.request(region,
                AnalysisRequest.Part.BELTS)));
        long t1 = System.nanoTime();
        ReportContent content = Reports.content(r, locale, which);
        AtomicFiles.write(out, Reports.write(content, f));
        spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s (%s, %s, %d sections) — analysis %d ms, report "
                + "%d ms%n", out, f.name().toLowerCase(Locale.ROOT), locale.getLanguage(), content.sections().size(),
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return 0;
    }

    static Locale locale(String lang) {
        if (lang == null) {
            return "ru".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "ru" -> Locale.forLanguageTag("ru");
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang must be ru or en, not '" + lang + "'");
        };
    }
}
