package org.beltmap.core.bundles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The segments of a layer's snapped lines, each kept once whatever its direction, walked into long paths for
 * buffering. A path goes on through junctions while its end has an unused segment; paths start at dead ends and
 * other odd nodes first, so a tree of roads becomes few paths. The paths cover exactly the distinct segments,
 * so the union of their buffers is the buffer of the lines. Deterministic: insertion order throughout.
 */
final class Network {

    private record Node(double x, double y) {
    }

    private final Map<Node, List<Integer>> incident = new LinkedHashMap<>();
    private final Map<List<Node>, Integer> ids = new LinkedHashMap<>();
    private final List<Node[]> segments = new ArrayList<>();

    void add(Geometry lines) {
        for (int i = 0; i < lines.getNumGeometries(); i++) {
            if (lines.getGeometryN(i) instanceof LineString ls) {
                for (int k = 0; k + 1 < ls.getNumPoints(); k++) {
                    add(node(ls.getCoordinateN(k)), node(ls.getCoordinateN(k + 1)));
                }
            }
        }
    }

    private static Node node(Coordinate c) {
        // +0.0 folds −0.0 into 0.0, which records would tell apart.
        return new Node(c.x + 0.0, c.y + 0.0);
    }

    private void add(Node a, Node b) {
        if (a.equals(b)) {
            return;
        }
        boolean ordered = a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
        List<Node> key = ordered ? List.of(a, b) : List.of(b, a);
        if (ids.putIfAbsent(key, segments.size()) == null) {
            incident.computeIfAbsent(a, n -> new ArrayList<>()).add(segments.size());
            incident.computeIfAbsent(b, n -> new ArrayList<>()).add(segments.size());
            segments.add(new Node[] {a, b});
        }
    }

    int segmentCount() {
        return segments.size();
    }

    /** Paths covering every distinct segment exactly once. */
    List<LineString> paths() {
        boolean[] used = new boolean[segments.size()];
        List<Node> starts = new ArrayList<>();
        incident.forEach((n, segs) -> {
            if (segs.size() % 2 == 1) {
                starts.add(n);
            }
        });
        starts.addAll(incident.keySet());
        List<LineString> out = new ArrayList<>();
        for (Node start : starts) {
            for (List<Coordinate> path = walk(start, used); path.size() > 1; path = walk(start, used)) {
                out.add(Geometries.FACTORY.createLineString(path.toArray(new Coordinate[0])));
            }
        }
        return out;
    }

    private List<Coordinate> walk(Node start, boolean[] used) {
        List<Coordinate> path = new ArrayList<>();
        Node at = start;
        path.add(new Coordinate(at.x(), at.y()));
        for (int next = unused(at, used); next >= 0; next = unused(at, used)) {
            used[next] = true;
            Node[] s = segments.get(next);
            at = s[0].equals(at) ? s[1] : s[0];
            path.add(new Coordinate(at.x(), at.y()));
        }
        return path;
    }

    private int unused(Node n, boolean[] used) {
        for (int s : incident.get(n)) {
            if (!used[s]) {
                return s;
            }
        }
        return -1;
    }
}
