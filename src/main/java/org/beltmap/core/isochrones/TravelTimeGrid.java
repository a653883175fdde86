package org.beltmap.core.isochrones;

import java.util.Arrays;
import java.util.List;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.OffRoad;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.ShortestPaths;

/**
 * The travel-time field on a square grid in a local metric plane: for every cell centre, the fastest way there
 * off the network ({@link OffRoad}: entry time + driving + the straight leg from the best exit point, at most the
 * maximum access distance), or straight from a centre. This is the field a town's МТД is read from
 * ({@link org.beltmap.core.network.Arrivals}), so isochrones and МТД agree to the cell.
 *
 * <p>Each cell keeps the source (an edge in one direction, or a centre) that gives its time; sources are seeded
 * on the cells their segment crosses and handed on to neighbours in raster sweeps (eight neighbours, forward and
 * backward) until nothing improves, every time evaluated exactly for the cell's own centre. Distances use the
 * metres per degree of longitude of each row, so a tall region is measured as truly at its top as at its bottom.
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
    /** Per row, metres per degree of longitude at the row's latitude over {@link #mx}. */
    private final double[] rowScale;
    private double k;
    private double maxM;
    private double[] sx0 = new double[0];
    private double[] sy0 = new double[0];
    private double[] sx1 = new double[0];
    private double[] sy1 = new double[0];
    private double[] st0 = new double[0];
    private double[] smin = new double[0];
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
     */
    static TravelTimeGrid build(ShortestPaths paths, List<Town> centres, double limit, double cellM,
                                double minutesPerMetre, double maxAccessM, int maxCells) {
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
        grid.maxM = maxAccessM;
        grid.sources(paths, centres, limit);
        grid.spread();
        return grid;
    }

    /** One source per reached edge and direction it may be driven, and one per centre; each seeds its cells. */
    private void sources(ShortestPaths paths, List<Town> centres, double limit) {
        RoadGraph g = paths.graph();
        for (Town c : centres) {
            add(x(c.lon()), y(c.lat()), x(c.lon()), y(c.lat()), 0, 0);
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
                add(ax, ay, bx, by, ta, g.edgeMinutes(e));
            }
            if (g.backward(e) && tb <= limit) {
                add(bx, by, ax, ay, tb, g.edgeMinutes(e));
            }
        }
    }

    private void add(double ax, double ay, double bx, double by, double t0, double minutes) {
        if (sources == sx0.length) {
            int cap = Math.max(1024, sources * 2);
            sx0 = Arrays.copyOf(sx0, cap);
            sy0 = Arrays.copyOf(sy0, cap);
            sx1 = Arrays.copyOf(sx1, cap);
            sy1 = Arrays.copyOf(sy1, cap);
            st0 = Arrays.copyOf(st0, cap);
            smin = Arrays.copyOf(smin, cap);
        }
        int s = sources++;
        sx0[s] = ax;
        sy0[s] = ay;
        sx1[s] = bx;
        sy1[s] = by;
        st0[s] = t0;
        smin[s] = minutes;
        // Seed every cell the segment passes through (steps of a quarter cell catch every cell it crosses but
        // for corner clips, which the sweeps then fill).
        int steps = (int) Math.ceil(Math.hypot(bx - ax, by - ay) / (cell * 0.25)) + 1;
        for (int q = 0; q <= steps; q++) {
            double f = q / (double) steps;
            int i = (int) Math.floor((ax + f * (bx - ax) - minX) / cell);
            int j = (int) Math.floor((ay + f * (by - ay) - minY) / cell);
            if (i >= 0 && j >= 0 && i < w && j < h) {
                offer(j * w + i, s);
            }
        }
    }

    /** The time of source s at cell k's centre, in the row's own metric. */
    private double eval(int s, int k) {
        int j = k / w;
        double cx = minX + (k - j * w + 0.5) * cell;
        double cy = minY + (j + 0.5) * cell;
        double sc = rowScale[j];
        return OffRoad.viaSegment((sx0[s] - cx) * sc, sy0[s] - cy, (sx1[s] - cx) * sc, sy1[s] - cy, st0[s], smin[s],
                0, 0, this.k, maxM, null);
    }

    private boolean offer(int k, int s) {
        if (s < 0 || s == src[k] || st0[s] >= t[k]) {
            return false;
        }
        double v = eval(s, k);
        if (v < t[k]) {
            t[k] = (float) v;
            src[k] = s;
            changedIn[k] = round;
            rowChangedIn[k / w] = round;
            return true;
        }
        return false;
    }

    /** Hands neighbour n's source to cell k if n changed since k last looked at it (this round or the last). */
    private boolean pass(int k, int n) {
        return changedIn[n] >= round - 1 && offer(k, src[n]);
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
