package org.beltmap.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bundles.BundleAnalysis;
import org.beltmap.core.bundles.Bundle;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.metrics.BeltStatistics;
import org.beltmap.core.metrics.SettlementNetworkMetrics;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.scoring.TownScore;

/**
 * The whole analysis of a region under one request. Parts that were not asked for are empty lists (bundles null;
 * belts null only when bundles alone were asked for).
 *
 * @param railways whether railways were part of the network the МТД ran on
 * @param centres the centres used (chosen ones plus a scenario's added ones)
 * @param derivedRays rays found on the base network (road, and railway where the region has railways)
 * @param rays what the user sees and scores use: the derived rays with the project's ray edits applied
 * @param settlements МТД and belt of the settlements layer's places
 * @param scores development-potential score of every town, ranked
 * @param settlementScores scores of the settlements layer, ranked among themselves
 * @param timings milliseconds per stage that ran in this call (a cached stage is not listed)
 */
public record AnalysisResult(Region region, AnalysisRequest request, boolean railways, List<Town> centres,
                             BeltAnalysis.Result belts, List<TownAccess> settlements, List<Isochrone> isochrones,
                             List<Ray> derivedRays, List<Ray> rays, BundleAnalysis.Result bundles,
                             List<TownScore> scores, List<TownScore> settlementScores, ScoringModel scoring,
                             Map<String, Long> timings) {

    public Scenario scenario() {
        return request.scenario();
    }

    /** Rays that score distances are measured to: the road rays (railway rays are drawn, not scored). */
    public List<Ray> roadRays() {
        return rays.stream().filter(r -> "road".equals(r.mode())).toList();
    }

    public List<Bundle> bundleList() {
        return bundles == null ? List.of() : bundles.bundles();
    }

    public Optional<TownAccess> access(String townId) {
        return belts.towns().stream().filter(a -> a.town().id().equals(townId)).findFirst();
    }

    public Optional<TownScore> score(String townId) {
        return scores.stream().filter(s -> s.town().id().equals(townId)).findFirst();
    }

    /** Size-class shares of the towns (settlement-network metrics). */
    public List<SettlementNetworkMetrics.ClassShare> classShares() {
        return SettlementNetworkMetrics.byClass(region);
    }

    /**
     * Towns, settlements, population and area per belt ({@link BeltStatistics}), computed from this result when
     * asked (areas need the isochrone bands at the belt thresholds).
     */
    public BeltStatistics beltStatistics() {
        return BeltStatistics.of(region, belts, settlements, isochrones);
    }

    /** Total milliseconds of the stages that ran in this call. */
    public long millis() {
        return timings.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What network the МТД ran on, for subtitles and reports: "roads" or "roads and railways". */
    public String networkName() {
        return railways ? "roads and railways" : "roads";
    }
}
