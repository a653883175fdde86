package org.beltmap.core.network;

import java.util.List;

/**
 * A routable network in compressed sparse row form: node coordinates, and for each node a run of outgoing arcs
 * ({@code arcHead}, {@code arcMinutes}, {@code arcEdge}). A two-way edge is two arcs, a one-way edge one (its
 * direction is {@link #FORWARD}, A → B, or {@link #BACKWARD}). Only primitive arrays, so Dijkstra touches no
 * objects on its hot path. Components are weak: a one-way street still joins its two ends.
 */
public final class RoadGraph {

    /** Edge directions: both ways, only from A to B, only from B to A. */
    public static final byte BOTH = 0;
    public static final byte FORWARD = 1;
    public static final byte BACKWARD = -1;

    final double[] lon;
    final double[] lat;
    final int[] firstArc;
    final int[] arcHead;
    final double[] arcMinutes;
    final int[] arcEdge;
    /** Per undirected edge: end nodes, length in metres, minutes, the way it belongs to (-1 for a gap join). */
    final int[] edgeA;
    final int[] edgeB;
    final double[] edgeLengthM;
    final double[] edgeMinutes;
    final int[] edgeWay;
    /** Per edge: {@link #BOTH}, {@link #FORWARD} or {@link #BACKWARD}. */
    final byte[] edgeDir;
    private final List<Way> ways;
    private final List<GapJoin> joins;
    private final int[] component;
    private final int componentCount;
    /** Smallest and largest finite arc minutes (+∞ and 0 without any): they size Dijkstra's buckets. */
    private final double minArc;
    private final double maxArc;

    RoadGraph(double[] lon, double[] lat, int[] edgeA, int[] edgeB, double[] edgeLengthM, double[] edgeMinutes,
              int[] edgeWay, List<Way> ways, List<GapJoin> joins) {
        this(lon, lat, edgeA, edgeB, edgeLengthM, edgeMinutes, edgeWay, null, ways, joins);
    }

    /** @param edgeDir per edge direction, or null when every edge is two-way */
    RoadGraph(double[] lon, double[] lat, int[] edgeA, int[] edgeB, double[] edgeLengthM, double[] edgeMinutes,
              int[] edgeWay, byte[] edgeDir, List<Way> ways, List<GapJoin> joins) {
        this.lon = lon;
        this.lat = lat;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.edgeLengthM = edgeLengthM;
        this.edgeMinutes = edgeMinutes;
        this.edgeWay = edgeWay;
        this.ways = List.copyOf(ways);
        this.joins = List.copyOf(joins);
        this.edgeDir = edgeDir == null ? new byte[edgeA.length] : edgeDir;
        int n = lon.length;
        int m = edgeA.length;
        firstArc = new int[n + 1];
        int arcs = 0;
        for (int e = 0; e < m; e++) {
            if (this.edgeDir[e] != BACKWARD) {
                firstArc[edgeA[e] + 1]++;
                arcs++;
            }
            if (this.edgeDir[e] != FORWARD) {
                firstArc[edgeB[e] + 1]++;
                arcs++;
            }
        }
        for (int i = 0; i < n; i++) {
            firstArc[i + 1] += firstArc[i];
        }
        arcHead = new int[arcs];
        arcMinutes = new double[arcs];
        arcEdge = new int[arcs];
        int[] fill = java.util.Arrays.copyOf(firstArc, n);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int e = 0; e < m; e++) {
            double w = edgeMinutes[e];
            // A closed edge (+∞) is never relaxed, so it does not size the buckets.
            if (w < Double.POSITIVE_INFINITY) {
                lo = w < lo ? w : lo;
                hi = w > hi ? w : hi;
            }
            if (this.edgeDir[e] != BACKWARD) {
                int i = fill[edgeA[e]]++;
                arcHead[i] = edgeB[e];
                arcMinutes[i] = edgeMinutes[e];
                arcEdge[i] = e;
            }
            if (this.edgeDir[e] != FORWARD) {
                int j = fill[edgeB[e]]++;
                arcHead[j] = edgeA[e];
                arcMinutes[j] = edgeMinutes[e];
                arcEdge[j] = e;
            }
        }
        minArc = lo;
        maxArc = hi;
        component = new int[n];
        componentCount = labelComponents();
    }

    double minArcMinutes() {
        return minArc;
    }

    double maxArcMinutes() {
        return maxArc;
    }

    /** Weak components by union-find over the edges, numbered in order of their lowest node. */
    private int labelComponents() {
        int n = lon.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < edgeA.length; e++) {
            int a = find(parent, edgeA[e]);
            int b = find(parent, edgeB[e]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int c = 0;
        for (int s = 0; s < n; s++) {
            int r = find(parent, s);
            // The root is the lowest node of its set, so it is labelled before any other member.
            component[s] = r == s ? c++ : component[r];
        }
        return c;
    }

    private static int find(int[] parent, int x) {
        int r = x;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[x] != r) {
            int next = parent[x];
            parent[x] = r;
            x = next;
        }
        return r;
    }

    /**
     * A graph that keeps every node and edge of this one (with its direction), with new minutes per edge (+∞
     * closes an edge), plus appended two-way nodes and edges: what a what-if needs, built without snapping or gap
     * joining again.
     */
    public RoadGraph derive(double[] minutes, double[] addLon, double[] addLat, int[] addA, int[] addB, double[] addLen,
                            double[] addMinutes, Way addWay) {
        int n = lon.length;
        int m = edgeA.length;
        // Arrays are never written after a graph is built, so unchanged ones are shared with the base.
        double[] nLon = addLon.length == 0 ? lon : java.util.Arrays.copyOf(lon, n + addLon.length);
        double[] nLat = addLat.length == 0 ? lat : java.util.Arrays.copyOf(lat, n + addLat.length);
        System.arraycopy(addLon, 0, nLon, n, addLon.length);
        System.arraycopy(addLat, 0, nLat, n, addLat.length);
        int k = addA.length;
        int[] a = java.util.Arrays.copyOf(edgeA, m + k);
        int[] b = java.util.Arrays.copyOf(edgeB, m + k);
        double[] len = java.util.Arrays.copyOf(edgeLengthM, m + k);
        double[] min = java.util.Arrays.copyOf(minutes, m + k);
        int[] way = java.util.Arrays.copyOf(edgeWay, m + k);
        byte[] dir = java.util.Arrays.copyOf(edgeDir, m + k);
        List<Way> w = new java.util.ArrayList<>(ways);
        w.add(addWay);
        for (int i = 0; i < k; i++) {
            a[m + i] = addA[i];
            b[m + i] = addB[i];
            len[m + i] = addLen[i];
            min[m + i] = addMinutes[i];
            way[m + i] = w.size() - 1;
        }
        boolean same = java.util.Arrays.equals(min, 0, m, edgeMinutes, 0, m);
        return new RoadGraph(nLon, nLat, a, b, len, min, way, dir, w, joins,
                new GraphExtension(this, nLon.length, a, b, min, dir, same));
    }

    /** A derived graph whose arcs and components come from its base ({@link GraphExtension}). */
    private RoadGraph(double[] lon, double[] lat, int[] edgeA, int[] edgeB, double[] edgeLengthM,
                      double[] edgeMinutes, int[] edgeWay, byte[] edgeDir, List<Way> ways, List<GapJoin> joins,
                      GraphExtension x) {
        this.lon = lon;
        this.lat = lat;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.edgeLengthM = edgeLengthM;
        this.edgeMinutes = edgeMinutes;
        this.edgeWay = edgeWay;
        this.edgeDir = edgeDir;
        this.ways = List.copyOf(ways);
        this.joins = List.copyOf(joins);
        this.firstArc = x.firstArc;
        this.arcHead = x.arcHead;
        this.arcMinutes = x.arcMinutes;
        this.arcEdge = x.arcEdge;
        this.component = x.component;
        this.componentCount = x.componentCount;
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double w : edgeMinutes) {
            if (w < Double.POSITIVE_INFINITY) {
                lo = w < lo ? w : lo;
                hi = w > hi ? w : hi;
            }
        }
        this.minArc = lo;
        this.maxArc = hi;
    }

    public int nodeCount() {
        return lon.length;
    }

    public int edgeCount() {
        return edgeA.length;
    }

    public double lon(int node) {
        return lon[node];
    }

    public double lat(int node) {
        return lat[node];
    }

    public int edgeA(int e) {
        return edgeA[e];
    }

    public int edgeB(int e) {
        return edgeB[e];
    }

    public double edgeLengthM(int e) {
        return edgeLengthM[e];
    }

    public double edgeMinutes(int e) {
        return edgeMinutes[e];
    }

    /** {@link #BOTH}, {@link #FORWARD} (A → B only) or {@link #BACKWARD} (B → A only). */
    public byte direction(int e) {
        return edgeDir[e];
    }

    /** Whether the edge may be driven from A to B. */
    public boolean forward(int e) {
        return edgeDir[e] != BACKWARD;
    }

    /** Whether the edge may be driven from B to A. */
    public boolean backward(int e) {
        return edgeDir[e] != FORWARD;
    }

    /** Whether any edge is one-way. */
    public boolean directed() {
        for (byte d : edgeDir) {
            if (d != BOTH) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses a one-way value: yes, true, 1 (and any positive number) run A → B as digitised; -1, reverse (and any
     * negative number) run B → A; no, 0, empty or anything else is two-way.
     */
    public static byte oneway(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d > 0 ? FORWARD : d < 0 ? BACKWARD : BOTH;
        }
        if (v == null) {
            return BOTH;
        }
        String s = v.toString().trim().toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "yes", "true", "1", "forward" -> {
                return FORWARD;
            }
            case "-1", "reverse", "backward" -> {
                return BACKWARD;
            }
            default -> {
                try {
                    return oneway(Double.parseDouble(s));
                } catch (NumberFormatException e) {
                    return BOTH;
                }
            }
        }
    }

    /** The way (source feature) of an edge, or null for a gap join. */
    public Way way(int e) {
        return edgeWay[e] < 0 ? null : ways.get(edgeWay[e]);
    }

    /** The index of an edge's way in {@link #ways()}, or -1 for a gap join. */
    public int wayIndex(int e) {
        return edgeWay[e];
    }

    public List<Way> ways() {
        return ways;
    }

    public List<GapJoin> joins() {
        return joins;
    }

    public int component(int node) {
        return component[node];
    }

    /**
     * Whether this graph keeps every node and edge of {@code base} unchanged (ends, direction, minutes) and only
     * appends: then a run on {@code base} can be extended ({@link ShortestPaths#runExtending}).
     */
    public boolean extendsGraph(RoadGraph base) {
        int m0 = base.edgeCount();
        if (base == this) {
            return true;
        }
        if (base.nodeCount() > nodeCount() || m0 > edgeCount()) {
            return false;
        }
        return java.util.Arrays.equals(edgeA, 0, m0, base.edgeA, 0, m0)
                && java.util.Arrays.equals(edgeB, 0, m0, base.edgeB, 0, m0)
                && java.util.Arrays.equals(edgeDir, 0, m0, base.edgeDir, 0, m0)
                && java.util.Arrays.equals(edgeMinutes, 0, m0, base.edgeMinutes, 0, m0);
    }

    /** The per node component labels themselves, for a derived graph to share (never written). */
    int[] componentArray() {
        return component;
    }

    public int componentCount() {
        return componentCount;
    }

    /** Node count per component, indexed by component id. */
    public int[] componentSizes() {
        int[] sizes = new int[componentCount];
        for (int c : component) {
            sizes[c]++;
        }
        return sizes;
    }

    /** Total length of all edges in km, gap joins included. */
    public double totalLengthKm() {
        double s = 0;
        for (double l : edgeLengthM) {
            s += l;
        }
        return s / 1000;
    }
}
