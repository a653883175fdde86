package org.beltmap.core.network;

import java.util.List;

/**
 * A routable network in compressed sparse row form: node coordinates, and for each node a run of outgoing arcs
 * ({@code arcHead}, {@code arcMinutes}, {@code arcEdge}). Every undirected edge is two arcs. Only primitive arrays,
 * so Dijkstra touches no objects on its hot path.
 */
public final class RoadGraph {

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
    private final List<Way> ways;
    private final List<GapJoin> joins;
    private final int[] component;
    private final int componentCount;

    RoadGraph(double[] lon, double[] lat, int[] edgeA, int[] edgeB, double[] edgeLengthM, double[] edgeMinutes,
              int[] edgeWay, List<Way> ways, List<GapJoin> joins) {
        this.lon = lon;
        this.lat = lat;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.edgeLengthM = edgeLengthM;
        this.edgeMinutes = edgeMinutes;
        this.edgeWay = edgeWay;
        this.ways = List.copyOf(ways);
        this.joins = List.copyOf(joins);
        int n = lon.length;
        int m = edgeA.length;
        firstArc = new int[n + 1];
        for (int e = 0; e < m; e++) {
            firstArc[edgeA[e] + 1]++;
            firstArc[edgeB[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            firstArc[i + 1] += firstArc[i];
        }
        arcHead = new int[2 * m];
        arcMinutes = new double[2 * m];
        arcEdge = new int[2 * m];
        int[] fill = java.util.Arrays.copyOf(firstArc, n);
        for (int e = 0; e < m; e++) {
            int a = edgeA[e];
            int b = edgeB[e];
            int i = fill[a]++;
            arcHead[i] = b;
            arcMinutes[i] = edgeMinutes[e];
            arcEdge[i] = e;
            int j = fill[b]++;
            arcHead[j] = a;
            arcMinutes[j] = edgeMinutes[e];
            arcEdge[j] = e;
        }
        component = new int[n];
        componentCount = labelComponents();
    }

    private int labelComponents() {
        java.util.Arrays.fill(component, -1);
        int[] stack = new int[Math.max(1, lon.length)];
        int c = 0;
        for (int s = 0; s < lon.length; s++) {
            if (component[s] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            component[s] = c;
            while (top > 0) {
                int u = stack[--top];
                for (int i = firstArc[u]; i < firstArc[u + 1]; i++) {
                    int v = arcHead[i];
                    if (component[v] < 0) {
                        component[v] = c;
                        stack[top++] = v;
                    }
                }
            }
            c++;
        }
        return c;
    }

    /**
     * A graph that keeps every node and edge of this one, with new minutes per edge (+∞ closes an edge), plus
     * appended nodes and edges: what a what-if needs, built without snapping or gap joining again.
     */
    public RoadGraph derive(double[] minutes, double[] addLon, double[] addLat, int[] addA, int[] addB, double[] addLen,
                            double[] addMinutes, Way addWay) {
        int n = lon.length;
        int m = edgeA.length;
        double[] nLon = java.util.Arrays.copyOf(lon, n + addLon.length);
        double[] nLat = java.util.Arrays.copyOf(lat, n + addLat.length);
        System.arraycopy(addLon, 0, nLon, n, addLon.length);
        System.arraycopy(addLat, 0, nLat, n, addLat.length);
        int k = addA.length;
        int[] a = java.util.Arrays.copyOf(edgeA, m + k);
        int[] b = java.util.Arrays.copyOf(edgeB, m + k);
        double[] len = java.util.Arrays.copyOf(edgeLengthM, m + k);
        double[] min = java.util.Arrays.copyOf(minutes, m + k);
        int[] way = java.util.Arrays.copyOf(edgeWay, m + k);
        List<Way> w = new java.util.ArrayList<>(ways);
        w.add(addWay);
        for (int i = 0; i < k; i++) {
            a[m + i] = addA[i];
            b[m + i] = addB[i];
            len[m + i] = addLen[i];
            min[m + i] = addMinutes[i];
            way[m + i] = w.size() - 1;
        }
        return new RoadGraph(nLon, nLat, a, b, len, min, way, w, joins);
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

    /** The way (source feature) of an edge, or null for a gap join. */
    public Way way(int e) {
        return edgeWay[e] < 0 ? null : ways.get(edgeWay[e]);
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
