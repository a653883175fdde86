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
}
