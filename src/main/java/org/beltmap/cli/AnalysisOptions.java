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

    void rejectScenario() {
        if (scenario != null) {
            throw new IllegalArgumentException(scenario + ": scenarios are not supported yet (they arrive with the "
                    + "what-if issue); run without --scenario");
        }
    }
}
