package org.beltmap.core.rays;

import org.beltmap.core.geo.Geodesy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/** Distances from points to ray lines in km, in a local plane scaled at the point's latitude. */
final class RayGeometry {

    private RayGeometry() {
    }

    static double distanceKm(LineString line, double lon, double lat) {
        double mx = Geodesy.metresPerDegreeLon(lat);
        double my = Geodesy.METRES_PER_DEGREE;
        Coordinate[] c = line.getCoordinates();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < c.length; i++) {
            double ax = (c[i - 1].x - lon) * mx;
            double ay = (c[i - 1].y - lat) * my;
            double bx = (c[i].x - lon) * mx;
            double by = (c[i].y - lat) * my;
            double dx = bx - ax;
            double dy = by - ay;
            double l2 = dx * dx + dy * dy;
            double f = l2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2));
            best = Math.min(best, Math.hypot(ax + f * dx, ay + f * dy));
        }
        return best / 1000;
    }
}
