package org.beltmap.core.isochrones;

import java.util.Arrays;
import java.util.List;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.ShortestPaths;

/**
 * The travel-time field on a square grid in a local metric plane: reached edges are rasterised with their
 * interpolated minutes, then a chamfer distance transform spreads time off the network at the access speed
 * (straight line × detour factor). Contours of this field are the isochrones.
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
    }

    /**
     * @param metresPerMinuteOffNetwork straight-line metres covered per minute off the network (speed / detour)
     * @param maxCells cap on the grid size; the cell grows when the reached area is large
     */
    static TravelTimeGrid build(ShortestPaths paths, List<Town> centres, double limit, double cellM,
                                double metresPerMinuteOffNetwork, int maxCells) {
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
        double reach = limit * metresPerMinuteOffNetwork + 2 * cellM;
        double x0 = (minLon - lon0) * mx - reach;
        double y0 = (minLat - lat0) * my - reach;
        double x1 = (maxLon - lon0) * mx + reach;
        double y1 = (maxLat - lat0) * my + reach;
        double cell = Math.max(cellM, Math.sqrt((x1 - x0) * (y1 - y0) / maxCells));
        int w = (int) Math.ceil((x1 - x0) / cell) + 1;
        int h = (int) Math.ceil((y1 - y0) / cell) + 1;
        TravelTimeGrid grid = new TravelTimeGrid(lon0, lat0, cell, x0, y0, w, h);
        grid.rasterise(paths, limit);
        for (Town c : centres) {
            grid.seed(c.lon(), c.lat(), 0);
        }
        grid.spread(cell / metresPerMinuteOffNetwork);
        return grid;
    }

    private void rasterise(ShortestPaths paths, double limit) {
        RoadGraph g = paths.graph();
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = g.edgeA(e);
            int b = g.edgeB(e);
            double ta = paths.minutes(a);
            double tb = paths.minutes(b);
            if (Math.min(ta, tb) > limit) {
                continue;
            }
            double ax = x(g.lon(a));
            double ay = y(g.lat(a));
            double bx = x(g.lon(b));
            double by = y(g.lat(b));
            int steps = (int) Math.ceil(Math.hypot(bx - ax, by - ay) / (cell * 0.5)) + 1;
            double em = g.edgeMinutes(e);
            for (int k = 0; k <= steps; k++) {
                double f = k / (double) steps;
                double tt = Math.min(ta + f * em, tb + (1 - f) * em);
                set(ax + f * (bx - ax), ay + f * (by - ay), tt);
            }
        }
    }

    private void seed(double lon, double lat, double minutes) {
        set(x(lon), y(lat), minutes);
    }

    private void set(double x, double y, double minutes) {
        int i = (int) ((x - minX) / cell);
        int j = (int) ((y - minY) / cell);
        if (i >= 0 && j >= 0 && i < w && j < h && minutes < t[j * w + i]) {
            t[j * w + i] = (float) minutes;
        }
    }

    /** Two-pass 3×3 chamfer transform: off-network minutes to each cell from the nearest reached cell. */
    private void spread(double minutesPerCell) {
        float a = (float) minutesPerCell;
        float d = (float) (minutesPerCell * Math.sqrt(2));
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int k = j * w + i;
                float v = t[k];
                if (i > 0) {
                    v = Math.min(v, t[k - 1] + a);
                }
                if (j > 0) {
                    v = Math.min(v, t[k - w] + a);
                    if (i > 0) {
                        v = Math.min(v, t[k - w - 1] + d);
                    }
                    if (i < w - 1) {
                        v = Math.min(v, t[k - w + 1] + d);
                    }
                }
                t[k] = v;
            }
        }
        for (int j = h - 1; j >= 0; j--) {
            for (int i = w - 1; i >= 0; i--) {
                int k = j * w + i;
                float v = t[k];
                if (i < w - 1) {
                    v = Math.min(v, t[k + 1] + a);
                }
                if (j < h - 1) {
                    v = Math.min(v, t[k + w] + a);
                    if (i < w - 1) {
                        v = Math.min(v, t[k + w + 1] + d);
                    }
                    if (i > 0) {
                        v = Math.min(v, t[k + w - 1] + d);
                    }
                }
                t[k] = v;
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
