package org.beltmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.metrics.BeltStatistics;
import org.beltmap.core.metrics.SettlementNetworkMetrics;
import org.beltmap.core.metrics.SettlementNetworkMetrics.ClassShare;
import org.beltmap.core.model.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code metrics PROJECT}: settlement-network figures as {@code name value [unit]} lines. */
@Command(name = "metrics", description = "Settlement-network metrics: mean distance L = sqrt(S/n), towns and "
        + "population by size class; per belt: towns, settlements, population, share, isochrone band area, density.")
final class MetricsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Option(names = "--published-area", paramLabel = "KM2",
            description = "published area of the territory in km² (default: the project's published area)")
    Double publishedArea;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Region region = RegionLoader.load(project);
        int n = region.towns().size();
        out.printf(Locale.ROOT, "towns %d count%n", n);
        out.printf(Locale.ROOT, "settlements %d count%n", region.settlements().size());
        Double published = publishedArea != null ? publishedArea : region.project().publishedAreaKm2();
        if (published != null && n > 0) {
            out.printf(Locale.ROOT, "area_km2_published %.1f km2%n", published);
            out.printf(Locale.ROOT, "mean_distance_km_published %.2f km%n",
                    SettlementNetworkMetrics.meanDistanceKm(published, n));
        }
        SettlementNetworkMetrics.boundary(region).ifPresent(b -> {
            out.printf(Locale.ROOT, "area_km2_boundary %.1f km2%n", b.areaKm2());
            if (n > 0) {
                out.printf(Locale.ROOT, "mean_distance_km_boundary %.2f km%n",
                        SettlementNetworkMetrics.meanDistanceKm(b.areaKm2(), n));
            }
        });
        BeltStatistics stats = null;
        if (!region.centres().isEmpty()) {
            var s = region.project().settings();
            AnalysisResult r = RegionAnalysis.once(region, AnalysisRequest.of(AnalysisRequest.Part.BELTS,
                    AnalysisRequest.Part.ISOCHRONES).withIsochrones(BeltStatistics.bands(s.isochroneMinutes(),
                    s.beltThresholdsMin()), AnalysisRequest.DEFAULT_CELL_M, AnalysisRequest.DEFAULT_SMOOTH_M));
            int[] perBelt = r.belts().townsPerBelt();
            for (int b = 0; b < perBelt.length; b++) {
                out.printf(Locale.ROOT, "towns_belt_%d %d count%n", b + 1, perBelt[b]);
            }
            stats = r.beltStatistics();
        }
        for (ClassShare c : SettlementNetworkMetrics.byClass(region)) {
            String id = c.sizeClass().id();
            out.printf(Locale.ROOT, "towns_%s %d count%n", id, c.towns());
            out.printf(Locale.ROOT, "population_share_%s %.1f %%%n", id, c.populationSharePct());
        }
        if (stats != null) {
            printBelts(out, stats);
        }
        return 0;
    }

    /** Belt statistics: {@code belt_K_*} per belt, {@code unreachable_*}, then the whole. */
    static void printBelts(PrintWriter out, BeltStatistics stats) {
        for (BeltStatistics.Row b : stats.belts()) {
            row(out, "belt_" + b.belt(), b);
        }
        row(out, "unreachable", stats.unreachable());
        out.printf(Locale.ROOT, "population_total %d people%n", stats.population());
        out.printf(Locale.ROOT, "settlements_counted_as_towns %d count%n", stats.duplicates());
        if (stats.territoryKm2() != null) {
            out.printf(Locale.ROOT, "territory_km2 %.1f km2%n", stats.territoryKm2());
        }
    }

    private static void row(PrintWriter out, String p, BeltStatistics.Row b) {
        out.printf(Locale.ROOT, "%s_towns %d count%n", p, b.towns());
        out.printf(Locale.ROOT, "%s_settlements %d count%n", p, b.settlements());
        out.printf(Locale.ROOT, "%s_population %d people%n", p, b.population());
        out.printf(Locale.ROOT, "%s_population_share %.1f %%%n", p, b.sharePct());
        if (b.areaKm2() != null) {
            out.printf(Locale.ROOT, "%s_area_km2 %.1f km2%n", p, b.areaKm2());
        }
        if (b.densityPerKm2() != null) {
            out.printf(Locale.ROOT, "%s_density %.1f people/km2%n", p, b.densityPerKm2());
        }
    }
}
