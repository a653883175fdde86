package org.beltmap.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;

/**
 * The isochrone grid for a region. The default 500 m cell suits a krai (hundreds of km across) but draws a
 * microstate in blocks: with the default asked for, the cell shrinks to 1/400 of the towns' extent, never below
 * 100 m, and the smoothing follows it (half a cell). A cell the caller chose is kept as given.
 */
public final class IsochroneCell {

    static final double FINEST_M = 100;
    static final double CELLS_ACROSS = 400;

    private IsochroneCell() {
    }

    /** {cell, smoothing} in metres for {@code request} on {@code region}. */
    public static double[] effective(AnalysisRequest request, Region region) {
        double cell = request.isochroneCellM();
        double smooth = request.isochroneSmoothM();
        if (cell != AnalysisRequest.DEFAULT_CELL_M || smooth != AnalysisRequest.DEFAULT_SMOOTH_M) {
            return new double[] {cell, smooth};
        }
        double across = extentM(region);
        if (!(across > 0)) {
            return new double[] {cell, smooth};
        }
        double fitted = Math.max(FINEST_M, Math.min(cell, across / CELLS_ACROSS));
        return new double[] {fitted, smooth * fitted / cell};
    }

    /** The diagonal of the towns' and centres' bounding box, in metres (0 with fewer than two places). */
    static double extentM(Region region) {
        List<Town> all = new ArrayList<>(region.towns());
        all.addAll(region.centres());
        if (all.size() < 2) {
            return 0;
        }
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (Town t : all) {
            minLon = Math.min(minLon, t.lon());
            maxLon = Math.max(maxLon, t.lon());
            minLat = Math.min(minLat, t.lat());
            maxLat = Math.max(maxLat, t.lat());
        }
        double midLat = Math.toRadians((minLat + maxLat) / 2);
        double dx = Math.toRadians(maxLon - minLon) * Math.cos(midLat) * 6_371_000;
        double dy = Math.toRadians(maxLat - minLat) * 6_371_000;
        return Math.hypot(dx, dy);
    }
}
