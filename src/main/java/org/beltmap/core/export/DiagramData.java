package org.beltmap.core.export;

import java.util.List;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.bundles.Bundle;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.model.Region;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.scoring.TownScore;

/** Everything a belt diagram shows; rays, bundles and scores are drawn when present (may be empty). */
public record DiagramData(Region region, BeltAnalysis.Result belts, List<Isochrone> isochrones, List<Ray> rays,
                          List<Bundle> bundles, List<TownScore> scores, String scenario, String attribution) {

    public DiagramData {
        rays = rays == null ? List.of() : rays;
        bundles = bundles == null ? List.of() : bundles;
        scores = scores == null ? List.of() : scores;
        isochrones = isochrones == null ? List.of() : isochrones;
    }
}
