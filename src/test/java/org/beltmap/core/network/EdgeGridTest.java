package org.beltmap.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.beltmap.core.geo.Geodesy;
import org.junit.jupiter.api.Test;

/** The access index against brute force: the nearest edges and every edge near a point, random networks. */
class EdgeGridTest {

    static double metres(RoadGraph g, int e, double lon, double lat) {
        double mx = Geodesy.metresPerDegreeLon(lat);
        double my = Geodesy.METRES_PER_DEGREE;
        double ax = (g.lon(g.edgeA(e)) - lon) * mx;
        double ay = (g.lat(g.edgeA(e)) - lat) * my;
        double bx = (g.lon(g.edgeB(e)) - lon) * mx - ax;
        double by = (g.lat(g.edgeB(e)) - lat) * my - ay;
        double l2 = bx * bx + by * by;
        double f = l2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * bx + ay * by) / l2));
        return Math.hypot(ax + f * bx, ay + f * by);
    }

    @Test
    void nearestAndNearAgreeWithBruteForce() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int round = 0; round < 40; round++) {
            // Short streets and a few long roads, some far outside the others' box.
            RoadGraph g = ShortestPathsTest.random(rnd, 20 + rnd.nextInt(300), 10 + rnd.nextInt(600), "road");
            EdgeGrid grid = new EdgeGrid(g, g.edgeCount());
            for (int q = 0; q < 20; q++) {
                double lon = 38.5 + rnd.nextDouble() * 2;
                double lat = 44.5 + rnd.nextDouble() * 2;
                int[] expected = IntStream.range(0, g.edgeCount()).boxed()
                        .sorted((x, y) -> Double.compare(metres(g, x, lon, lat), metres(g, y, lon, lat)))
                        .limit(12).mapToInt(Integer::intValue).toArray();
                int[] got = grid.nearest(lon, lat, 12, e -> metres(g, e, lon, lat));
                double[] dExpected = IntStream.of(expected).mapToDouble(e -> metres(g, e, lon, lat)).toArray();
                double[] dGot = IntStream.of(got).mapToDouble(e -> metres(g, e, lon, lat)).toArray();
                assertArrayEquals(dExpected, dGot, 1e-9, "round " + round + " query " + q);
                double r = rnd.nextDouble() * 30_000;
                Set<Integer> listed = new HashSet<>();
                grid.near(lon, lat, r, listed::add);
                for (int e = 0; e < g.edgeCount(); e++) {
                    assertTrue(metres(g, e, lon, lat) > r || listed.contains(e), "edge " + e + " within " + r);
                }
            }
        }
    }
}
