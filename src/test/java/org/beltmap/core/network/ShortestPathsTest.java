package org.beltmap.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Both queues of {@link ShortestPaths} (Dial's buckets and the 4-ary heap) against a plain textbook Dijkstra on
 * random directed graphs: one-way and two-way edges, zero and huge edge times, closed edges, several sources with
 * start times, and time limits.
 */
class ShortestPathsTest {

    /** A random graph with n nodes and about m edges; weights from the given kind. */
    static RoadGraph random(SplittableRandom rnd, int n, int m, String weights) {
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = 39 + rnd.nextDouble();
            lat[i] = 45 + rnd.nextDouble();
        }
        int[] a = new int[m];
        int[] b = new int[m];
        double[] len = new double[m];
        double[] min = new double[m];
        byte[] dir = new byte[m];
        int[] way = new int[m];
        Arrays.fill(way, -1);
        int k = 0;
        while (k < m) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(n);
            if (u == v) {
                continue;
            }
            a[k] = u;
            b[k] = v;
            len[k] = 1000;
            min[k] = switch (weights) {
                case "road" -> 0.05 + rnd.nextDouble() * 10;
                case "zero" -> rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble() * 5;
                case "huge" -> rnd.nextInt(5) == 0 ? 1e7 * (1 + rnd.nextDouble())
                        : rnd.nextInt(20) == 0 ? Double.POSITIVE_INFINITY : 1e-3 + rnd.nextDouble();
                default -> throw new IllegalArgumentException(weights);
            };
            dir[k] = (byte) (rnd.nextInt(3) - 1);
            k++;
        }
        return new RoadGraph(lon, lat, a, b, len, min, way, dir, List.of(), List.of());
    }

    /** Textbook Dijkstra: O(n²) selection of the nearest unsettled node, straight from the edge lists. */
    static double[] textbook(RoadGraph g, int[] starts, double[] startMin, double limit) {
        int n = g.nodeCount();
        double[] d = new double[n];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int i = 0; i < starts.length; i++) {
            d[starts[i]] = Math.min(d[starts[i]], startMin[i]);
        }
        boolean[] done = new boolean[n];
        while (true) {
            int u = -1;
            for (int v = 0; v < n; v++) {
                if (!done[v] && d[v] < Double.POSITIVE_INFINITY && (u < 0 || d[v] < d[u])) {
                    u = v;
                }
            }
            if (u < 0) {
                break;
            }
            done[u] = true;
            for (int e = 0; e < g.edgeCount(); e++) {
                if (g.forward(e) && g.edgeA(e) == u) {
                    d[g.edgeB(e)] = Math.min(d[g.edgeB(e)], d[u] + g.edgeMinutes(e));
                }
                if (g.backward(e) && g.edgeB(e) == u) {
                    d[g.edgeA(e)] = Math.min(d[g.edgeA(e)], d[u] + g.edgeMinutes(e));
                }
            }
        }
        for (int v = 0; v < n; v++) {
            if (d[v] > limit) {
                d[v] = Double.POSITIVE_INFINITY;
            }
        }
        return d;
    }

    @Test
    void bothQueuesAgreeWithTextbookDijkstraOnRandomDirectedGraphs() {
        SplittableRandom rnd = new SplittableRandom(16);
        int bucketRuns = 0;
        for (int round = 0; round < 150; round++) {
            String weights = List.of("road", "zero", "huge").get(round % 3);
            int n = 2 + rnd.nextInt(60);
            RoadGraph g = random(rnd, n, rnd.nextInt(4 * n), weights);
            int sources = 1 + rnd.nextInt(3);
            int[] starts = new int[sources];
            double[] startMin = new double[sources];
            int[] labels = new int[sources];
            for (int i = 0; i < sources; i++) {
                starts[i] = rnd.nextInt(n);
                startMin[i] = rnd.nextInt(2) == 0 ? 0 : rnd.nextDouble() * 20;
                labels[i] = i;
            }
            double limit = rnd.nextInt(3) == 0 ? 5 + rnd.nextDouble() * 20 : Double.POSITIVE_INFINITY;
            double[] expected = textbook(g, starts, startMin, limit);
            ShortestPaths buckets = new ShortestPaths(g);
            ShortestPaths heap = new ShortestPaths(g, false);
            for (ShortestPaths sp : List.of(buckets, heap)) {
                sp.run(starts, startMin, labels, limit);
                for (int v = 0; v < n; v++) {
                    String where = weights + " graph " + round + ", node " + v;
                    assertEquals(expected[v], sp.minutes(v), 1e-9 * Math.max(1, expected[v]), where);
                    checkTree(g, sp, v, starts, startMin, where);
                }
            }
            if (weights.equals("road")) {
                bucketRuns++;
            }
        }
        assertTrue(bucketRuns > 0);
    }

    /** The predecessor arc of every reached node explains its minutes exactly; sources have none. */
    private static void checkTree(RoadGraph g, ShortestPaths sp, int v, int[] starts, double[] startMin,
                                  String where) {
        if (sp.minutes(v) == Double.POSITIVE_INFINITY) {
            assertEquals(-1, sp.source(v), where);
            return;
        }
        int arc = sp.predArc(v);
        if (arc < 0) {
            boolean isStart = false;
            for (int i = 0; i < starts.length; i++) {
                isStart |= starts[i] == v && startMin[i] == sp.minutes(v);
            }
            assertTrue(isStart, where + " has no predecessor but is no source");
            return;
        }
        int e = sp.edgeOfArc(arc);
        int tail = sp.tail(arc);
        assertTrue(tail == g.edgeA(e) ? g.forward(e) && g.edgeB(e) == v : g.backward(e) && g.edgeA(e) == v,
                where + ": the arc runs against its edge's direction");
        assertEquals(sp.minutes(tail) + g.edgeMinutes(e), sp.minutes(v), 1e-9 * Math.max(1, sp.minutes(v)), where);
        assertEquals(sp.source(tail), sp.source(v), where);
    }

    @Test
    void theBucketQueueIsUsedForRoadWeightsAndTheHeapForZeroOnes() {
        SplittableRandom rnd = new SplittableRandom(3);
        RoadGraph road = random(rnd, 30, 90, "road");
        RoadGraph zero = random(rnd, 30, 90, "zero");
        assertTrue(new ShortestPaths(road).usesBuckets());
        assertTrue(!new ShortestPaths(zero).usesBuckets());
        assertTrue(!new ShortestPaths(road, false).usesBuckets());
    }
}
