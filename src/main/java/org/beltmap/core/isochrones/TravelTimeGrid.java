package org.beltmap.core.isochrones;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.Arrivals;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.ShortestPaths;

/**
 * The travel-time field on a square grid in a local metric plane: for every cell centre, the fastest way there
 * off the network ({@link OffRoad}: entry time + driving + the straight leg from the best exit point, at most the
 * maximum access distance), or straight from a centre. This is the field a town's МТД is read from
 * ({@link org.beltmap.core.network.Arrivals}), so isochrones and МТД agree to the cell.
 *
 * <p>The field is filled without a cap on the off-road leg ({@link FieldSweep}; tests compare every cell with
 * the exact search: all but one in thousands equal, none off by more than a hundredth of a minute). The cap is
 * applied afterwards: the few cells whose best leg is longer (only possible at ≥ the cap's walking time) are
 * evaluated on their own by the МТД's exact search. Distances use the metres per degree of longitude of each
 * row, so a tall region is measured as truly at its top as at its bottom.
 */
final class TravelTimeGrid {

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
    /** Per row, metres per degree of longitude at the row's latitude over {@link #mx}. */
    final double[] rowScale;

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
        Arrays.fill(t, Float.POSITIVE_INFINITY);
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
                                Supplier<Arrivals> exits) {
        RoadGraph g = paths.graph();
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (int k = 0; k < paths.reachedCount(); k++) {
            int n = paths.reached(k);
            minLon = Math.min(minLon, g.lon(n));
            maxLon = Math.max(maxLon, g.lon(n));
            minLat = Math.min(minLat, g.lat(n));
            maxLat = Math.max(maxLat, g.lat(n));
        }
        // Only edges driven from a reached node matter, in edge order (the order sources are numbered in).
        int[] reachedEdges = paths.reachedEdges();
        // The reached part of every edge entered within the limit (a long edge may end far beyond it).
        for (int e : reachedEdges) {
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
        // Cropped, on the same lattice, to where some source can still arrive within the limit: a source entered
        // at t0 walks at most (limit − t0) / k beyond its reached part, so the frontier needs little margin.
        double[] box = reachBox(paths, reachedEdges, centres, limit, minutesPerMetre, maxAccessM, 2 * cellM, lon0, lat0, mx,
                narrowest);
        int i0 = Math.max(0, (int) Math.floor((box[0] - x0) / cell));
        int j0 = Math.max(0, (int) Math.floor((box[1] - y0) / cell));
        int i1 = Math.min(w - 1, (int) Math.ceil((box[2] - x0) / cell));
        int j1 = Math.min(h - 1, (int) Math.ceil((box[3] - y0) / cell));
        if (i0 <= i1 && j0 <= j1) {
            x0 += i0 * cell;
            y0 += j0 * cell;
            w = i1 - i0 + 1;
            h = j1 - j0 + 1;
        }
        TravelTimeGrid grid = new TravelTimeGrid(lon0, lat0, cell, x0, y0, w, h);
        FieldSweep field = new FieldSweep(grid, minutesPerMetre, limit);
        field.run(grid.sources(field, paths, reachedEdges, centres, limit));
        grid.cap(field, minutesPerMetre, maxAccessM, limit, centres, exits);
        return grid;
    }

    /**
     * {x0, y0, x1, y1} in the plane around (lon0, lat0): every point some source reaches within the limit, with
     * {@code pad} metres more. Each source covers its reached part plus the walk its remaining time allows.
     */
    private static double[] reachBox(ShortestPaths paths, int[] reachedEdges, List<Town> centres, double limit, double k, double maxM,
                                     double pad, double lon0, double lat0, double mx, double narrowest) {
        RoadGraph g = paths.graph();
        double my = Geodesy.METRES_PER_DEGREE;
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (Town c : centres) {
            double m = Math.min(limit / k, maxM) + pad;
            grow(box, (c.lon() - lon0) * mx, (c.lat() - lat0) * my, (c.lon() - lon0) * mx, (c.lat() - lat0) * my,
                    m / narrowest, m);
        }
        for (int e : reachedEdges) {
            for (int end = 0; end < 2; end++) {
                int from = end == 0 ? g.edgeA(e) : g.edgeB(e);
                double t0 = paths.minutes(from);
                if (t0 > limit || !(end == 0 ? g.forward(e) : g.backward(e))) {
                    continue;
                }
                int to = end == 0 ? g.edgeB(e) : g.edgeA(e);
                double f = g.edgeMinutes(e) > 0 ? Math.min(1, (limit - t0) / g.edgeMinutes(e)) : 1;
                double ax = (g.lon(from) - lon0) * mx;
                double ay = (g.lat(from) - lat0) * my;
                double bx = (g.lon(from) + f * (g.lon(to) - g.lon(from)) - lon0) * mx;
                double by = (g.lat(from) + f * (g.lat(to) - g.lat(from)) - lat0) * my;
                double m = Math.min((limit - t0) / k, maxM) + pad;
                grow(box, ax, ay, bx, by, m / narrowest, m);
            }
        }
        return box;
    }

    private static void grow(double[] box, double ax, double ay, double bx, double by, double mxPlane, double m) {
        box[0] = Math.min(box[0], Math.min(ax, bx) - mxPlane);
        box[1] = Math.min(box[1], Math.min(ay, by) - m);
        box[2] = Math.max(box[2], Math.max(ax, bx) + mxPlane);
        box[3] = Math.max(box[3], Math.max(ay, by) + m);
    }

    /**
     * One source per reached edge and direction it may be driven, and one per centre; the field numbers the
     * nodes of these edges locally. Returns how many nodes that is.
     */
    private int sources(FieldSweep field, ShortestPaths paths, int[] reachedEdges, List<Town> centres,
                        double limit) {
        RoadGraph g = paths.graph();
        for (Town c : centres) {
            field.add(x(c.lon()), y(c.lat()), x(c.lon()), y(c.lat()), 0, 0, -1, -1);
        }
        field.reserve(2 * reachedEdges.length);
        // Local node number + 1 per graph node (0: none yet).
        int[] local = new int[g.nodeCount()];
        int nodes = 0;
        for (int e : reachedEdges) {
            int a = g.edgeA(e);
            int b = g.edgeB(e);
            boolean fromA = g.forward(e) && paths.minutes(a) <= limit;
            boolean fromB = g.backward(e) && paths.minutes(b) <= limit;
            if (!fromA && !fromB) {
                continue;
            }
            int la = local[a] == 0 ? (local[a] = ++nodes) - 1 : local[a] - 1;
            int lb = local[b] == 0 ? (local[b] = ++nodes) - 1 : local[b] - 1;
            double ax = x(g.lon(a));
            double ay = y(g.lat(a));
            double bx = x(g.lon(b));
            double by = y(g.lat(b));
            if (fromA) {
                field.add(ax, ay, bx, by, paths.minutes(a), g.edgeMinutes(e), la, lb);
            }
            if (fromB) {
                field.add(bx, by, ax, ay, paths.minutes(b), g.edgeMinutes(e), lb, la);
            }
        }
        return nodes;
    }

    /**
     * Applies the longest off-road leg: a cell whose best leg is longer takes the best exit within the cap (or a
     * centre within it, on foot) from the exact search. A leg that long takes at least cap × pace minutes, so
     * below that time, and above the limit, nothing needs looking at.
     */
    private void cap(FieldSweep field, double k, double maxM, double limit, List<Town> centres,
                     Supplier<Arrivals> search) {
        double floor = k * maxM * (1 - 1e-9);
        if (!(floor <= limit)) {
            return;
        }
        double[] out = new double[2];
        Arrivals exits = null;
        for (int c = 0; c < t.length; c++) {
            int i = c % w;
            int j = c / w;
            int s = field.source(c);
            if (t[c] < floor || t[c] > limit || s < 0 || field.eval(s, i, j, out) >= Double.POSITIVE_INFINITY
                    || out[1] <= maxM) {
                continue;
            }
            double lon = lon(minX + (i + 0.5) * cell);
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
