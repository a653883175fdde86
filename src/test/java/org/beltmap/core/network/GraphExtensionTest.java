package org.beltmap.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A what-if graph derived from its base is the graph a full build of the same edges gives, array for array. */
class GraphExtensionTest {

    @Test
    void aDerivedGraphEqualsAFullBuild() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int round = 0; round < 200; round++) {
            int n = 2 + rnd.nextInt(40);
            RoadGraph base = ShortestPathsTest.random(rnd, n, rnd.nextInt(3 * n + 1), round % 2 == 0 ? "road" : "huge");
            int addNodes = rnd.nextInt(4);
            int addEdges = rnd.nextInt(6);
            double[] lon = new double[addNodes];
            double[] lat = new double[addNodes];
            for (int i = 0; i < addNodes; i++) {
                lon[i] = 39 + rnd.nextDouble();
                lat[i] = 45 + rnd.nextDouble();
            }
            int[] a = new int[addEdges];
            int[] b = new int[addEdges];
            double[] len = new double[addEdges];
            double[] min = new double[addEdges];
            for (int i = 0; i < addEdges; i++) {
                a[i] = rnd.nextInt(n + addNodes);
                b[i] = rnd.nextInt(n + addNodes);
                len[i] = 500;
                min[i] = rnd.nextDouble();
            }
            double[] minutes = new double[base.edgeCount()];
            for (int e = 0; e < minutes.length; e++) {
                // Some rounds keep the base's minutes, others change some or close an edge.
                minutes[e] = round % 3 == 0 || rnd.nextInt(4) > 0 ? base.edgeMinutes(e)
                        : rnd.nextInt(5) == 0 ? Double.POSITIVE_INFINITY : rnd.nextDouble() * 3;
            }
            Way way = new Way("scenario", 0, null, "planned", 90);
            RoadGraph derived = base.derive(minutes, lon, lat, a, b, len, min, way);
            RoadGraph full = fullBuild(base, minutes, lon, lat, a, b, len, min, way);
            String where = "round " + round;
            assertArrayEquals(full.firstArc, derived.firstArc, where);
            assertArrayEquals(full.arcHead, derived.arcHead, where);
            assertArrayEquals(full.arcMinutes, derived.arcMinutes, where);
            assertArrayEquals(full.arcEdge, derived.arcEdge, where);
            assertEquals(full.componentCount(), derived.componentCount(), where);
            for (int v = 0; v < full.nodeCount(); v++) {
                assertEquals(full.component(v), derived.component(v), where + ", node " + v);
            }
            assertEquals(full.minArcMinutes(), derived.minArcMinutes(), where);
            assertEquals(full.maxArcMinutes(), derived.maxArcMinutes(), where);
        }
    }

    private static RoadGraph fullBuild(RoadGraph g, double[] minutes, double[] lon, double[] lat, int[] a, int[] b,
                                       double[] len, double[] min, Way way) {
        int n = g.nodeCount();
        int m = g.edgeCount();
        double[] nLon = java.util.Arrays.copyOf(g.lon, n + lon.length);
        double[] nLat = java.util.Arrays.copyOf(g.lat, n + lat.length);
        System.arraycopy(lon, 0, nLon, n, lon.length);
        System.arraycopy(lat, 0, nLat, n, lat.length);
        int[] ea = java.util.Arrays.copyOf(g.edgeA, m + a.length);
        int[] eb = java.util.Arrays.copyOf(g.edgeB, m + a.length);
        double[] el = java.util.Arrays.copyOf(g.edgeLengthM, m + a.length);
        double[] em = java.util.Arrays.copyOf(minutes, m + a.length);
        int[] ew = java.util.Arrays.copyOf(g.edgeWay, m + a.length);
        byte[] ed = java.util.Arrays.copyOf(g.edgeDir, m + a.length);
        List<Way> ways = new ArrayList<>(g.ways());
        ways.add(way);
        for (int i = 0; i < a.length; i++) {
            ea[m + i] = a[i];
            eb[m + i] = b[i];
            el[m + i] = len[i];
            em[m + i] = min[i];
            ew[m + i] = ways.size() - 1;
        }
        return new RoadGraph(nLon, nLat, ea, eb, el, em, ew, ed, ways, g.joins());
    }
}
