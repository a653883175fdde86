package org.beltmap.core.network;

import static org.beltmap.core.network.TestGraphs.line;
import static org.beltmap.core.network.TestGraphs.way;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.beltmap.core.geo.Geodesy;
import org.junit.jupiter.api.Test;

class NodeOrderTest {

    /** A 64 × 64 lattice given in random order comes out along the curve: each next node is a grid neighbour. */
    @Test
    void consecutiveIdsAreNeighboursOnTheGround() {
        int side = 64;
        int n = side * side;
        int[] cell = new int[n];
        for (int i = 0; i < n; i++) {
            cell[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = cell[i];
            cell[i] = cell[j];
            cell[j] = t;
        }
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = 10 + (cell[i] % side) * 0.01;
            lat[i] = -0.315 + (cell[i] / side) * 0.01;
        }
        int[] newId = NodeOrder.hilbert(lon, lat, n);
        int[] atRank = new int[n];
        java.util.Arrays.fill(atRank, -1);
        for (int i = 0; i < n; i++) {
            assertEquals(-1, atRank[newId[i]], "a permutation");
            atRank[newId[i]] = cell[i];
        }
        for (int r = 1; r < n; r++) {
            int a = atRank[r - 1];
            int b = atRank[r];
            int steps = Math.abs(a % side - b % side) + Math.abs(a / side - b / side);
            assertEquals(1, steps, "ranks " + (r - 1) + " and " + r);
        }
    }

    @Test
    void nodesAtOnePlaceKeepTheirInputOrder() {
        int[] newId = NodeOrder.hilbert(new double[] {39, 38, 39}, new double[] {45, 44, 45}, 3);
        assertTrue(newId[0] < newId[2]);
    }

    /** Renumbered graphs still put every edge, its length and its minutes on its own two ends. */
    @Test
    void aBuiltGraphKeepsEveryEdgeBetweenItsOwnEnds() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 10, 0, 20, 0, 20, 10), way("X", 60));
        b.addLines(line(-5, 3, 10, 0.2, 10, 12), way("Y", 40));
        b.addLines(line(30, 30, 0, 0), way("Z", 90));
        RoadGraph g = b.build();
        for (int e = 0; e < g.edgeCount(); e++) {
            double m = Geodesy.distanceM(g.lon(g.edgeA(e)), g.lat(g.edgeA(e)), g.lon(g.edgeB(e)), g.lat(g.edgeB(e)));
            assertEquals(m, g.edgeLengthM(e), 1e-6);
        }
        // Way X's first edge still runs from its first vertex (0, 0) eastward.
        assertTrue(g.lon(g.edgeB(0)) > g.lon(g.edgeA(0)));
    }

    /** The table-driven key is the textbook Hilbert distance (xy2d with its rotations) at every level. */
    @Test
    void theKeyIsTheTextbookHilbertDistance() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int k = 0; k < 100_000; k++) {
            int x = k < 65_536 ? k & 0xff : rnd.nextInt(1 << 16);
            int y = k < 65_536 ? k >>> 8 : rnd.nextInt(1 << 16);
            assertEquals(xy2d(x, y), NodeOrder.key(x, y), x + "," + y);
        }
    }

    private static long xy2d(int x, int y) {
        long d = 0;
        for (int s = 1 << 15; s > 0; s >>>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
