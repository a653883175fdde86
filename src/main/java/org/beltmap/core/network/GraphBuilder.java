package org.beltmap.core.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.geo.Geodesy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Builds a {@link RoadGraph} from messy line data: vertices closer than the snap tolerance become one node (dual
 * carriageways, digitising noise), and a line end that stops short of another line within the gap tolerance is
 * joined to it (to its nearest point, splitting that edge), each join recorded. Every component is kept.
 */
public final class GraphBuilder {

    private final double snapM;
    private final double gapM;
    private final double mx;
    private final double my = Geodesy.METRES_PER_DEGREE;
    private final double cell;
    private final Map<Long, int[]> grid = new HashMap<>();
    private double[] lon = new double[1024];
    private double[] lat = new double[1024];
    private int nodes;
    private int[] ea = new int[1024];
    private int[] eb = new int[1024];
    private int[] eway = new int[1024];
    private int[] epart = new int[1024];
    private double[] espeed = new double[1024];
    private byte[] edir = new byte[1024];
    private int edges;
    private int parts;
    private final List<Way> ways = new ArrayList<>();
    private java.util.function.BiPredicate<Coordinate, Coordinate> segmentFilter;

    /** Segments for which the filter is false are left out (closed roads in a scenario); null keeps all. */
    public void setSegmentFilter(java.util.function.BiPredicate<Coordinate, Coordinate> filter) {
        this.segmentFilter = filter;
    }

    /** @param refLat a latitude in the middle of the data, for the local metric approximation used in snapping */
    public GraphBuilder(double snapToleranceM, double gapJoinM, double refLat) {
        this.snapM = Math.max(0, snapToleranceM);
        this.gapM = Math.max(0, gapJoinM);
        this.mx = Geodesy.metresPerDegreeLon(refLat);
        this.cell = Math.max(1, snapM);
    }

    /** Adds every LineString part of a (Multi)LineString as two-way edges of the given way. */
    public void addLines(Geometry g, Way way) {
        addLines(g, way, RoadGraph.BOTH);
    }

    /**
     * Adds every LineString part as edges of the way in a direction: {@link RoadGraph#FORWARD} runs as the line
     * is digitised, {@link RoadGraph#BACKWARD} against it, {@link RoadGraph#BOTH} both ways.
     */
    public void addLines(Geometry g, Way way, byte direction) {
        if (g == null || way.speedKmh() <= 0) {
            return;
        }
        int w = ways.size();
        ways.add(way);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString ls) {
                addPart(ls.getCoordinates(), w, way.speedKmh(), direction);
            }
        }
    }

    private void addPart(Coordinate[] cs, int way, double speed, byte dir) {
        int part = parts++;
        int prev = -1;
        Coordinate prevC = null;
        for (Coordinate c : cs) {
            int n = node(c.x, c.y);
            if (prev >= 0 && n != prev && (segmentFilter == null || segmentFilter.test(prevC, c))) {
                addEdge(prev, n, way, part, speed, dir);
            }
            prev = n;
            prevC = c;
        }
    }

    private int node(double x, double y) {
        long cx = (long) Math.floor(x * mx / cell);
        long cy = (long) Math.floor(y * my / cell);
        int best = -1;
        double bestD = snapM;
        for (long i = cx - 1; i <= cx + 1; i++) {
            for (long j = cy - 1; j <= cy + 1; j++) {
                int[] list = grid.get(key(i, j));
                if (list == null) {
                    continue;
                }
                for (int k = 1; k <= list[0]; k++) {
                    int n = list[k];
                    double d = Math.hypot((lon[n] - x) * mx, (lat[n] - y) * my);
                    if (d <= bestD) {
                        bestD = d;
                        best = n;
                    }
                }
            }
        }
        if (best >= 0) {
            return best;
        }
        return newNode(x, y, cx, cy);
    }

    private int newNode(double x, double y, long cx, long cy) {
        if (nodes == lon.length) {
            lon = Arrays.copyOf(lon, nodes * 2);
            lat = Arrays.copyOf(lat, nodes * 2);
        }
        lon[nodes] = x;
        lat[nodes] = y;
        long k = key(cx, cy);
        int[] list = grid.get(k);
        if (list == null) {
            list = new int[4];
        } else if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[++list[0]] = nodes;
        grid.put(k, list);
        return nodes++;
    }

    private static long key(long i, long j) {
        return (i << 32) ^ (j & 0xffffffffL);
    }

    private int addEdge(int a, int b, int way, int part, double speed, byte dir) {
        if (edges == ea.length) {
            int cap = edges * 2;
            ea = Arrays.copyOf(ea, cap);
            eb = Arrays.copyOf(eb, cap);
            eway = Arrays.copyOf(eway, cap);
            epart = Arrays.copyOf(epart, cap);
            espeed = Arrays.copyOf(espeed, cap);
            edir = Arrays.copyOf(edir, cap);
        }
        ea[edges] = a;
        eb[edges] = b;
        eway[edges] = way;
        epart[edges] = part;
        espeed[edges] = speed;
        edir[edges] = dir;
        return edges++;
    }

    /** Joins gaps, then freezes everything into CSR arrays. */
    public RoadGraph build() {
        List<GapJoin> joins = gapM > 0 ? joinGaps() : List.of();
        double[] len = new double[edges];
        double[] minutes = new double[edges];
        for (int e = 0; e < edges; e++) {
            len[e] = Geodesy.distanceM(lon[ea[e]], lat[ea[e]], lon[eb[e]], lat[eb[e]]);
            minutes[e] = len[e] / 1000.0 / espeed[e] * 60.0;
        }
        // Nodes renumbered along a Hilbert curve (edges keep their order): ids are internal, locality is speed.
        int[] newId = NodeOrder.hilbert(lon, lat, nodes);
        int[] a = Arrays.copyOf(ea, edges);
        int[] b = Arrays.copyOf(eb, edges);
        NodeOrder.rename(a, edges, newId);
        NodeOrder.rename(b, edges, newId);
        return new RoadGraph(NodeOrder.permute(Arrays.copyOf(lon, nodes), newId),
                NodeOrder.permute(Arrays.copyOf(lat, nodes), newId), a, b, len, minutes, Arrays.copyOf(eway, edges),
                Arrays.copyOf(edir, edges), ways, joins);
    }

    private record Split(double fraction, int node) {
    }

    private List<GapJoin> joinGaps() {
        int[] degree = new int[nodes];
        int[] endEdge = new int[nodes];
        for (int e = 0; e < edges; e++) {
            degree[ea[e]]++;
            degree[eb[e]]++;
            endEdge[ea[e]] = e;
            endEdge[eb[e]] = e;
        }
        STRtree index = new STRtree();
        for (int e = 0; e < edges; e++) {
            index.insert(new Envelope(lon[ea[e]], lon[eb[e]], lat[ea[e]], lat[eb[e]]), e);
        }
        index.build();
        Map<Integer, List<Split>> splits = new HashMap<>();
        List<GapJoin> joins = new ArrayList<>();
        int originalEdges = edges;
        double dx = gapM / mx;
        double dy = gapM / my;
        for (int n = 0; n < degree.length; n++) {
            if (degree[n] != 1) {
                continue;
            }
            int own = endEdge[n];
            int bestEdge = -1;
            double bestD = gapM;
            double bestF = 0;
            for (Object o : index.query(new Envelope(lon[n] - dx, lon[n] + dx, lat[n] - dy, lat[n] + dy))) {
                int e = (Integer) o;
                if (epart[e] == epart[own] || ea[e] == n || eb[e] == n) {
                    continue;
                }
                double ax = lon[ea[e]] * mx;
                double ay = lat[ea[e]] * my;
                double bx = lon[eb[e]] * mx - ax;
                double by = lat[eb[e]] * my - ay;
                double px = lon[n] * mx - ax;
                double py = lat[n] * my - ay;
                double l2 = bx * bx + by * by;
                double f = l2 == 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / l2));
                double d = Math.hypot(px - f * bx, py - f * by);
                if (d < bestD) {
                    bestD = d;
                    bestEdge = e;
                    bestF = f;
                }
            }
            if (bestEdge < 0) {
                continue;
            }
            double segLen = Math.hypot((lon[eb[bestEdge]] - lon[ea[bestEdge]]) * mx,
                    (lat[eb[bestEdge]] - lat[ea[bestEdge]]) * my);
            int target;
            if (bestF * segLen <= Math.max(snapM, 1)) {
                target = ea[bestEdge];
            } else if ((1 - bestF) * segLen <= Math.max(snapM, 1)) {
                target = eb[bestEdge];
            } else {
                double x = lon[ea[bestEdge]] + bestF * (lon[eb[bestEdge]] - lon[ea[bestEdge]]);
                double y = lat[ea[bestEdge]] + bestF * (lat[eb[bestEdge]] - lat[ea[bestEdge]]);
                target = newNode(x, y, (long) Math.floor(x * mx / cell), (long) Math.floor(y * my / cell));
                splits.computeIfAbsent(bestEdge, k -> new ArrayList<>()).add(new Split(bestF, target));
            }
            if (alreadyJoined(n, target, originalEdges)) {
                continue;
            }
            // A gap join is a short link, passable both ways whatever the line it ends.
            addEdge(n, target, -1, -1, espeed[own], RoadGraph.BOTH);
            joins.add(new GapJoin(lon[n], lat[n], lon[target], lat[target],
                    Geodesy.distanceM(lon[n], lat[n], lon[target], lat[target])));
        }
        splits.forEach(this::applySplits);
        return joins;
    }

    private boolean alreadyJoined(int n, int target, int from) {
        for (int e = from; e < edges; e++) {
            if ((ea[e] == n && eb[e] == target) || (ea[e] == target && eb[e] == n)) {
                return true;
            }
        }
        return false;
    }

    private void applySplits(int e, List<Split> list) {
        list.sort((p, q) -> Double.compare(p.fraction(), q.fraction()));
        int end = eb[e];
        int prev = list.get(0).node();
        eb[e] = prev;
        for (int i = 1; i < list.size(); i++) {
            int next = list.get(i).node();
            if (next != prev) {
                addEdge(prev, next, eway[e], epart[e], espeed[e], edir[e]);
            }
            prev = next;
        }
        addEdge(prev, end, eway[e], epart[e], espeed[e], edir[e]);
    }
}
