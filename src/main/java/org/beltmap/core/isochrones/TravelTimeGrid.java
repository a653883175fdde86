package org.beltmap.core.isochrones;

import java.util.Arrays;
import java.util.List;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.Arrivals;
import org.beltmap.core.network.OffRoad;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.ShortestPaths;

/**
 * The travel-time field on a square grid in a local metric plane: for every cell centre, the fastest way there
 * off the network ({@link OffRoad}: entry time + driving + the straight leg from the best exit point, at most the
 * maximum access distance), or straight from a centre. This is the field a town's МТД is read from
 * ({@link org.beltmap.core.network.Arrivals}), so isochrones and МТД agree to the cell.
 *
 * <p>Each cell keeps the source (an edge in one direction, a node, or a centre) that gives its time; sources are
 * seeded on the cells they cross and handed on to neighbours in raster sweeps (eight neighbours, forward and
 * backward) until nothing improves, every time evaluated exactly for the cell's own centre. Without a cap on the
 * off-road leg the cells a source wins are star-shaped around its exit points, so hand-on reaches them; where a
 * node's wedge is too thin near the node, leaving at that node hands on the node's and its neighbours' point
 * sources (tests compare every cell with the exact search: all but one in thousands equal, none off by more than
 * a hundredth of a minute). The cap is applied afterwards: the few cells whose best leg is longer (only possible
 * at ≥ the cap's walking time) are evaluated on their own by the МТД's exact search. Distances use the metres per
 * degree of longitude of each row, so a tall region is measured as truly at its top as at its bottom.
 */
final class TravelTimeGrid {

    /** Sweeps stop after this many rounds even if a few cells still improve (never seen beyond four). */
    private static final int MAX_ROUNDS = 12;
    final double lon0;
    final double lat0;
    final double mx;
    final double my = Geodesy.METRES_PER_DEGREE;
    final double cell;
    final int w;
    final int h;
    final float[] t;
    final double minX;
    final double minY;
    private final int[] src;
    /** Per cell the sweep round its source last changed in (0: seeded); a neighbour unchanged since is skipped. */
    private final int[] changedIn;
    /** Per row the last round any of its cells changed in: a row whose neighbourhood is quiet is skipped. */
    private final int[] rowChangedIn;
    private int round;
    /** Times above this (the largest band) are not needed: such cells stay unreached. */
    private double cutoff = Double.POSITIVE_INFINITY;
    /** Per row, metres per degree of longitude at the row's latitude over {@link #mx}. */
    private final double[] rowScale;
    private double k;
    private double[] sx0 = new double[0];
    private double[] sy0 = new double[0];
    private double[] sx1 = new double[0];
    private double[] sy1 = new double[0];
    private double[] st0 = new double[0];
    private double[] smin = new double[0];
    /** Graph nodes an edge source leaves and runs to (-1 for a point source), and per node its point source. */
    private int[] sfrom = new int[0];
    private int[] sto = new int[0];
    private int[] nodeSource;
    /** Per node the nodes one edge source away (CSR). */
    private int[] nearStart;
    private int[] near;
    private final double[] exit = new double[2];
    private int sources;

    private TravelTimeGrid(double lon0, double lat0, double cell, double minX, double minY, int w, int h) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.mx = Geodesy.metresPerDegreeLon(lat0);
        this.cell = cell;
        this.minX = minX;
        this.minY = minY;
        this.w = w;
        this.h = h;
        this.t = new float[w * h];
        this.src = new int[w * h];
        this.changedIn = new int[w * h];
        this.rowChangedIn = new int[h];
        Arrays.fill(t, Float.POSITIVE_INFINITY);
        Arrays.fill(src, -1);
        Arrays.fill(changedIn, -1);
        Arrays.fill(rowChangedIn, -1);
        rowScale = new double[h];
        for (int j = 0; j < h; j++) {
            rowScale[j] = Geodesy.metresPerDegreeLon(lat(minY + (j + 0.5) * cell)) / mx;
        }
    }

    /**
     * @param minutesPerMetre off-road minutes per straight metre (detour factor / access speed)
     * @param maxAccessM the longest off-road leg
     * @param maxCells cap on the grid size; the cell grows when the reached area is large
     * @param exits the exact exits of the same run, for the cells the cap concerns (asked only if there are any)
     */
    static TravelTimeGrid build(ShortestPaths paths, List<Town> centres, double limit, double cellM,
                                double minutesPerMetre, double maxAccessM, int maxCells,
                                java.util.function.Supplier<Arrivals> exits) {
        RoadGraph g = paths.graph();
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (int n = 0; n < g.nodeCount(); n++) {
            if (paths.minutes(n) <= limit) {
                minLon = Math.min(minLon, g.lon(n));
                maxLon = Math.max(maxLon, g.lon(n));
                minLat = Math.min(minLat, g.lat(n));
                maxLat = Math.max(maxLat, g.lat(n));
            }
        }
        // The reached part of every edge entered within the limit (a long edge may end far beyond it).
        for (int e = 0; e < g.edgeCount(); e++) {
            for (int end = 0; end < 2; end++) {
                int from = end == 0 ? g.edgeA(e) : g.edgeB(e);
                int to = end == 0 ? g.edgeB(e) : g.edgeA(e);
                double t0 = paths.minutes(from);
                if (t0 > limit || !(end == 0 ? g.forward(e) : g.backward(e))) {
                    continue;
                }
                double f = g.edgeMinutes(e) > 0 ? Math.min(1, (limit - t0) / g.edgeMinutes(e)) : 1;
                double lon = g.lon(from) + f * (g.lon(to) - g.lon(from));
                double lat = g.lat(from) + f * (g.lat(to) - g.lat(from));
                minLon = Math.min(minLon, lon);
                maxLon = Math.max(maxLon, lon);
                minLat = Math.min(minLat, lat);
                maxLat = Math.max(maxLat, lat);
            }
        }
        for (Town c : centres) {
            minLon = Math.min(minLon, c.lon());
            maxLon = Math.max(maxLon, c.lon());
            minLat = Math.min(minLat, c.lat());
            maxLat = Math.max(maxLat, c.lat());
        }
        double lat0 = (minLat + maxLat) / 2;
        double lon0 = (minLon + maxLon) / 2;
        double mx = Geodesy.metresPerDegreeLon(lat0);
        double my = Geodesy.METRES_PER_DEGREE;
        double reach = Math.min(limit / minutesPerMetre, maxAccessM) + 2 * cellM;
        // Towards the pole a degree of longitude is shorter, so the same reach spans more of the plane.
        double poleward = Math.min(89, Math.max(Math.abs(minLat), Math.abs(maxLat)) + reach / my);
        double narrowest = Geodesy.metresPerDegreeLon(poleward) / mx;
        double x0 = (minLon - lon0) * mx - reach / narrowest;
        double y0 = (minLat - lat0) * my - reach;
        double x1 = (maxLon - lon0) * mx + reach / narrowest;
        double y1 = (maxLat - lat0) * my + reach;
        double cell = Math.max(cellM, Math.sqrt((x1 - x0) * (y1 - y0) / maxCells));
        int w = (int) Math.ceil((x1 - x0) / cell) + 1;
        int h = (int) Math.ceil((y1 - y0) / cell) + 1;
        TravelTimeGrid grid = new TravelTimeGrid(lon0, lat0, cell, x0, y0, w, h);
        grid.k = minutesPerMetre;
        grid.cutoff = limit * (1 + 1e-9) + 1e-9;
        grid.sources(paths, centres, limit);
        grid.seed(paths.graph().nodeCount());
        grid.spread();
        grid.cap(maxAccessM, limit, centres, exits);
        return grid;
    }

    /** One source per reached edge and direction it may be driven, and one per centre; each seeds its cells. */
    private void sources(ShortestPaths paths, List<Town> centres, double limit) {
        RoadGraph g = paths.graph();
        for (Town c : centres) {
            add(x(c.lon()), y(c.lat()), x(c.lon()), y(c.lat()), 0, 0, -1, -1);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = g.edgeA(e);
            int b = g.edgeB(e);
            double ta = paths.minutes(a);
            double tb = paths.minutes(b);
            double ax = x(g.lon(a));
            double ay = y(g.lat(a));
            double bx = x(g.lon(b));
            double by = y(g.lat(b));
            if (g.forward(e) && ta <= limit) {
                add(ax, ay, bx, by, ta, g.edgeMinutes(e), a, b);
            }
            if (g.backward(e) && tb <= limit) {
                add(bx, by, ax, ay, tb, g.edgeMinutes(e), b, a);
            }
        }
    }

    private void add(double ax, double ay, double bx, double by, double t0, double minutes, int from, int to) {
        if (sources == sx0.length) {
            int cap = Math.max(1024, sources * 2);
            sx0 = Arrays.copyOf(sx0, cap);
            sy0 = Arrays.copyOf(sy0, cap);
            sx1 = Arrays.copyOf(sx1, cap);
            sy1 = Arrays.copyOf(sy1, cap);
            st0 = Arrays.copyOf(st0, cap);
            smin = Arrays.copyOf(smin, cap);
            sfrom = Arrays.copyOf(sfrom, cap);
            sto = Arrays.copyOf(sto, cap);
        }
        int s = sources++;
        sx0[s] = ax;
        sy0[s] = ay;
        sx1[s] = bx;
        sy1[s] = by;
        st0[s] = t0;
        smin[s] = minutes;
        sfrom[s] = from;
        sto[s] = to;
    }

    /**
     * Adds one point source per node that edge sources reach (its earliest time there: entered, or driven to
     * the end of an edge) and links nodes to their neighbours, then seeds every source on the cells its segment
     * crosses.
     */
    private void seed(int nodes) {
        double[] at = new double[nodes];
        Arrays.fill(at, Double.POSITIVE_INFINITY);
        int edgeSources = sources;
        for (int s = 0; s < edgeSources; s++) {
            if (sfrom[s] >= 0) {
                at[sfrom[s]] = Math.min(at[sfrom[s]], st0[s]);
                at[sto[s]] = Math.min(at[sto[s]], st0[s] + smin[s]);
            }
        }
        nearStart = new int[nodes + 1];
        for (int s = 0; s < edgeSources; s++) {
            if (sfrom[s] >= 0) {
                nearStart[sfrom[s] + 1]++;
                nearStart[sto[s] + 1]++;
            }
        }
        for (int n = 0; n < nodes; n++) {
            nearStart[n + 1] += nearStart[n];
        }
        near = new int[nearStart[nodes]];
        int[] fill = Arrays.copyOf(nearStart, nodes);
        for (int s = 0; s < edgeSources; s++) {
            if (sfrom[s] >= 0) {
                near[fill[sfrom[s]]++] = sto[s];
                near[fill[sto[s]]++] = sfrom[s];
            }
        }
        nodeSource = new int[nodes];
        Arrays.fill(nodeSource, -1);
        for (int s = 0; s < edgeSources; s++) {
            for (int n : new int[] {sfrom[s], sto[s]}) {
                if (n >= 0 && nodeSource[n] < 0 && at[n] < Double.POSITIVE_INFINITY) {
                    double x = n == sfrom[s] ? sx0[s] : sx1[s];
                    double y = n == sfrom[s] ? sy0[s] : sy1[s];
                    nodeSource[n] = sources;
                    add(x, y, x, y, at[n], 0, -1, -1);
                }
            }
        }
        for (int s = 0; s < sources; s++) {
            double ax = sx0[s];
            double ay = sy0[s];
            double bx = sx1[s];
            double by = sy1[s];
            // Steps of half a cell catch every cell the segment crosses but for corner clips, which the
            // sweeps then fill; each cell is offered the source once.
            int steps = (int) Math.ceil(Math.hypot(bx - ax, by - ay) / (cell * 0.5)) + 1;
            int last = -1;
            for (int q = 0; q <= steps; q++) {
                double f = q / (double) steps;
                int i = (int) Math.floor((ax + f * (bx - ax) - minX) / cell);
                int j = (int) Math.floor((ay + f * (by - ay) - minY) / cell);
                if (i >= 0 && j >= 0 && i < w && j < h && j * w + i != last) {
                    last = j * w + i;
                    offer(last, s, false);
                }
            }
        }
    }

    /** The time of source s at cell k's centre, in the row's own metric, with no cap on the off-road leg. */
    private double eval(int s, int k) {
        return eval(s, k, null);
    }

    private double eval(int s, int k, double[] out) {
        int j = k / w;
        double cx = minX + (k - j * w + 0.5) * cell;
        double cy = minY + (j + 0.5) * cell;
        double sc = rowScale[j];
        return OffRoad.viaSegment((sx0[s] - cx) * sc, sy0[s] - cy, (sx1[s] - cx) * sc, sy1[s] - cy, st0[s], smin[s],
                0, 0, this.k, Double.POSITIVE_INFINITY, out);
    }

    /**
     * Offers source s to cell k. When s would leave the network at one of its nodes, the point sources of that
     * node and of its neighbours are offered too: the cells that leave the network at a node form a wedge from
     * it, too thin near the node to be handed on from cell to cell, and beside it lie cells that leave at the
     * same node or the next one.
     */
    private boolean offer(int k, int s) {
        return offer(k, s, true);
    }

    /** @param nodes whether a node exit hands on the node sources (not while seeding: the sweeps do that) */
    private boolean offer(int k, int s, boolean nodes) {
        if (s < 0 || s == src[k] || !within(k, s, Math.min(sx0[s], sx1[s]), Math.max(sx0[s], sx1[s]),
                Math.min(sy0[s], sy1[s]), Math.max(sy0[s], sy1[s]))) {
            return false;
        }
        double v = eval(s, k, exit);
        boolean changed = v < t[k];
        if (changed) {
            set(k, s, v);
        }
        int node = !nodes ? -1 : exit[0] >= 1 ? sto[s] : exit[0] <= 0 ? sfrom[s] : -1;
        if (node >= 0) {
            changed |= offerPoint(k, nodeSource[node]);
            for (int q = nearStart[node]; q < nearStart[node + 1]; q++) {
                changed |= offerPoint(k, nodeSource[near[q]]);
            }
        }
        return changed;
    }

    private boolean offerPoint(int k, int o) {
        if (o < 0 || o == src[k] || !within(k, o, sx0[o], sx0[o], sy0[o], sy0[o])) {
            return false;
        }
        int j = k / w;
        double dx = (sx0[o] - minX - (k - j * w + 0.5) * cell) * rowScale[j];
        double dy = sy0[o] - minY - (j + 0.5) * cell;
        double v = st0[o] + this.k * Math.sqrt(dx * dx + dy * dy);
        if (v < t[k]) {
            set(k, o, v);
            return true;
        }
        return false;
    }

    /**
     * Whether source s, whose segment lies in the box [x0, x1] × [y0, y1], could beat cell k's time and the
     * limit: walking to the box alone must leave time. No square root, so most hopeless offers cost little;
     * cells beyond the limit stay unreached, as no band needs them and no better cell lies behind them.
     */
    private boolean within(int k, int s, double x0, double x1, double y0, double y1) {
        double reach = (Math.min(t[k], cutoff) - st0[s]) / this.k;
        if (!(reach > 0)) {
            return false;
        }
        int j = k / w;
        double cx = minX + (k - j * w + 0.5) * cell;
        double cy = minY + (j + 0.5) * cell;
        double gx = (cx < x0 ? x0 - cx : cx > x1 ? cx - x1 : 0) * rowScale[j];
        double gy = cy < y0 ? y0 - cy : cy > y1 ? cy - y1 : 0;
        return reach == Double.POSITIVE_INFINITY || gx * gx + gy * gy < reach * reach;
    }

    private void set(int k, int s, double v) {
        t[k] = (float) v;
        src[k] = s;
        changedIn[k] = round;
        rowChangedIn[k / w] = round;
    }

    /** Hands neighbour n's source to cell k if n changed since k last looked at it (this round or the last). */
    private boolean pass(int k, int n) {
        return changedIn[n] >= round - 1 && offer(k, src[n]);
    }

    /**
     * Applies the longest off-road leg: a cell whose best leg is longer takes the best exit within the cap (or a
     * centre within it, on foot) from the exact search. A leg that long takes at least cap × pace minutes, so
     * below that time, and above the limit, nothing needs looking at.
     */
    private void cap(double maxM, double limit, List<Town> centres, java.util.function.Supplier<Arrivals> search) {
        double floor = k * maxM * (1 - 1e-9);
        if (!(floor <= limit)) {
            return;
        }
        double[] out = new double[2];
        Arrivals exits = null;
        for (int c = 0; c < t.length; c++) {
            if (t[c] < floor || t[c] > limit || src[c] < 0 || eval(src[c], c, out) >= Double.POSITIVE_INFINITY
                    || out[1] <= maxM) {
                continue;
            }
            int j = c / w;
            double lon = lon(minX + (c - j * w + 0.5) * cell);
            double lat = lat(minY + (j + 0.5) * cell);
            double mxHere = Geodesy.metresPerDegreeLon(lat);
            double direct = Double.POSITIVE_INFINITY;
            for (Town centre : centres) {
                double dx = (centre.lon() - lon) * mxHere;
                double dy = (centre.lat() - lat) * my;
                double m = Math.sqrt(dx * dx + dy * dy);
                if (m <= maxM) {
                    direct = Math.min(direct, k * m);
                }
            }
            exits = exits != null ? exits : search.get();
            Arrivals.Arrival a = exits.best(lon, lat, maxM, direct);
            t[c] = (float) (a != null ? a.minutes() : direct);
        }
    }

    /** Whether no cell in rows j - 1 to j + 1 changed since the last round: then no hand-on in row j can. */
    private boolean quiet(int j) {
        int last = rowChangedIn[j];
        if (j > 0) {
            last = Math.max(last, rowChangedIn[j - 1]);
        }
        if (j < h - 1) {
            last = Math.max(last, rowChangedIn[j + 1]);
        }
        return last < round - 1;
    }

    /** Raster sweeps handing each cell's source to its neighbours, until a round changes nothing. */
    private void spread() {
        for (round = 1; round <= MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int j = 0; j < h; j++) {
                if (quiet(j)) {
                    continue;
                }
                int row = j * w;
                for (int i = 0; i < w; i++) {
                    int k = row + i;
                    if (i > 0) {
                        changed |= pass(k, k - 1);
                    }
                    if (j > 0) {
                        changed |= pass(k, k - w);
                        if (i > 0) {
                            changed |= pass(k, k - w - 1);
                        }
                        if (i < w - 1) {
                            changed |= pass(k, k - w + 1);
                        }
                    }
                }
                for (int i = w - 2; i >= 0; i--) {
                    changed |= pass(row + i, row + i + 1);
                }
            }
            for (int j = h - 1; j >= 0; j--) {
                if (quiet(j)) {
                    continue;
                }
                int row = j * w;
                for (int i = w - 1; i >= 0; i--) {
                    int k = row + i;
                    if (i < w - 1) {
                        changed |= pass(k, k + 1);
                    }
                    if (j < h - 1) {
                        changed |= pass(k, k + w);
                        if (i < w - 1) {
                            changed |= pass(k, k + w + 1);
                        }
                        if (i > 0) {
                            changed |= pass(k, k + w - 1);
                        }
                    }
                }
                for (int i = 1; i < w; i++) {
                    changed |= pass(row + i, row + i - 1);
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    double x(double lon) {
        return (lon - lon0) * mx;
    }

    double y(double lat) {
        return (lat - lat0) * my;
    }

    double lon(double x) {
        return lon0 + x / mx;
    }

    double lat(double y) {
        return lat0 + y / my;
    }
}
