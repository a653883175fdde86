package org.beltmap.core.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Area on the WGS84 ellipsoid of lon/lat polygons. Latitudes are mapped to authalic latitudes, which makes the
 * ellipsoid area-equivalent to a sphere of radius R_q; rings are then integrated on that sphere. Exact up to the
 * edge shape (straight in lon/authalic-lat), i.e. better than 0.01 % for rings with vertices a few km apart.
 */
public final class GeodesicArea {

    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);
    private static final double QP = q(1.0);
    /** Radius of the sphere with the ellipsoid's surface area. */
    public static final double AUTHALIC_RADIUS_M = A * Math.sqrt(QP / 2);

    private GeodesicArea() {
    }

    /** Area in km² of the polygons in a lon/lat geometry (holes subtracted); lines and points count zero. */
    public static double km2(Geometry g) {
        double m2 = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                m2 += Math.abs(ringM2(p.getExteriorRing()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    m2 -= Math.abs(ringM2(p.getInteriorRingN(h)));
                }
            } else if (g.getGeometryN(i).getNumGeometries() > 1) {
                m2 += km2(g.getGeometryN(i)) * 1e6;
            }
        }
        return m2 / 1e6;
    }

    /** Signed area of a ring on the authalic sphere: R² Σ Δλ · (sin β1 + sin β2) / 2. */
    static double ringM2(LinearRing ring) {
        Coordinate[] c = ring.getCoordinates();
        double sum = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            double l1 = Math.toRadians(c[i].x);
            double l2 = Math.toRadians(c[i + 1].x);
            double dl = l2 - l1;
            if (dl > Math.PI) {
                dl -= 2 * Math.PI;
            } else if (dl < -Math.PI) {
                dl += 2 * Math.PI;
            }
            sum += dl * (sinAuthalic(c[i].y) + sinAuthalic(c[i + 1].y)) / 2;
        }
        return sum * AUTHALIC_RADIUS_M * AUTHALIC_RADIUS_M;
    }

    /** sin of the authalic latitude for a geodetic latitude in degrees. */
    static double sinAuthalic(double latDeg) {
        return q(Math.sin(Math.toRadians(latDeg))) / QP;
    }

    private static double q(double sinPhi) {
        double es = E * sinPhi;
        return (1 - E2) * (sinPhi / (1 - es * es) - Math.log((1 - es) / (1 + es)) / (2 * E));
    }
}
