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
 * @param labels the language of the place names drawn (null: Russian, the sheets' first language)
 */
public record DiagramData(Region region, BeltAnalysis.Result belts, List<Isochrone> isochrones, List<Ray> rays,
                          List<Bundle> bundles, List<TownScore> scores, String scenario, String attribution,
                          String network, java.util.Locale labels) {

    public DiagramData {
        rays = rays == null ? List.of() : rays;
        bundles = bundles == null ? List.of() : bundles;
        scores = scores == null ? List.of() : scores;
        isochrones = isochrones == null ? List.of() : isochrones;
        network = network == null ? "roads" : network;
    }

    public DiagramData(Region region, BeltAnalysis.Result belts, List<Isochrone> isochrones, List<Ray> rays,
                       List<Bundle> bundles, List<TownScore> scores, String scenario, String attribution,
                       String network) {
        this(region, belts, isochrones, rays, bundles, scores, scenario, attribution, network, null);
    }

    public DiagramData(Region region, BeltAnalysis.Result belts, List<Isochrone> isochrones, List<Ray> rays,
                       List<Bundle> bundles, List<TownScore> scores, String scenario, String attribution) {
        this(region, belts, isochrones, rays, bundles, scores, scenario, attribution, null, null);
    }

    /** The same diagram with place names in {@code locale} (an English report names towns in Latin script). */
    public DiagramData withLabels(java.util.Locale locale) {
        return new DiagramData(region, belts, isochrones, rays, bundles, scores, scenario, attribution, network, locale);
    }

    /** A place's name as the sheet draws it. */
    public String label(org.beltmap.core.model.Town t) {
        return labels == null ? t.nameRu() : t.name(labels);
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
