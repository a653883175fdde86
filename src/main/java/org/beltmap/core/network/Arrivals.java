package org.beltmap.core.network;

import org.beltmap.core.geo.Geodesy;

/**
 * The fastest way off the network to any point, for one Dijkstra run: the minimum over every reached edge (in
 * each direction it may be driven) of entry time + driving along it + the straight off-road leg from the best exit
 * point ({@link OffRoad}), off-road legs up to a maximum length. This is the same field the isochrones outline,
 * so a town's МТД and the isochrones tell one story.
 *
 * <p>Exact, not a nearest-edge heuristic: cells of the edge grid are searched in rings outwards and a cell or
 * block is skipped only when its earliest entry time plus the off-road time to its nearest corner cannot beat the
 * best found, which is a true lower bound for every edge in it.
 */
public final class Arrivals {

    /**
     * Leaving the network at ({@code lon}, {@code lat}) on {@code edge}, {@code fraction} of the way from its A
     * end, having entered the edge at {@code entryNode} (the node itself when the exit is at an end);
     * {@code accessM} metres off-road, {@code minutes} in all.
     */
    public record Arrival(int edge, int entryNode, double fraction, double lon, double lat, double accessM,
                          double minutes) {
    }

    private final RoadGraph g;
    private final EdgeGrid grid;
    private final ShortestPaths paths;
    private final int indexedEdges;
    private final double k;
    /** Earliest entry time of any edge in a cell, and in a block of cells. */
    private final float[] cellMin;
    private final float[] blockMin;

    Arrivals(RoadGraph g, EdgeGrid grid, int indexedEdges, ShortestPaths paths, double minutesPerMetre) {
        this.g = g;
        this.grid = grid;
        this.paths = paths;
        this.indexedEdges = indexedEdges;
        this.k = minutesPerMetre;
        cellMin = new float[grid.cols * grid.rows];
        blockMin = new float[grid.blockCols * grid.blockRows];
        java.util.Arrays.fill(blockMin, Float.POSITIVE_INFINITY);
        for (int c = 0; c < cellMin.length; c++) {
            double m = Double.POSITIVE_INFINITY;
            for (int i = grid.start[c]; i < grid.start[c + 1]; i++) {
                m = Math.min(m, entry(grid.edges[i]));
            }
            // Rounded down so the float stays a lower bound.
            float f = (float) m;
            cellMin[c] = f > m ? Math.nextDown(f) : f;
            int b = (c / grid.cols / EdgeGrid.BLOCK) * grid.blockCols + (c % grid.cols) / EdgeGrid.BLOCK;
            blockMin[b] = Math.min(blockMin[b], cellMin[c]);
        }
    }

    /** The earliest time any point of the edge can be reached. */
    private double entry(int e) {
        double m = Double.POSITIVE_INFINITY;
        if (g.forward(e)) {
            m = paths.minutes(g.edgeA[e]);
        }
        if (g.backward(e)) {
            m = Math.min(m, paths.minutes(g.edgeB[e]));
        }
        return m;
    }

    /**
     * The fastest arrival at a point with an off-road leg of at most {@code maxM} metres, or null when none beats
     * {@code bound} minutes (another way there, such as walking straight from a centre).
     */
    public Arrival best(double lon, double lat, double maxM, double bound) {
        Search s = new Search(lon, lat, maxM, bound);
        for (int e = indexedEdges; e < g.edgeCount(); e++) {
            s.edge(e);
        }
        if (grid.edges.length > 0) {
            rings(s);
        }
        if (s.edge < 0) {
            return null;
        }
        int a = g.edgeA[s.edge];
        int b = g.edgeB[s.edge];
        double f = s.fraction;
        return new Arrival(s.edge, s.entry, f, g.lon[a] + f * (g.lon[b] - g.lon[a]),
                g.lat[a] + f * (g.lat[b] - g.lat[a]), s.accessM, s.best);
    }

    private void rings(Search s) {
        int bi = Math.floorDiv(grid.col(s.lon), EdgeGrid.BLOCK);
        int bj = Math.floorDiv(grid.row(s.lat), EdgeGrid.BLOCK);
        double side = Math.min(grid.cellLon * s.mx, grid.cellLat * Geodesy.METRES_PER_DEGREE) * EdgeGrid.BLOCK;
        for (int r = 0; ; r++) {
            // Every block of ring r lies at least r - 1 whole blocks away along one axis.
            double near = Math.max(0, r - 1) * side;
            if (near > s.maxM || k * near >= s.best) {
                return;
            }
            boolean any = false;
            for (int j = bj - r; j <= bj + r; j++) {
                boolean edgeRow = j == bj - r || j == bj + r;
                for (int i = bi - r; i <= bi + r; i += edgeRow ? 1 : 2 * r) {
                    if (i >= 0 && j >= 0 && i < grid.blockCols && j < grid.blockRows) {
                        any = true;
                        block(s, i, j);
                    }
                    if (r == 0) {
                        break;
                    }
                }
            }
            if (!any && r > Math.max(Math.max(bi, grid.blockCols - bi), Math.max(bj, grid.blockRows - bj))) {
                return;
            }
        }
    }

    private void block(Search s, int bi, int bj) {
        int i0 = bi * EdgeGrid.BLOCK;
        int j0 = bj * EdgeGrid.BLOCK;
        int i1 = Math.min(grid.cols, i0 + EdgeGrid.BLOCK);
        int j1 = Math.min(grid.rows, j0 + EdgeGrid.BLOCK);
        if (!s.promising(blockMin[bj * grid.blockCols + bi], i0, j0, i1, j1)) {
            return;
        }
        for (int j = j0; j < j1; j++) {
            for (int i = i0; i < i1; i++) {
                int c = j * grid.cols + i;
                if (s.promising(cellMin[c], i, j, i + 1, j + 1)) {
                    for (int q = grid.start[c]; q < grid.start[c + 1]; q++) {
                        s.edge(grid.edges[q]);
                    }
                }
            }
        }
    }

    /** One query: the point in its local plane and the best found so far. */
    private final class Search {
        final double lon;
        final double lat;
        final double mx;
        final double maxM;
        final double[] tmp = new double[2];
        double best;
        int edge = -1;
        int entry = -1;
        double fraction;
        double accessM;

        Search(double lon, double lat, double maxM, double bound) {
            this.lon = lon;
            this.lat = lat;
            this.mx = Geodesy.metresPerDegreeLon(lat);
            this.maxM = maxM;
            this.best = bound;
        }

        /** Whether cells [i0, i1) × [j0, j1) with earliest entry {@code min} could hold a better arrival. */
        boolean promising(float min, int i0, int j0, int i1, int j1) {
            if (!(min < best)) {
                return false;
            }
            double dx = gap(lon, grid.minLon + i0 * grid.cellLon, grid.minLon + i1 * grid.cellLon) * mx;
            double dy = gap(lat, grid.minLat + j0 * grid.cellLat, grid.minLat + j1 * grid.cellLat)
                    * Geodesy.METRES_PER_DEGREE;
            double d = Math.sqrt(dx * dx + dy * dy);
            return d <= maxM && min + k * d < best;
        }

        void edge(int e) {
            int a = g.edgeA[e];
            int b = g.edgeB[e];
            double xa = (g.lon[a] - lon) * mx;
            double ya = (g.lat[a] - lat) * Geodesy.METRES_PER_DEGREE;
            double xb = (g.lon[b] - lon) * mx;
            double yb = (g.lat[b] - lat) * Geodesy.METRES_PER_DEGREE;
            double em = g.edgeMinutes[e];
            double ta = paths.minutes(a);
            double tb = paths.minutes(b);
            if (g.forward(e) && ta < best) {
                double v = OffRoad.viaSegment(xa, ya, xb, yb, ta, em, 0, 0, k, maxM, tmp);
                if (v < best) {
                    // Leaving at the far end is leaving from that node: the route and the rays see it there.
                    take(v, e, tmp[0] >= 1 ? b : a, tmp[0], tmp[1]);
                }
            }
            if (g.backward(e) && tb < best) {
                double v = OffRoad.viaSegment(xb, yb, xa, ya, tb, em, 0, 0, k, maxM, tmp);
                if (v < best) {
                    take(v, e, tmp[0] >= 1 ? a : b, 1 - tmp[0], tmp[1]);
                }
            }
        }

        private void take(double v, int e, int from, double f, double d) {
            best = v;
            edge = e;
            entry = from;
            fraction = f;
            accessM = d;
        }
    }

    /** Distance from x to the interval [lo, hi] along one axis (0 inside). */
    private static double gap(double x, double lo, double hi) {
        return x < lo ? lo - x : x > hi ? x - hi : 0;
    }
}
