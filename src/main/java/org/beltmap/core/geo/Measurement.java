package org.beltmap.core.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A distance / area measurement on the ground: a path of lon/lat points, its great-circle length and, for three
 * points or more, the geodesic area of the polygon they enclose (the path closed back to its first point).
 */
public final class Measurement {

    private static final GeometryFactory GF = new GeometryFactory();
    private final List<double[]> points = new ArrayList<>();
    private boolean closed;

    public void add(double lon, double lat) {
        if (!closed) {
            points.add(new double[] {lon, lat});
        }
    }

    /** Ends the path back at its first point (a ring); needs three points. */
    public void close() {
        closed = points.size() >= 3;
    }

    public boolean isClosed() {
        return closed;
    }

    public void clear() {
        points.clear();
        closed = false;
    }

    public List<double[]> points() {
        return List.copyOf(points);
    }

    public int size() {
        return points.size();
    }

    /** Great-circle length of the path in km, including the closing edge when closed. */
    public double lengthKm() {
        return lengthKm(points, closed);
    }

    /** Length with one more, provisional point (where the mouse is), for the running readout. */
    public double lengthKmTo(double lon, double lat) {
        List<double[]> p = new ArrayList<>(points);
        p.add(new double[] {lon, lat});
        return lengthKm(p, false);
    }

    /** Area in km² of the polygon the points enclose (closed back to the first), or NaN under three points. */
    public double areaKm2() {
        return areaKm2(points);
    }

    /** Area with one more, provisional point. */
    public double areaKm2To(double lon, double lat) {
        List<double[]> p = new ArrayList<>(points);
        p.add(new double[] {lon, lat});
        return areaKm2(p);
    }

    private static double lengthKm(List<double[]> p, boolean closed) {
        double m = 0;
        for (int i = 1; i < p.size(); i++) {
            m += Geodesy.distanceM(p.get(i - 1)[0], p.get(i - 1)[1], p.get(i)[0], p.get(i)[1]);
        }
        if (closed && p.size() >= 3) {
            m += Geodesy.distanceM(p.get(p.size() - 1)[0], p.get(p.size() - 1)[1], p.get(0)[0], p.get(0)[1]);
        }
        return m / 1000;
    }

    private static double areaKm2(List<double[]> p) {
        if (p.size() < 3) {
            return Double.NaN;
        }
        Coordinate[] c = new Coordinate[p.size() + 1];
        for (int i = 0; i < p.size(); i++) {
            c[i] = new Coordinate(p.get(i)[0], p.get(i)[1]);
        }
        c[p.size()] = c[0];
        return GeodesicArea.km2(GF.createPolygon(c));
    }

    /** Points along the great circle from a to b (both included), for drawing a long edge as it runs. */
    public static List<double[]> greatCircle(double[] a, double[] b, int steps) {
        double l1 = Math.toRadians(a[0]);
        double p1 = Math.toRadians(a[1]);
        double l2 = Math.toRadians(b[0]);
        double p2 = Math.toRadians(b[1]);
        double d = Geodesy.distanceM(a[0], a[1], b[0], b[1]) / Geodesy.EARTH_RADIUS_M;
        List<double[]> out = new ArrayList<>(steps + 1);
        if (d < 1e-9) {
            return List.of(a, b);
        }
        for (int k = 0; k <= steps; k++) {
            double f = k / (double) steps;
            double s1 = Math.sin((1 - f) * d) / Math.sin(d);
            double s2 = Math.sin(f * d) / Math.sin(d);
            double x = s1 * Math.cos(p1) * Math.cos(l1) + s2 * Math.cos(p2) * Math.cos(l2);
            double y = s1 * Math.cos(p1) * Math.sin(l1) + s2 * Math.cos(p2) * Math.sin(l2);
            double z = s1 * Math.sin(p1) + s2 * Math.sin(p2);
            out.add(new double[] {Math.toDegrees(Math.atan2(y, x)), Math.toDegrees(Math.atan2(z, Math.hypot(x, y)))});
        }
        return out;
    }
}
