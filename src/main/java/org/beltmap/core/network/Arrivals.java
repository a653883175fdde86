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
    private final double perK;
    /** Earliest entry time of any edge in a cell, and in a block of cells. */
    private final float[] cellMin;
    private final float[] blockMin;
    /** The same over super-blocks of SUPER × SUPER blocks: far rings are pruned a few dozen at a time. */
    private static final int SUPER = 8;
    private final int superCols;
    private final int superRows;
    private final float[] superMin;

    Arrivals(RoadGraph g, EdgeGrid grid, int indexedEdges, ShortestPaths paths, double minutesPerMetre) {
        this.g = g;
        this.grid = grid;
        this.paths = paths;
        this.indexedEdges = indexedEdges;
        this.k = minutesPerMetre;
        this.perK = (1 + 1e-12) / minutesPerMetre;
        cellMin = new float[grid.cols * grid.rows];
        blockMin = new float[grid.blockCols * grid.blockRows];
        java.util.Arrays.fill(blockMin, Float.POSITIVE_INFINITY);
        superCols = (grid.blockCols + SUPER - 1) / SUPER;
        superRows = (grid.blockRows + SUPER - 1) / SUPER;
        superMin = new float[superCols * superRows];
        java.util.Arrays.fill(superMin, Float.POSITIVE_INFINITY);
        int[][] entries = grid.entries();
        int[] start = entries[0];
        int[] nodes = entries[1];
        for (int j = 0, c = 0; j < grid.rows; j++) {
            int rowBlocks = (j / EdgeGrid.BLOCK) * grid.blockCols;
            for (int i = 0; i < grid.cols; i++, c++) {
                double d = Double.POSITIVE_INFINITY;
                for (int q = start[c], end = start[c + 1]; q < end; q++) {
                    double f = paths.minutes(nodes[q]);
                    d = f < d ? f : d;
                }
                // Rounded down so the float stays a lower bound.
                float m = (float) d;
                m = m > d ? Math.nextDown(m) : m;
                cellMin[c] = m;
                int b = rowBlocks + i / EdgeGrid.BLOCK;
                blockMin[b] = m < blockMin[b] ? m : blockMin[b];
            }
        }
        for (int j = 0, b = 0; j < grid.blockRows; j++) {
            int rowSupers = (j / SUPER) * superCols;
            for (int i = 0; i < grid.blockCols; i++, b++) {
                int sb = rowSupers + i / SUPER;
                superMin[sb] = blockMin[b] < superMin[sb] ? blockMin[b] : superMin[sb];
            }
        }
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

    /**
     * The cells around the point first (the usual winners, so the bound is tight from the start), then rings of
     * super-blocks outwards, each opened only where its earliest entry plus the walk to it could still win.
     */
    private void rings(Search s) {
        int ci = grid.col(s.lon);
        int cj = grid.row(s.lat);
        for (int j = Math.max(0, cj - 1); j <= Math.min(grid.rows - 1, cj + 1); j++) {
            for (int i = Math.max(0, ci - 1); i <= Math.min(grid.cols - 1, ci + 1); i++) {
                cell(s, i, j);
            }
        }
        int si = Math.floorDiv(Math.floorDiv(ci, EdgeGrid.BLOCK), SUPER);
        int sj = Math.floorDiv(Math.floorDiv(cj, EdgeGrid.BLOCK), SUPER);
        int span = EdgeGrid.BLOCK * SUPER;
        double side = Math.min(grid.cellLon * s.mx, grid.cellLat * Geodesy.METRES_PER_DEGREE) * span;
        int far = Math.max(Math.max(si, superCols - si), Math.max(sj, superRows - sj));
        for (int r = 0; r <= far; r++) {
            // Every super-block of ring r lies at least r - 1 whole super-blocks away along one axis.
            double near = Math.max(0, r - 1) * side;
            if (near > s.maxM || k * near >= s.best) {
                return;
            }
            for (int j = sj - r; j <= sj + r; j++) {
                boolean edgeRow = j == sj - r || j == sj + r;
                for (int i = si - r; i <= si + r; i += edgeRow || r == 0 ? 1 : 2 * r) {
                    if (i >= 0 && j >= 0 && i < superCols && j < superRows) {
                        superBlock(s, i, j);
                    }
                }
            }
        }
    }

    private void superBlock(Search s, int si, int sj) {
        int b0 = si * SUPER;
        int c0 = sj * SUPER;
        int b1 = Math.min(grid.blockCols, b0 + SUPER);
        int c1 = Math.min(grid.blockRows, c0 + SUPER);
        int span = EdgeGrid.BLOCK * SUPER;
        if (!s.promising(superMin[sj * superCols + si], si * span, sj * span, Math.min(grid.cols, (si + 1) * span),
                Math.min(grid.rows, (sj + 1) * span))) {
            return;
        }
        for (int j = c0; j < c1; j++) {
            for (int i = b0; i < b1; i++) {
                block(s, i, j);
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
                cell(s, i, j);
            }
        }
    }

    private void cell(Search s, int i, int j) {
        int c = j * grid.cols + i;
        if (s.promising(cellMin[c], i, j, i + 1, j + 1)) {
            for (int q = grid.start[c], end = grid.start[c + 1]; q < end; q++) {
                s.edge(grid.edges[q]);
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
            // Squared, no square root: d ≤ maxM and min + k·d < best.
            double d2 = dx * dx + dy * dy;
            // A multiplication, not a division; a hair generous, so it never prunes what the exact bound keeps.
            double slack = (best - min) * perK;
            return d2 <= maxM * maxM && d2 < slack * slack;
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
