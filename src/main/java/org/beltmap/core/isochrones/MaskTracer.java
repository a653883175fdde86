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
 * inside on its left, so shells come out counter-clockwise and holes clockwise. At a corner where two inside cells
 * touch diagonally (a saddle) the tracer keeps them apart (turns left) unless they are joined elsewhere (the same
 * 4-connected part of the mask), in which case it joins them there and keeps the two outside cells apart: either
 * way the rings meet only at that point, as two polygons or two holes, and no ring ever touches itself.
 */
final class MaskTracer {

    private final int w;
    private final int h;
    private final boolean[] in;
    /** Up to two outgoing boundary edges per corner: the end corner, or -1. */
    private final int[] out1;
    private final int[] out2;
    /** 4-connected part of each inside cell, labelled on the first saddle. */
    private int[] part;

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
        // Rings start at plain corners, so every saddle is met on the way and decided by the rule; the second
        // pass only picks up what the first could not start, which no ring needs.
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < out1.length; c++) {
                while (out1[c] >= 0 && (pass == 1 || out2[c] < 0)) {
                    ring(gf, walk(c), shells, holes, holeProbes);
                }
            }
        }
        return assemble(gf, shells, holes, holeProbes);
    }

    private static void ring(GeometryFactory gf, List<Coordinate> ring, List<LinearRing> shells,
                             List<LinearRing> holes, List<Coordinate> holeProbes) {
        LinearRing r = gf.createLinearRing(ring.toArray(new Coordinate[0]));
        if (signedArea(ring) > 0) {
            shells.add(r);
            return;
        }
        holes.add(r);
        // The inside cell left of the hole's first edge lies in the shell that owns the hole.
        Coordinate a = ring.get(0);
        Coordinate b = ring.get(1);
        double dx = Math.signum(b.x - a.x);
        double dy = Math.signum(b.y - a.y);
        holeProbes.add(new Coordinate(a.x + dx * 0.5 - dy * 0.5, a.y + dy * 0.5 + dx * 0.5));
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
            int ci = from % (w + 1);
            int cj = from / (w + 1);
            // At a saddle turn left, direction (-dy, dx), unless the two inside cells are joined elsewhere.
            boolean left = out2[from] < 0 || !joinedElsewhere(ci, cj);
            to = take(from, left ? corner(ci - dy, cj + dx) : corner(ci + dy, cj - dx));
        }
        return withoutCollinear(pts);
    }

    /** Whether the diagonal pair of inside cells at saddle corner (ci, cj) lies in one 4-connected part. */
    private boolean joinedElsewhere(int ci, int cj) {
        if (part == null) {
            part = labelParts();
        }
        return inside(ci - 1, cj - 1) && inside(ci, cj)
                ? part[(cj - 1) * w + ci - 1] == part[cj * w + ci]
                : part[(cj - 1) * w + ci] == part[cj * w + ci - 1];
    }

    private int[] labelParts() {
        int[] label = new int[w * h];
        java.util.Arrays.fill(label, -1);
        int[] stack = new int[w * h];
        int next = 0;
        for (int s = 0; s < label.length; s++) {
            if (!in[s] || label[s] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            label[s] = next;
            while (top > 0) {
                int k = stack[--top];
                int i = k % w;
                int j = k / w;
                int[] nb = {i > 0 ? k - 1 : -1, i < w - 1 ? k + 1 : -1, j > 0 ? k - w : -1, j < h - 1 ? k + w : -1};
                for (int n : nb) {
                    if (n >= 0 && in[n] && label[n] < 0) {
                        label[n] = next;
                        stack[top++] = n;
                    }
                }
            }
            next++;
        }
        return label;
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
