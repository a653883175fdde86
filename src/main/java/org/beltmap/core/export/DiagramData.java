package org.beltmap.core.export;

import java.util.List;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.bundles.Bundle;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.model.Region;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.scoring.TownScore;

/**
 * Everything a belt diagram shows; rays, bundles and scores are drawn when present (may be empty).
 *
 * @param network what the МТД ran on, named in the subtitle: "roads" or "roads and railways"
 */
public record DiagramData(Region region, BeltAnalysis.Result belts, List<Isochrone> isochrones, List<Ray> rays,
                          List<Bundle> bundles, List<TownScore> scores, String scenario, String attribution,
                          String network) {

    public DiagramData {
        rays = rays == null ? List.of() : rays;
        bundles = bundles == null ? List.of() : bundles;
        scores = scores == null ? List.of() : scores;
        isochrones = isochrones == null ? List.of() : isochrones;
        network = network == null ? "roads" : network;
    }

    public DiagramData(Region region, BeltAnalysis.Result belts, List<Isochrone> isochrones, List<Ray> rays,
                       List<Bundle> bundles, List<TownScore> scores, String scenario, String attribution) {
        this(region, belts, isochrones, rays, bundles, scores, scenario, attribution, null);
    }

    /** What the one analysis produced, credited with the project's attribution. */
    public static DiagramData of(AnalysisResult r) {
        return of(r, r.region().project().attribution());
    }

    /** What the one analysis produced, as a diagram and the data exports show it. */
    public static DiagramData of(AnalysisResult r, String attribution) {
        return new DiagramData(r.region(), r.belts(), r.isochrones(), r.rays(), r.bundleList(), r.scores(),
                r.scenario().isEmpty() ? null : r.scenario().name(), attribution, r.networkName());
    }
}
