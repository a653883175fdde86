package org.beltmap.core.bundles;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Length of the border two interior-disjoint pieces share, measured on their rings: the parts of a's edges that
 * run along b's edges within {@link #TOLERANCE_M}. Pieces come from the same corridor edges split at different
 * nodes, so shared edges are collinear but their vertices differ. Unioning the two only to compare perimeters
 * costs a full overlay of both (the largest bundles have thousands of vertices); this reads only the edges near
 * the other piece.
 */
final class SharedBorder {

    /** Edges this close (m) to each other and parallel count as one border; pieces are snapped at 1 mm. */
    static final double TOLERANCE_M = 0.01;
    /** Below this many candidate edges a plain scan beats building an index. */
    private static final int INDEX_FROM = 32;

    private SharedBorder() {
    }

    static double lengthM(Geometry a, Geometry b) {
        Envelope around = new Envelope(a.getEnvelopeInternal());
        around.expandBy(TOLERANCE_M);
        Envelope common = around.intersection(b.getEnvelopeInternal());
        if (common.isNull()) {
            return 0;
        }
        common.expandBy(TOLERANCE_M);
        List<double[]> near = edges(b, common);
        if (near.isEmpty()) {
            return 0;
        }
        STRtree index = null;
        if (near.size() >= INDEX_FROM) {
            index = new STRtree();
            for (double[] e : near) {
                index.insert(envelope(e), e);
            }
        }
        double sum = 0;
        for (double[] s : edges(a, common)) {
            Envelope reach = envelope(s);
            reach.expandBy(TOLERANCE_M);
            @SuppressWarnings("unchecked")
            List<double[]> candidates = index == null ? near : index.query(reach);
            for (double[] t : candidates) {
                sum += overlap(s, t);
            }
        }
        return sum;
    }

    /** Length of {@code s} along which {@code t} runs within the tolerance. */
    static double overlap(double[] s, double[] t) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return 0;
        }
        // distances of t's ends from s's line, and their positions along s
        double c1 = ((t[0] - s[0]) * dy - (t[1] - s[1]) * dx) / len;
        double c2 = ((t[2] - s[0]) * dy - (t[3] - s[1]) * dx) / len;
        if (Math.abs(c1) > TOLERANCE_M || Math.abs(c2) > TOLERANCE_M) {
            return 0;
        }
        double u1 = ((t[0] - s[0]) * dx + (t[1] - s[1]) * dy) / len;
        double u2 = ((t[2] - s[0]) * dx + (t[3] - s[1]) * dy) / len;
        double lo = Math.max(0, Math.min(u1, u2));
        double hi = Math.min(len, Math.max(u1, u2));
        return Math.max(0, hi - lo);
    }

    /** The ring edges of a polygonal geometry that touch the envelope, as {x1, y1, x2, y2}. */
    private static List<double[]> edges(Geometry g, Envelope within) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && p.getEnvelopeInternal().intersects(within)) {
                ring(p.getExteriorRing().getCoordinateSequence(), within, out);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(p.getInteriorRingN(h).getCoordinateSequence(), within, out);
                }
            }
        }
        return out;
    }

    private static void ring(CoordinateSequence seq, Envelope within, List<double[]> out) {
        for (int k = 0; k + 1 < seq.size(); k++) {
            double x1 = seq.getX(k);
            double y1 = seq.getY(k);
            double x2 = seq.getX(k + 1);
            double y2 = seq.getY(k + 1);
            if (Math.max(x1, x2) >= within.getMinX() && Math.min(x1, x2) <= within.getMaxX()
                    && Math.max(y1, y2) >= within.getMinY() && Math.min(y1, y2) <= within.getMaxY()) {
                out.add(new double[] {x1, y1, x2, y2});
            }
        }
    }

    private static Envelope envelope(double[] e) {
        return new Envelope(new Coordinate(e[0], e[1]), new Coordinate(e[2], e[3]));
    }
}
