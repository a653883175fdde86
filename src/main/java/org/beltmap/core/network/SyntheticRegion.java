package org.beltmap.core.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.beltmap.core.geo.Geodesy;

/**
 * A deterministic region-shaped road network for benchmarks: a jittered grid of local roads (40 km/h) with some
 * links missing, every 20th row and column a regional road (60), every 100th a federal one (90), around 45° N.
 */
public final class SyntheticRegion {

    /** Edge lists before the CSR is frozen, so the benchmark can time {@link #freeze} alone. */
    public record Edges(double[] lon, double[] lat, int[] a, int[] b, double[] lengthM, double[] minutes) {
    }

    public static final double SPACING_M = 500;

    private SyntheticRegion() {
    }

    public static Edges generate(int nodes, long seed) {
        int side = (int) Math.ceil(Math.sqrt(nodes));
        SplittableRandom rnd = new SplittableRandom(seed);
        double lat0 = 45 - side * SPACING_M / 2 / Geodesy.METRES_PER_DEGREE;
        double mx = Geodesy.metresPerDegreeLon(45);
        double lon0 = 39 - side * SPACING_M / 2 / mx;
        int n = side * side;
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                double jx = (rnd.nextDouble() - 0.5) * 0.3 * SPACING_M;
                double jy = (rnd.nextDouble() - 0.5) * 0.3 * SPACING_M;
                lon[j * side + i] = lon0 + (i * SPACING_M + jx) / mx;
                lat[j * side + i] = lat0 + (j * SPACING_M + jy) / Geodesy.METRES_PER_DEGREE;
            }
        }
        int cap = 2 * n;
        int[] a = new int[cap];
        int[] b = new int[cap];
        double[] len = new double[cap];
        double[] min = new double[cap];
        int m = 0;
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                int u = j * side + i;
                for (int dir = 0; dir < 2; dir++) {
                    int ni = i + (dir == 0 ? 1 : 0);
                    int nj = j + (dir == 1 ? 1 : 0);
                    if (ni >= side || nj >= side) {
                        continue;
                    }
                    int line = dir == 0 ? j : i;
                    double speed = line % 100 == 0 ? 90 : line % 20 == 0 ? 60 : 40;
                    if (speed == 40 && rnd.nextDouble() < 0.15) {
                        continue;
                    }
                    int v = nj * side + ni;
                    a[m] = u;
                    b[m] = v;
                    len[m] = Geodesy.distanceM(lon[u], lat[u], lon[v], lat[v]);
                    min[m] = len[m] / 1000 / speed * 60;
                    m++;
                }
            }
        }
        // Numbered as GraphBuilder numbers a real network: along a Hilbert curve, not row by row.
        int[] newId = NodeOrder.hilbert(lon, lat, n);
        NodeOrder.rename(a, m, newId);
        NodeOrder.rename(b, m, newId);
        return new Edges(NodeOrder.permute(lon, newId), NodeOrder.permute(lat, newId), java.util.Arrays.copyOf(a, m),
                java.util.Arrays.copyOf(b, m), java.util.Arrays.copyOf(len, m), java.util.Arrays.copyOf(min, m));
    }

    /** The same edges plus one straight road between two nodes at a speed (a what-if's planned road). */
    public static Edges withRoad(Edges e, int from, int to, double kmh) {
        int m = e.a().length;
        int[] a = java.util.Arrays.copyOf(e.a(), m + 1);
        int[] b = java.util.Arrays.copyOf(e.b(), m + 1);
        double[] len = java.util.Arrays.copyOf(e.lengthM(), m + 1);
        double[] min = java.util.Arrays.copyOf(e.minutes(), m + 1);
        a[m] = from;
        b[m] = to;
        len[m] = Geodesy.distanceM(e.lon()[from], e.lat()[from], e.lon()[to], e.lat()[to]);
        min[m] = len[m] / 1000 / kmh * 60;
        return new Edges(e.lon(), e.lat(), a, b, len, min);
    }

    /** Builds the CSR graph (arcs and components) from the edge lists. */
    public static RoadGraph freeze(Edges e) {
        int[] way = new int[e.a().length];
        java.util.Arrays.fill(way, -1);
        List<Way> ways = new ArrayList<>();
        return new RoadGraph(e.lon(), e.lat(), e.a(), e.b(), e.lengthM(), e.minutes(), way, ways, List.of());
    }

    /** One linear pass over all arc arrays: the floor any shortest-path search pays at least once. */
    public static double scan(RoadGraph g) {
        double s = 0;
        int[] first = g.firstArc;
        int[] head = g.arcHead;
        double[] w = g.arcMinutes;
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int i = first[u], end = first[u + 1]; i < end; i++) {
                s += w[i] + head[i];
            }
        }
        return s;
    }

    /** The node of the middle grid crossing, standing in for the regional centre. */
    public static int middle(RoadGraph g) {
        int side = (int) Math.round(Math.sqrt(g.nodeCount()));
        return crossing(g, side / 2, side / 2);
    }

    /** The node of the first grid crossing (south-west corner). */
    public static int corner(RoadGraph g) {
        return crossing(g, 0, 0);
    }

    /** The node nearest grid crossing (column i, row j): jitter keeps it within 0.15 spacing of its place. */
    private static int crossing(RoadGraph g, int i, int j) {
        int side = (int) Math.round(Math.sqrt(g.nodeCount()));
        double mx = Geodesy.metresPerDegreeLon(45);
        double x = 39 - side * SPACING_M / 2 / mx + i * SPACING_M / mx;
        double y = 45 - side * SPACING_M / 2 / Geodesy.METRES_PER_DEGREE + j * SPACING_M / Geodesy.METRES_PER_DEGREE;
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int v = 0; v < g.nodeCount(); v++) {
            double d = Math.hypot((g.lon(v) - x) * mx, (g.lat(v) - y) * Geodesy.METRES_PER_DEGREE);
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        return best;
    }
}
