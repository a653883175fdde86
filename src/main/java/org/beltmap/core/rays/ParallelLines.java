package org.beltmap.core.rays;

import java.util.List;
import org.beltmap.core.geo.Geodesy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/** Which share of a ray's length runs within a distance of other lines (a parallel railway). */
final class ParallelLines {

    private static final double STEP_KM = 2;
    private final STRtree index = new STRtree();
    private final double withinKm;
    private final boolean empty;

    ParallelLines(List<Geometry> lines, double withinKm) {
        this.withinKm = withinKm;
        for (Geometry g : lines) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                index.insert(g.getGeometryN(i).getEnvelopeInternal(), g.getGeometryN(i));
            }
        }
        this.empty = lines.isEmpty();
        index.build();
    }

    /** Samples the ray every 2 km and counts the samples within reach of a line. */
    double share(LineString ray) {
        if (empty) {
            return 0;
        }
        Coordinate[] c = ray.getCoordinates();
        int samples = 0;
        int near = 0;
        double walked = 0;
        double next = 0;
        for (int i = 1; i < c.length; i++) {
            double segKm = Geodesy.distanceM(c[i - 1].x, c[i - 1].y, c[i].x, c[i].y) / 1000;
            while (next <= walked + segKm) {
                double f = segKm == 0 ? 0 : (next - walked) / segKm;
                samples++;
                near += isNear(c[i - 1].x + f * (c[i].x - c[i - 1].x), c[i - 1].y + f * (c[i].y - c[i - 1].y)) ? 1 : 0;
                next += STEP_KM;
            }
            walked += segKm;
        }
        return samples == 0 ? 0 : near / (double) samples;
    }

    private boolean isNear(double lon, double lat) {
        double dLat = withinKm * 1000 / Geodesy.METRES_PER_DEGREE;
        double dLon = withinKm * 1000 / Geodesy.metresPerDegreeLon(lat);
        Envelope e = new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
        for (Object o : index.query(e)) {
            Geometry g = (Geometry) o;
            Coordinate[] nearest = DistanceOp.nearestPoints(g, g.getFactory().createPoint(new Coordinate(lon, lat)));
            if (Geodesy.distanceM(lon, lat, nearest[0].x, nearest[0].y) <= withinKm * 1000) {
                return true;
            }
        }
        return false;
    }
}
