package org.beltmap.core.network;

import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Small hand-drawn networks near 45° N, 39° E, with coordinates given in kilometres from that origin. */
public final class TestGraphs {

    public static final double LON0 = 39.0;
    public static final double LAT0 = 45.0;
    static final GeometryFactory GF = new GeometryFactory();

    private TestGraphs() {
    }

    public static double lon(double xKm) {
        return LON0 + xKm * 1000 / Geodesy.metresPerDegreeLon(LAT0);
    }

    public static double lat(double yKm) {
        return LAT0 + yKm * 1000 / Geodesy.METRES_PER_DEGREE;
    }

    /** A polyline through points given as x1,y1,x2,y2,... in km. */
    public static LineString line(double... km) {
        Coordinate[] cs = new Coordinate[km.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(lon(km[2 * i]), lat(km[2 * i + 1]));
        }
        return GF.createLineString(cs);
    }

    public static Way way(String ref, double kmh) {
        return new Way("roads", 0, "test", ref, kmh);
    }

    public static Town town(String name, double xKm, double yKm) {
        return new Town(name, name, name, lon(xKm), lat(yKm), 10_000, null, Published.NONE, null);
    }

    /** Exact minutes for the geodesic length of a polyline at a speed. */
    public static double minutes(LineString l, double kmh) {
        double m = 0;
        Coordinate[] c = l.getCoordinates();
        for (int i = 1; i < c.length; i++) {
            m += Geodesy.distanceM(c[i - 1].x, c[i - 1].y, c[i].x, c[i].y);
        }
        return m / 1000 / kmh * 60;
    }
}
