package org.beltmap.cli;

import java.nio.file.Path;
import java.util.List;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.io.ScenarioJson;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.model.Town;
import picocli.CommandLine.Option;

/**
 * Options shared by the analysis commands: centre, railways, scenario. They turn into an {@link AnalysisRequest}
 * for the one analysis pipeline; what is not given comes from the project.
 */
final class AnalysisOptions {

    @Option(names = "--center", paramLabel = "NAME", description = "centre town (Russian or English name, or id); "
            + "default: the project's centres")
    String center;

    @Option(names = "--railways", description = "route over railways as well as roads (default: the project's "
            + "settings.railwaysInNetwork)")
    boolean railways;

    @Option(names = "--scenario", paramLabel = "FILE", description = "what-if scenario (GeoJSON of added lines "
            + "or scenario JSON)")
    Path scenario;

    private Scenario read;

    List<Town> centres(Region region) {
        if (center == null) {
            return region.centres();
        }
        return List.of(region.town(center).orElseThrow(() -> new IllegalArgumentException("--center '" + center
                + "' is not a town of " + region.project().region().en() + "; use a name from `info`")));
    }

    /** The scenario from --scenario (read once), or the base network. */
    Scenario scenario() {
        if (read == null) {
            read = scenario == null ? Scenario.NONE : ScenarioJson.read(scenario);
        }
        return read;
    }

    /** The request these options make: everything else as the project says. */
    AnalysisRequest request(Region region, AnalysisRequest.Part first, AnalysisRequest.Part... rest) {
        return AnalysisRequest.of(first, rest).withCentres(center == null ? null : centres(region))
                .withRailways(railways ? Boolean.TRUE : null).withScenario(scenario());
    }

    /** Runs the one analysis for these options. */
    AnalysisResult run(Region region, AnalysisRequest request) {
        return RegionAnalysis.once(region, request);
    }

    /** Rejects an output format other than csv or json (belts, score). */
    static void csvOrJson(String format) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be csv or json, not '" + format + "'");
        }
    }

    /** МТД and belts for the chosen centres under the scenario (the base network without one). */
    BeltAnalysis.Result belts(Region region, List<Double> thresholds) {
        return run(region, request(region, AnalysisRequest.Part.BELTS).withThresholds(thresholds)).belts();
    }
}
