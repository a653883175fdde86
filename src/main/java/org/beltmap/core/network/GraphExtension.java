package org.beltmap.core.network;

import java.util.Arrays;

/**
 * The arcs and components of a graph that appends nodes and edges to a base graph (a what-if), derived from the
 * base's instead of rebuilt: base arc runs are copied in long blocks and each new arc goes to the end of its
 * node's run (where a full build puts it too, edges being filled in order), and components are the base's,
 * merged where new edges join them. The result equals a full build, array for array.
 */
final class GraphExtension {

    final int[] firstArc;
    final int[] arcHead;
    final double[] arcMinutes;
    final int[] arcEdge;
    final int[] component;
    final int componentCount;

    /**
     * @param minutes per edge minutes of the new graph (base edges first)
     * @param sameMinutes whether the base edges keep the base's minutes (arc minutes then copy, else look up)
     */
    GraphExtension(RoadGraph base, int nodes, int[] edgeA, int[] edgeB, double[] minutes, byte[] dir,
                   boolean sameMinutes) {
        int n0 = base.nodeCount();
        int m0 = base.edgeCount();
        int m = edgeA.length;
        int[] extra = new int[nodes];
        int added = 0;
        for (int e = m0; e < m; e++) {
            if (dir[e] != RoadGraph.BACKWARD) {
                extra[edgeA[e]]++;
                added++;
            }
            if (dir[e] != RoadGraph.FORWARD) {
                extra[edgeB[e]]++;
                added++;
            }
        }
        int baseArcs = base.arcHead.length;
        firstArc = new int[nodes + 1];
        for (int u = 0; u < nodes; u++) {
            int deg = u < n0 ? base.firstArc[u + 1] - base.firstArc[u] : 0;
            firstArc[u + 1] = firstArc[u] + deg + extra[u];
        }
        arcHead = new int[baseArcs + added];
        arcMinutes = new double[baseArcs + added];
        arcEdge = new int[baseArcs + added];
        // Base runs up to and including each node that gains arcs move as one block; then its new arcs.
        int[] fill = new int[nodes];
        int done = 0;
        for (int u = 0; u < nodes; u++) {
            if (extra[u] > 0 || u == nodes - 1) {
                int to = Math.min(u + 1, n0);
                if (to > done) {
                    int from = base.firstArc[done];
                    int len = base.firstArc[to] - from;
                    int at = firstArc[done];
                    System.arraycopy(base.arcHead, from, arcHead, at, len);
                    System.arraycopy(base.arcEdge, from, arcEdge, at, len);
                    System.arraycopy(base.arcMinutes, from, arcMinutes, at, len);
                    done = to;
                }
                fill[u] = firstArc[u + 1] - extra[u];
            }
        }
        for (int e = m0; e < m; e++) {
            if (dir[e] != RoadGraph.BACKWARD) {
                int i = fill[edgeA[e]]++;
                arcHead[i] = edgeB[e];
                arcEdge[i] = e;
            }
            if (dir[e] != RoadGraph.FORWARD) {
                int i = fill[edgeB[e]]++;
                arcHead[i] = edgeA[e];
                arcEdge[i] = e;
            }
        }
        for (int i = 0; i < arcEdge.length; i++) {
            if (!sameMinutes || arcEdge[i] >= m0) {
                arcMinutes[i] = minutes[arcEdge[i]];
            }
        }
        // Components: base labels (numbered by lowest node) merged by the new edges; new nodes after them.
        int c0 = base.componentCount();
        int sets = c0 + (nodes - n0);
        int[] parent = new int[sets];
        for (int s = 0; s < sets; s++) {
            parent[s] = s;
        }
        boolean merged = false;
        for (int e = m0; e < m; e++) {
            int a = find(parent, set(base, edgeA[e], n0, c0));
            int b = find(parent, set(base, edgeB[e], n0, c0));
            if (a != b) {
                // Sets are numbered in order of their lowest node, so the lower set keeps its place.
                parent[Math.max(a, b)] = Math.min(a, b);
                merged |= Math.max(a, b) < c0;
            }
        }
        int[] label = new int[sets];
        int count = 0;
        for (int s = 0; s < sets; s++) {
            int r = find(parent, s);
            label[s] = r == s ? count++ : label[r];
        }
        componentCount = count;
        if (!merged && nodes == n0) {
            component = base.componentArray();
        } else {
            component = new int[nodes];
            for (int v = 0; v < n0; v++) {
                component[v] = merged ? label[base.component(v)] : base.component(v);
            }
            for (int v = n0; v < nodes; v++) {
                component[v] = label[c0 + v - n0];
            }
        }
    }

    private static int set(RoadGraph base, int node, int n0, int c0) {
        return node < n0 ? base.component(node) : c0 + node - n0;
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
}
