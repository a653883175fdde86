package org.beltmap.core.io;

import java.nio.file.Path;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate checks every reader applies (GeoJSON, CSV, GeoPackage): finite numbers, and longitude/latitude
 * within -180..180 and -90..90 where degrees are expected, so NaN or latitude 95 are refused whatever the format.
 */
final class CoordinateChecks {

    private CoordinateChecks() {
    }

    /**
     * Degrees expected. {@code declared} says why ("the file declares no CRS"); {@code crsFix} is the fix for
     * projected metres found where degrees were expected.
     */
    static void lonLat(Path file, String record, Geometry g, String declared, String crsFix) {
        double[] bad = firstBad(g);
        if (bad == null) {
            return;
        }
        double x = bad[0];
        double y = bad[1];
        String at = "[" + x + ", " + y + "]";
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new DataException(file, record, "position " + at + " is not a finite number",
                    "replace it with real coordinates, or leave the feature without geometry");
        }
        if (Math.abs(x) > 1000 || Math.abs(y) > 1000) {
            throw new DataException(file, record, "coordinates (" + x + ", " + y
                    + ") are not longitude/latitude but " + declared, crsFix);
        }
        if (Math.abs(y) > 90) {
            throw new DataException(file, record, "latitude " + y + " is outside -90..90 (position " + at + ")",
                    "positions are [longitude, latitude]; check for swapped or mistyped values");
        }
        throw new DataException(file, record, "longitude " + x + " is outside -180..180 (position " + at + ")",
                "positions are [longitude, latitude]; check for mistyped values");
    }

    /** As {@link #lonLat(Path, String, Geometry, String, String)} for a file that declares no CRS (GeoJSON). */
    static void lonLat(Path file, String record, Geometry g, String declared) {
        lonLat(file, record, g, declared, "add a 'crs' member naming the EPSG code, or reproject to EPSG:4326");
    }

    /** The first position that is not finite degrees, or null. */
    static double[] firstBad(Geometry g) {
        double[][] found = new double[1][];
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                double y = seq.getY(i);
                if (found[0] == null && !(Math.abs(x) <= 180 && Math.abs(y) <= 90)) {
                    found[0] = new double[] {x, y}; // NaN fails the comparisons too
                }
            }

            @Override
            public boolean isDone() {
                return found[0] != null;
            }

            @Override
            public boolean isGeometryChanged() {
                return false;
            }
        });
        return found[0];
    }
}
