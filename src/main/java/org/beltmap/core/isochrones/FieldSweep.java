package org.beltmap.core.isochrones;

import java.util.Arrays;
import org.beltmap.core.network.OffRoad;

/**
 * Fills a {@link TravelTimeGrid} with the exact off-road field of its sources: each cell keeps the source (an
 * edge in one direction, a node, or a centre) that gives its time; sources are seeded on the cells they cross and
 * handed on to neighbours, first in one round of raster sweeps (forward and backward, all eight neighbours), then
 * from a work list of the cells that changed since, until nothing improves. Every time is evaluated exactly for
 * the cell's own centre ({@link OffRoad}).
 *
 * <p>Why hand-on reaches the best source: without a cap on the off-road leg, the cells a source wins are
 * star-shaped around its exit points. Where a node's wedge is too thin near the node to pass from cell to cell,
 * leaving at that node hands on the point sources of the node and of its neighbours.
 *
 * <p>Sources live in one interleaved array, in plane metres; x differences are scaled per row to that row's
 * metres per degree of longitude.
 */
final class FieldSweep {

    private static final int STRIDE = 6;
    private final TravelTimeGrid grid;
    private final float[] t;
    private final int w;
    private final int h;
    private final double k;
    private final double perK;
    /** Times above this (the largest band) are not needed: such cells stay unreached. */
    private final double cutoff;
    /** Per source: x0, y0, x1, y1, entry minutes, minutes along. */
    private double[] sd = new double[1024 * STRIDE];
    /** Per source: the graph nodes it leaves and runs to (-1 for a point source). */
    private int[] sn = new int[1024 * 2];
    private int sources;
    private final int[] src;
    /** Per cell whether its source changed since seeding (the work list starts from these). */
    private final boolean[] changed;
    private int[] nodeSource;
    /** Per node the nodes one edge source away (CSR). */
    private int[] nearStart;
    private int[] near;
    private final double[] exit = new double[2];

    FieldSweep(TravelTimeGrid grid, double minutesPerMetre, double limit) {
        this.grid = grid;
        this.t = grid.t;
        this.w = grid.w;
        this.h = grid.h;
        this.k = minutesPerMetre;
        this.perK = (1 + 1e-12) / minutesPerMetre;
        this.cutoff = limit * (1 + 1e-9) + 1e-9;
        this.src = new int[t.length];
        this.changed = new boolean[t.length];
        Arrays.fill(src, -1);
    }

    /** A segment source entered at (ax, ay) at {@code t0} and driven to (bx, by) in {@code minutes}. */
    void add(double ax, double ay, double bx, double by, double t0, double minutes, int from, int to) {
        if ((sources + 1) * STRIDE > sd.length) {
            sd = Arrays.copyOf(sd, sd.length * 2);
            sn = Arrays.copyOf(sn, sn.length * 2);
        }
        int o = sources * STRIDE;
        sd[o] = ax;
        sd[o + 1] = ay;
        sd[o + 2] = bx;
        sd[o + 3] = by;
        sd[o + 4] = t0;
        sd[o + 5] = minutes;
        sn[2 * sources] = from;
        sn[2 * sources + 1] = to;
        sources++;
    }

    /** Room for this many more sources without regrowing. */
    void reserve(int more) {
        int need = (sources + more) * STRIDE;
        if (need > sd.length) {
            sd = Arrays.copyOf(sd, need);
            sn = Arrays.copyOf(sn, (sources + more) * 2);
        }
    }

    /** The source of a cell, or -1. */
    int source(int c) {
        return src[c];
    }

    /**
     * Adds one point source per node that edge sources reach (its earliest time there: entered, or driven to
     * the end of an edge) and links nodes to their neighbours, seeds every source on the cells it crosses, then
     * hands sources on until nothing improves.
     */
    void run(int nodes) {
        int edgeSources = sources;
        double[] at = new double[nodes];
        Arrays.fill(at, Double.POSITIVE_INFINITY);
        nearStart = new int[nodes + 1];
        for (int s = 0; s < edgeSources; s++) {
            int from = sn[2 * s];
            int to = sn[2 * s + 1];
            if (from >= 0) {
                at[from] = Math.min(at[from], sd[s * STRIDE + 4]);
                at[to] = Math.min(at[to], sd[s * STRIDE + 4] + sd[s * STRIDE + 5]);
                nearStart[from + 1]++;
                nearStart[to + 1]++;
            }
        }
        for (int n = 0; n < nodes; n++) {
            nearStart[n + 1] += nearStart[n];
        }
        near = new int[nearStart[nodes]];
        int[] fill = Arrays.copyOf(nearStart, nodes);
        nodeSource = new int[nodes];
        Arrays.fill(nodeSource, -1);
        reserve(Math.min(nodes, 2 * edgeSources));
        for (int s = 0; s < edgeSources; s++) {
            int from = sn[2 * s];
            int to = sn[2 * s + 1];
            if (from < 0) {
                continue;
            }
            near[fill[from]++] = to;
            near[fill[to]++] = from;
            for (int end = 0; end < 2; end++) {
                int n = end == 0 ? from : to;
                if (nodeSource[n] < 0 && at[n] < Double.POSITIVE_INFINITY) {
                    double x = sd[s * STRIDE + 2 * end];
                    double y = sd[s * STRIDE + 2 * end + 1];
                    nodeSource[n] = sources;
                    add(x, y, x, y, at[n], 0, -1, -1);
                }
            }
        }
        seed();
        sweep();
        settle();
    }

    private void seed() {
        double cell = grid.cell;
        for (int s = 0; s < sources; s++) {
            int o = s * STRIDE;
            double ax = sd[o];
            double ay = sd[o + 1];
            double bx = sd[o + 2];
            double by = sd[o + 3];
            // Only the part driven within the limit: beyond it every exit is too late.
            double reached = sd[o + 5] > 0 ? Math.min(1, (cutoff - sd[o + 4]) / sd[o + 5]) : 1;
            bx = ax + reached * (bx - ax);
            by = ay + reached * (by - ay);
            // Steps of half a cell catch every cell the segment crosses but for corner clips, which the hand-on
            // then fills; each cell is offered the source once, without node hand-on (the sweeps do that).
            int steps = (int) Math.ceil(Math.hypot(bx - ax, by - ay) / (cell * 0.5)) + 1;
            int last = -1;
            for (int q = 0; q <= steps; q++) {
                double f = q / (double) steps;
                int i = (int) Math.floor((ax + f * (bx - ax) - grid.minX) / cell);
                int j = (int) Math.floor((ay + f * (by - ay) - grid.minY) / cell);
                if (i >= 0 && j >= 0 && i < w && j < h && j * w + i != last) {
                    last = j * w + i;
                    offer(i, j, s, false);
                }
            }
        }
        Arrays.fill(changed, false);
    }

    /**
     * The time of source s at the centre of cell (i, j), with no cap on the off-road leg.
     *
     * @param out when not null, receives {fraction of the exit along the segment, off-road metres}
     */
    double eval(int s, int i, int j, double[] out) {
        int o = s * STRIDE;
        double cx = grid.minX + (i + 0.5) * grid.cell;
        double cy = grid.minY + (j + 0.5) * grid.cell;
        double sc = grid.rowScale[j];
        return OffRoad.viaSegment((sd[o] - cx) * sc, sd[o + 1] - cy, (sd[o + 2] - cx) * sc, sd[o + 3] - cy,
                sd[o + 4], sd[o + 5], 0, 0, k, Double.POSITIVE_INFINITY, out);
    }

    /**
     * Offers source s to cell (i, j). When s would leave the network at one of its nodes, the point sources of
     * that node and of its neighbours are offered too: the cells that leave the network at a node form a wedge
     * from it, too thin near the node to be handed on from cell to cell, and beside it lie cells that leave at
     * the same node or the next one.
     *
     * @param nodes whether a node exit hands on the node sources
     */
    private boolean offer(int i, int j, int s, boolean nodes) {
        int c = j * w + i;
        if (s < 0 || s == src[c] || !within(i, j, c, s)) {
            return false;
        }
        // Compared as stored (float), so every change lowers a cell's time and the hand-on ends.
        float v = (float) eval(s, i, j, exit);
        boolean better = v < t[c];
        if (better) {
            set(c, s, v);
        }
        int node = !nodes ? -1 : exit[0] >= 1 ? sn[2 * s + 1] : exit[0] <= 0 ? sn[2 * s] : -1;
        if (node >= 0) {
            better |= offerPoint(i, j, c, nodeSource[node]);
            for (int q = nearStart[node]; q < nearStart[node + 1]; q++) {
                better |= offerPoint(i, j, c, nodeSource[near[q]]);
            }
        }
        return better;
    }

    private boolean offerPoint(int i, int j, int c, int p) {
        if (p < 0 || p == src[c] || !within(i, j, c, p)) {
            return false;
        }
        int o = p * STRIDE;
        double dx = (sd[o] - grid.minX - (i + 0.5) * grid.cell) * grid.rowScale[j];
        double dy = sd[o + 1] - grid.minY - (j + 0.5) * grid.cell;
        float v = (float) (sd[o + 4] + k * Math.sqrt(dx * dx + dy * dy));
        if (v < t[c]) {
            set(c, p, v);
            return true;
        }
        return false;
    }

    /**
     * Whether source s could beat cell c's time and the limit: walking to the box around its segment alone must
     * leave time. No square root, so most hopeless offers cost little; cells beyond the limit stay unreached, as
     * no band needs them and no better cell lies behind them.
     */
    private boolean within(int i, int j, int c, int s) {
        int o = s * STRIDE;
        // A multiplication, not a division; a hair generous, so it never rejects what the exact quotient keeps.
        double reach = (Math.min(t[c], cutoff) - sd[o + 4]) * perK;
        if (!(reach > 0)) {
            return false;
        }
        if (reach == Double.POSITIVE_INFINITY) {
            return true;
        }
        double cx = grid.minX + (i + 0.5) * grid.cell;
        double cy = grid.minY + (j + 0.5) * grid.cell;
        double x0 = Math.min(sd[o], sd[o + 2]);
        double x1 = Math.max(sd[o], sd[o + 2]);
        double y0 = Math.min(sd[o + 1], sd[o + 3]);
        double y1 = Math.max(sd[o + 1], sd[o + 3]);
        double gx = (cx < x0 ? x0 - cx : cx > x1 ? cx - x1 : 0) * grid.rowScale[j];
        double gy = cy < y0 ? y0 - cy : cy > y1 ? cy - y1 : 0;
        return gx * gx + gy * gy < reach * reach;
    }

    private void set(int c, int s, float v) {
        t[c] = v;
        src[c] = s;
        changed[c] = true;
    }

    /** One round of raster sweeps, forward then backward; afterwards every cell has looked at every neighbour. */
    private void sweep() {
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                if (i > 0) {
                    pass(i, j, i - 1, j);
                }
                if (j > 0) {
                    pass(i, j, i, j - 1);
                    if (i > 0) {
                        pass(i, j, i - 1, j - 1);
                    }
                    if (i < w - 1) {
                        pass(i, j, i + 1, j - 1);
                    }
                }
            }
            for (int i = w - 2; i >= 0; i--) {
                pass(i, j, i + 1, j);
            }
        }
        for (int j = h - 1; j >= 0; j--) {
            for (int i = w - 1; i >= 0; i--) {
                if (i < w - 1) {
                    pass(i, j, i + 1, j);
                }
                if (j < h - 1) {
                    pass(i, j, i, j + 1);
                    if (i < w - 1) {
                        pass(i, j, i + 1, j + 1);
                    }
                    if (i > 0) {
                        pass(i, j, i - 1, j + 1);
                    }
                }
            }
            for (int i = 1; i < w; i++) {
                pass(i, j, i - 1, j);
            }
        }
    }

    private void pass(int i, int j, int ni, int nj) {
        offer(i, j, src[nj * w + ni], true);
    }

    /** The work list: a cell whose source changed since its neighbours looked hands it on to them. */
    private void settle() {
        int n = t.length;
        int[] queue = new int[n];
        boolean[] queued = new boolean[n];
        int head = 0;
        int size = 0;
        for (int c = 0; c < n; c++) {
            if (changed[c]) {
                queue[size++] = c;
                queued[c] = true;
            }
        }
        while (size > 0) {
            int c = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            size--;
            queued[c] = false;
            int i = c % w;
            int j = c / w;
            int s = src[c];
            for (int nj = Math.max(0, j - 1); nj <= Math.min(h - 1, j + 1); nj++) {
                for (int ni = Math.max(0, i - 1); ni <= Math.min(w - 1, i + 1); ni++) {
                    int q = nj * w + ni;
                    if (q != c && offer(ni, nj, s, true) && !queued[q]) {
                        queue[(head + size) % n] = q;
                        queued[q] = true;
                        size++;
                    }
                }
            }
        }
    }
}
