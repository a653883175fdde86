package org.beltmap.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.beltmap.core.belts.AccessAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.Town;
import org.junit.jupiter.api.Test;

/**
 * A what-if run that extends the base run (roads only added) gives the minutes and МТД of a full run on the new
 * graph, and its tree still explains every node's minutes.
 */
class ExtendingRunTest {

    private static Town town(String id, double lon, double lat) {
        return new Town(id, id, id, lon, lat, 1000, null, Published.NONE, null);
    }

    @Test
    void extendingTheBaseRunEqualsAFullRun() {
        SplittableRandom rnd = new SplittableRandom(11);
        int extended = 0;
        for (int round = 0; round < 120; round++) {
            int n = 3 + rnd.nextInt(50);
            RoadGraph g = ShortestPathsTest.random(rnd, n, n + rnd.nextInt(3 * n), "road");
            NetworkAccess access = new NetworkAccess(g, 1.3, 40);
            List<Town> centres = List.of(town("C", 39 + rnd.nextDouble(), 45 + rnd.nextDouble()));
            AccessAnalysis base = new AccessAnalysis(g, access, centres).run(Double.POSITIVE_INFINITY);
            int addNodes = rnd.nextInt(3);
            int addEdges = 1 + rnd.nextInt(4);
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
                len[i] = 1000;
                min[i] = 0.05 + rnd.nextDouble() * (rnd.nextBoolean() ? 0.5 : 10);
            }
            double[] minutes = new double[g.edgeCount()];
            for (int e = 0; e < minutes.length; e++) {
                minutes[e] = g.edgeMinutes(e);
            }
            RoadGraph g2 = g.derive(minutes, lon, lat, a, b, len, min, new Way("scenario", 0, null, "x", 90));
            NetworkAccess access2 = access.extendedTo(g2);
            AccessAnalysis full = new AccessAnalysis(g2, access2, centres).run(Double.POSITIVE_INFINITY);
            AccessAnalysis ext = new AccessAnalysis(g2, access2, centres).runExtending(base);
            extended += g2.extendsGraph(g) ? 1 : 0;
            for (int v = 0; v < g2.nodeCount(); v++) {
                String where = "round " + round + ", node " + v;
                assertEquals(full.paths().minutes(v), ext.paths().minutes(v), where);
                int arc = ext.paths().predArc(v);
                if (arc >= 0) {
                    int tail = ext.paths().tail(arc);
                    assertEquals(g2.arcHead[arc], v, where);
                    assertEquals(ext.paths().minutes(tail) + g2.arcMinutes[arc], ext.paths().minutes(v), where);
                    assertEquals(ext.paths().source(tail), ext.paths().source(v), where);
                }
            }
            for (int t = 0; t < 5; t++) {
                Town x = town("T" + t, 39 + rnd.nextDouble(), 45 + rnd.nextDouble());
                TownAccess f = full.town(x, List.of(30.0, 60.0));
                TownAccess e = ext.town(x, List.of(30.0, 60.0));
                assertEquals(f.status(), e.status(), "round " + round);
                assertEquals(f.mtdMin(), e.mtdMin(), 1e-9, "round " + round);
                assertEquals(f.routeKm(), e.routeKm(), 1e-6, "round " + round);
            }
        }
        assertTrue(extended > 100);
    }
}
