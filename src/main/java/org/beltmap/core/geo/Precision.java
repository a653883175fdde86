package org.beltmap.core.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * The coordinate grid of published geometry: {@link #DECIMALS} decimal degrees (about 0.1 m). Rounding a valid
 * polygon vertex by vertex can make it self-intersect or collapse a ring, so polygons are reduced with snap
 * rounding that keeps them valid; a geometry on this grid is then written exactly by any writer with at least
 * this many decimals (GeoJSON, WKT, WKB), and GDAL and GEOS read back the same valid polygon.
 */
public final class Precision {

    public static final int DECIMALS = 6;
    private static final PrecisionModel GRID = new PrecisionModel(Math.pow(10, DECIMALS));

    private Precision() {
    }

    /** The geometry on the publication grid: polygons valid (snap-rounded), lines and points rounded. */
    public static Geometry reduce(Geometry g) {
        if (g == null || g.isEmpty()) {
            return g;
        }
        if (!(g instanceof Polygonal)) {
            return GeometryPrecisionReducer.reducePointwise(g, GRID);
        }
        Geometry in = g.isValid() ? g : GeometryFixer.fix(g);
        Geometry out = GeometryPrecisionReducer.reduce(in, GRID);
        return out.isValid() ? out : GeometryPrecisionReducer.reduce(GeometryFixer.fix(out), GRID);
    }

    /** Whether every coordinate already lies on the publication grid. */
    public static boolean onGrid(Geometry g) {
        for (var c : g.getCoordinates()) {
            if (GRID.makePrecise(c.x) != c.x || GRID.makePrecise(c.y) != c.y) {
                return false;
            }
        }
        return true;
    }
}
