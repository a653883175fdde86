package org.beltmap.core.isochrones;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Outlines of a binary grid mask as valid polygons, along cell edges. Each boundary edge is directed with the
 * inside on its left, so shells come out counter-clockwise and holes clockwise; at a corner where two inside cells
 * touch diagonally the tracer turns left, keeping them separate, so no ring ever touches itself.
 */
final class MaskTracer {

    private final int w;
    private final int h;
    private final boolean[] in;
    /** Up to two outgoing boundary edges per corner: the end corner, or -1. */
    private final int[] out1;
    private final int[] out2;

    MaskTracer(int w, int h, boolean[] in) {
        this.w = w;
        this.h = h;
        this.in = in;
        int corners = (w + 1) * (h + 1);
        out1 = new int[corners];
        out2 = new int[corners];
        Arrays.fill(out1, -1);
        Arrays.fill(out2, -1);
    }

    private boolean inside(int i, int j) {
        return i >= 0 && j >= 0 && i < w && j < h && in[j * w + i];
    }

    private int corner(int i, int j) {
        return j * (w + 1) + i;
    }

    private void edge(int from, int to) {
        if (out1[from] < 0) {
            out1[from] = to;
        } else {
            out2[from] = to;
        }
    }

    /** Polygons in grid corner units (x = i, y = j); the caller scales them. */
    List<Polygon> trace(GeometryFactory gf) {
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                if (!inside(i, j)) {
                    continue;
                }
                if (!inside(i, j - 1)) {
                    edge(corner(i, j), corner(i + 1, j));
                }
                if (!inside(i + 1, j)) {
                    edge(corner(i + 1, j), corner(i + 1, j + 1));
                }
                if (!inside(i, j + 1)) {
                    edge(corner(i + 1, j + 1), corner(i, j + 1));
                }
                if (!inside(i - 1, j)) {
                    edge(corner(i, j + 1), corner(i, j));
                }
            }
        }
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        List<Coordinate> holeProbes = new ArrayList<>();
        for (int c = 0; c < out1.length; c++) {
            while (out1[c] >= 0) {
                List<Coordinate> ring = walk(c);
                LinearRing r = gf.createLinearRing(ring.toArray(new Coordinate[0]));
                if (signedArea(ring) > 0) {
                    shells.add(r);
                } else {
                    holes.add(r);
                    // The inside cell left of the hole's first edge lies in the shell that owns the hole.
                    Coordinate a = ring.get(0);
                    Coordinate b = ring.get(1);
                    double dx = Math.signum(b.x - a.x);
                    double dy = Math.signum(b.y - a.y);
                    holeProbes.add(new Coordinate(a.x + dx * 0.5 - dy * 0.5, a.y + dy * 0.5 + dx * 0.5));
                }
            }
        }
        return assemble(gf, shells, holes, holeProbes);
    }

    private List<Coordinate> walk(int start) {
        List<Coordinate> pts = new ArrayList<>();
        pts.add(xy(start));
        int from = start;
        int to = take(from, -1);
        while (to != start) {
            pts.add(xy(to));
            int dx = Integer.signum(to % (w + 1) - from % (w + 1));
            int dy = Integer.signum(to / (w + 1) - from / (w + 1));
            from = to;
            // At a saddle prefer the left turn, direction (-dy, dx).
            to = take(from, corner(from % (w + 1) - dy, from / (w + 1) + dx));
        }
        return withoutCollinear(pts);
    }

    /** Keeps only the corners where the ring turns, and closes it. */
    static List<Coordinate> withoutCollinear(List<Coordinate> open) {
        int n = open.size();
        List<Coordinate> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Coordinate p = open.get((k + n - 1) % n);
            Coordinate c = open.get(k);
            Coordinate q = open.get((k + 1) % n);
            boolean straight = (p.x == c.x && c.x == q.x) || (p.y == c.y && c.y == q.y);
            if (!straight) {
                out.add(c);
            }
        }
        out.add(new Coordinate(out.get(0)));
        return out;
    }

    /** Removes and returns an outgoing edge end from a corner, the preferred one if present. */
    private int take(int c, int preferred) {
        int r;
        if (out2[c] >= 0 && out2[c] == preferred) {
            r = out2[c];
            out2[c] = -1;
        } else {
            r = out1[c];
            out1[c] = out2[c];
            out2[c] = -1;
        }
        return r;
    }

    private Coordinate xy(int c) {
        return new Coordinate(c % (w + 1), c / (w + 1));
    }

    static double signedArea(List<Coordinate> ring) {
        double s = 0;
        for (int k = 0; k + 1 < ring.size(); k++) {
            s += ring.get(k).x * ring.get(k + 1).y - ring.get(k + 1).x * ring.get(k).y;
        }
        return s / 2;
    }

    private static List<Polygon> assemble(GeometryFactory gf, List<LinearRing> shells, List<LinearRing> holes,
                                          List<Coordinate> probes) {
        List<List<LinearRing>> owned = new ArrayList<>();
        STRtree index = new STRtree();
        List<PreparedGeometry> prepared = new ArrayList<>();
        List<Double> areas = new ArrayList<>();
        for (int s = 0; s < shells.size(); s++) {
            owned.add(new ArrayList<>());
            Polygon p = gf.createPolygon(shells.get(s));
            prepared.add(PreparedGeometryFactory.prepare(p));
            areas.add(p.getArea());
            index.insert(p.getEnvelopeInternal(), s);
        }
        for (int k = 0; k < holes.size(); k++) {
            Coordinate probe = probes.get(k);
            Geometry pt = gf.createPoint(probe);
            int best = -1;
            for (Object o : index.query(new Envelope(probe))) {
                int s = (Integer) o;
                if (prepared.get(s).contains(pt) && (best < 0 || areas.get(s) < areas.get(best))) {
                    best = s;
                }
            }
            if (best >= 0) {
                owned.get(best).add(holes.get(k));
            }
        }
        List<Polygon> out = new ArrayList<>();
        for (int s = 0; s < shells.size(); s++) {
            out.add(gf.createPolygon(shells.get(s), owned.get(s).toArray(new LinearRing[0])));
        }
        return out;
    }
}
