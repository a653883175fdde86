package org.beltmap.core.network;

import org.beltmap.core.geo.Geodesy;

/**
 * A uniform lon/lat grid over the edges of a graph in compressed sparse row form: each cell lists every edge that
 * passes through it (exactly, not by bounding box), so a point on an edge is always found in its own cell.
 * Cells are grouped in square blocks of {@link #BLOCK} for coarse pruning. Primitive arrays only; built in one
 * counting pass and one filling pass.
 */
final class EdgeGrid {

    static final int BLOCK = 8;
    private static final int MAX_CELLS = 1 << 22;
    final double minLon;
    final double minLat;
    final double cellLon;
    final double cellLat;
    final int cols;
    final int rows;
    final int blockCols;
    final int blockRows;
    /** Per cell the start of its run in {@link #edges}; one more entry at the end. */
    final int[] start;
    final int[] edges;
    private final RoadGraph g;
    /** Per cell the distinct nodes its edges can be entered from ({@link #entries}), built on first use. */
    private int[] entryStart;
    private int[] entryNodes;

    EdgeGrid(RoadGraph g, int edgeCount) {
        this.g = g;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < edgeCount; e++) {
            for (int n : new int[] {g.edgeA[e], g.edgeB[e]}) {
                x0 = Math.min(x0, g.lon[n]);
                x1 = Math.max(x1, g.lon[n]);
                y0 = Math.min(y0, g.lat[n]);
                y1 = Math.max(y1, g.lat[n]);
            }
        }
        if (edgeCount == 0) {
            x0 = y0 = 0;
            x1 = y1 = 0;
        }
        double mx = Geodesy.metresPerDegreeLon((y0 + y1) / 2);
        double my = Geodesy.METRES_PER_DEGREE;
        double area = Math.max((x1 - x0) * mx * (y1 - y0) * my, 1);
        // About two edges per cell, never finer than 200 m nor more than MAX_CELLS cells.
        double cellM = Math.max(200, Math.max(Math.sqrt(2 * area / Math.max(1, edgeCount)),
                Math.sqrt(area / MAX_CELLS)));
        this.cellLon = cellM / mx;
        this.cellLat = cellM / my;
        this.minLon = x0;
        this.minLat = y0;
        this.cols = (int) Math.floor((x1 - x0) / cellLon) + 1;
        this.rows = (int) Math.floor((y1 - y0) / cellLat) + 1;
        this.blockCols = (cols + BLOCK - 1) / BLOCK;
        this.blockRows = (rows + BLOCK - 1) / BLOCK;
        start = new int[cols * rows + 1];
        for (int e = 0; e < edgeCount; e++) {
            visit(e, null);
        }
        for (int c = 0; c < cols * rows; c++) {
            start[c + 1] += start[c];
        }
        edges = new int[start[cols * rows]];
        int[] fill = java.util.Arrays.copyOf(start, cols * rows);
        for (int e = 0; e < edgeCount; e++) {
            visit(e, fill);
        }
    }

    /**
     * {start, nodes}: per cell (CSR) the distinct nodes from which its listed edges may be driven (A of a
     * forward edge, B of a backward one), so a cell's earliest entry time is a few look-ups of nearby nodes.
     */
    synchronized int[][] entries() {
        if (entryStart == null) {
            int cells = cols * rows;
            int[] st = new int[cells + 1];
            int[] out = new int[edges.length * 2];
            int n = 0;
            for (int c = 0; c < cells; c++) {
                int from = n;
                for (int q = start[c]; q < start[c + 1]; q++) {
                    int e = edges[q];
                    if (g.forward(e)) {
                        n = addDistinct(out, from, n, g.edgeA[e]);
                    }
                    if (g.backward(e)) {
                        n = addDistinct(out, from, n, g.edgeB[e]);
                    }
                }
                st[c + 1] = n;
            }
            entryNodes = java.util.Arrays.copyOf(out, n);
            entryStart = st;
        }
        return new int[][] {entryStart, entryNodes};
    }

    private static int addDistinct(int[] out, int from, int n, int node) {
        for (int k = from; k < n; k++) {
            if (out[k] == node) {
                return n;
            }
        }
        out[n] = node;
        return n + 1;
    }

    int col(double lon) {
        return (int) Math.floor((lon - minLon) / cellLon);
    }

    int row(double lat) {
        return (int) Math.floor((lat - minLat) / cellLat);
    }

    /** Counts (fill == null) or stores the edge in every cell its segment crosses: column by column. */
    private void visit(int e, int[] fill) {
        double ax = g.lon[g.edgeA[e]];
        double ay = g.lat[g.edgeA[e]];
        double bx = g.lon[g.edgeB[e]];
        double by = g.lat[g.edgeB[e]];
        if (bx < ax) {
            double t = ax;
            ax = bx;
            bx = t;
            t = ay;
            ay = by;
            by = t;
        }
        int i0 = clampCol(col(ax));
        int i1 = clampCol(col(bx));
        for (int i = i0; i <= i1; i++) {
            double lo = Math.max(ax, minLon + i * cellLon);
            double hi = Math.min(bx, minLon + (i + 1) * cellLon);
            double ya = bx == ax ? ay : ay + (by - ay) * (lo - ax) / (bx - ax);
            double yb = bx == ax ? by : ay + (by - ay) * (hi - ax) / (bx - ax);
            int j0 = clampRow(row(Math.min(ya, yb)));
            int j1 = clampRow(row(Math.max(ya, yb)));
            for (int j = j0; j <= j1; j++) {
                int c = j * cols + i;
                if (fill == null) {
                    start[c + 1]++;
                } else {
                    edges[fill[c]++] = e;
                }
            }
        }
    }

    private int clampCol(int i) {
        return Math.max(0, Math.min(cols - 1, i));
    }

    private int clampRow(int j) {
        return Math.max(0, Math.min(rows - 1, j));
    }

    /** Calls {@code f} for every edge listed in the cells overlapping the box of half-side {@code r} metres. */
    void near(double lon, double lat, double r, java.util.function.IntConsumer f) {
        double dLon = r / Geodesy.metresPerDegreeLon(lat);
        double dLat = r / Geodesy.METRES_PER_DEGREE;
        if (edges.length == 0 || lon + dLon < minLon || lat + dLat < minLat || lon - dLon > minLon + cols * cellLon
                || lat - dLat > minLat + rows * cellLat) {
            return;
        }
        int i1 = clampCol(col(lon + dLon));
        int j1 = clampRow(row(lat + dLat));
        for (int j = clampRow(row(lat - dLat)); j <= j1; j++) {
            for (int i = clampCol(col(lon - dLon)); i <= i1; i++) {
                int c = j * cols + i;
                for (int q = start[c]; q < start[c + 1]; q++) {
                    f.accept(edges[q]);
                }
            }
        }
    }

    /**
     * Up to {@code count} distinct edges nearest the point, nearest first, by {@code metres} (a distance in
     * the point's local plane): cells are searched in rings outwards until no unseen cell can hold a nearer one.
     */
    int[] nearest(double lon, double lat, int count, java.util.function.IntToDoubleFunction metres) {
        int[] best = new int[count];
        double[] bestD = new double[count];
        int n = 0;
        if (edges.length == 0 || count == 0) {
            return new int[0];
        }
        int ci = col(lon);
        int cj = row(lat);
        double side = Math.min(cellLon * Geodesy.metresPerDegreeLon(lat), cellLat * Geodesy.METRES_PER_DEGREE);
        int far = Math.max(Math.max(Math.abs(ci), Math.abs(cols - ci)), Math.max(Math.abs(cj), Math.abs(rows - cj)));
        for (int r = 0; r <= far; r++) {
            // Every cell of ring r lies at least r - 1 whole cells away along one axis.
            if (n == count && bestD[n - 1] <= Math.max(0, r - 1) * side) {
                break;
            }
            for (int j = cj - r; j <= cj + r; j++) {
                boolean edgeRow = j == cj - r || j == cj + r;
                for (int i = ci - r; i <= ci + r; i += edgeRow || r == 0 ? 1 : 2 * r) {
                    if (i < 0 || j < 0 || i >= cols || j >= rows) {
                        continue;
                    }
                    int c = j * cols + i;
                    for (int q = start[c]; q < start[c + 1]; q++) {
                        int e = edges[q];
                        double d = metres.applyAsDouble(e);
                        if (n == count && d >= bestD[n - 1]) {
                            continue;
                        }
                        boolean seen = false;
                        for (int k = 0; k < n && !seen; k++) {
                            seen = best[k] == e;
                        }
                        if (seen) {
                            continue;
                        }
                        int k = n < count ? n++ : n - 1;
                        while (k > 0 && bestD[k - 1] > d) {
                            best[k] = best[k - 1];
                            bestD[k] = bestD[k - 1];
                            k--;
                        }
                        best[k] = e;
                        bestD[k] = d;
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(best, n);
    }
}
