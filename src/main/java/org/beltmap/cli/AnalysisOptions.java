package org.beltmap.cli;

import java.nio.file.Path;
import java.util.List;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.RegionNetwork;
import picocli.CommandLine.Option;

/** Options shared by the analysis commands: centre, railways mode, scenario. */
final class AnalysisOptions {

    @Option(names = "--center", paramLabel = "NAME", description = "centre town (Russian or English name, or id); "
            + "default: the project's centres")
    String center;

    @Option(names = "--railways", description = "route over railways as well as roads")
    boolean railways;

    @Option(names = "--scenario", paramLabel = "FILE", description = "what-if scenario (GeoJSON of added lines "
            + "or scenario JSON)")
    Path scenario;

    List<Town> centres(Region region) {
        if (center == null) {
            return region.centres();
        }
        return List.of(region.town(center).orElseThrow(() -> new IllegalArgumentException("--center '" + center
                + "' is not a town of " + region.project().region().en() + "; use a name from `info`")));
    }

    RegionNetwork.Mode mode() {
        return railways ? RegionNetwork.Mode.ROADS_AND_RAILWAYS : RegionNetwork.Mode.ROADS;
    }

    /** The chosen centres plus any the scenario adds. */
    List<Town> allCentres(Region region) {
        return org.beltmap.core.scenario.WhatIf.centres(region, scenario(), centres(region));
    }

    /** The scenario from --scenario, or the base network. */
    org.beltmap.core.model.Scenario scenario() {
        return scenario == null ? org.beltmap.core.model.Scenario.NONE
                : org.beltmap.core.io.ScenarioJson.read(scenario);
    }

    /** Rejects an output format other than csv or json (belts, score). */
    static void csvOrJson(String format) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be csv or json, not '" + format + "'");
        }
    }

    /** МТД and belts for the chosen centres under the scenario (the base network without one). */
    org.beltmap.core.belts.BeltAnalysis.Result belts(Region region, List<Double> thresholds) {
        return org.beltmap.core.scenario.WhatIf.run(region, mode(), thresholds, scenario(), centres(region));
    }
}
