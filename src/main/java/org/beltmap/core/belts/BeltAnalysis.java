package org.beltmap.core.belts;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.RegionNetwork;
import org.beltmap.core.network.RoadGraph;

/** The whole МТД and belts run for a region: network, access legs, Dijkstra from the centres, every town. */
public final class BeltAnalysis {

    /** Result: per town access, the network it ran on, the thresholds used and how long it took. */
    public record Result(List<TownAccess> towns, RoadGraph graph, AccessAnalysis access, List<Double> thresholds,
                         long millis) {

        /** Towns per belt, index 0 = belt 1; unreachable towns are not counted. */
        public int[] townsPerBelt() {
            int[] counts = new int[thresholds.size() + 1];
            for (TownAccess a : towns) {
                if (a.reachable()) {
                    counts[a.belt() - 1]++;
                }
            }
            return counts;
        }
    }

    private BeltAnalysis() {
    }

    public static Result run(Region region, RegionNetwork.Mode mode, List<Double> thresholds, List<Town> centres) {
        long t0 = System.nanoTime();
        RoadGraph graph = RegionNetwork.build(region, mode);
        return run(region, graph, thresholds, centres, t0);
    }

    public static Result run(Region region, RoadGraph graph, List<Double> thresholds, List<Town> centres, long t0) {
        Settings s = region.project().settings();
        return run(region, graph, new NetworkAccess(graph, s.detourFactor(), s.accessSpeedKmh()), thresholds, centres,
                t0);
    }

    /** With an access index already built (what-if re-runs share the base network's). */
    public static Result run(Region region, RoadGraph graph, NetworkAccess access, List<Double> thresholds,
                             List<Town> centres, long t0) {
        Settings s = region.project().settings();
        List<Double> th = Belts.validated(thresholds == null ? s.beltThresholdsMin() : thresholds);
        AccessAnalysis analysis = new AccessAnalysis(graph, access, centres == null ? region.centres() : centres)
                .maxAccess(s.maxAccessKm() * 1000).run(Double.POSITIVE_INFINITY);
        return classify(region, graph, analysis, th, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Every town's МТД and belt from a Dijkstra already run: a threshold change costs only this. */
    public static Result classify(Region region, RoadGraph graph, AccessAnalysis analysis, List<Double> thresholds,
                                  long millis) {
        List<Double> th = Belts.validated(thresholds);
        List<TownAccess> out = new ArrayList<>();
        for (Town t : region.towns()) {
            out.add(analysis.town(t, th));
        }
        return new Result(out, graph, analysis, th, millis);
    }

    /** Default run: roads only, the project's thresholds and centres. */
    public static Result run(Region region) {
        return run(region, RegionNetwork.Mode.ROADS, null, null);
    }
}
