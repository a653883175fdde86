package org.beltmap.core.network;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.geo.Geodesy;

/**
 * Access legs: a town or centre off the network reaches it along a straight line times a detour factor at an
 * access speed. A centre enters by its nearest few edges and the nearest edge of every road and component close
 * by ({@link #attach}, {@link #attachEachComponent}); a town is left by the fastest exit over all edges
 * ({@link #arrivals}), searched on an edge grid built here once.
 */
public final class NetworkAccess {

    public static final int CANDIDATES = 12;
    /** Extra search radius for other components, metres. */
    public static final double REACH_M = 10_000;
    private final RoadGraph g;
    private final EdgeGrid grid;
    /** Candidates among the indexed (base) edges per query point, shared with extended copies: re-runs reuse them. */
    private final java.util.Map<String, List<Attachment>> cache;
    /** Edges from this id on were appended after the index was built (a scenario's added roads). */
    private final int indexedEdges;
    private final double detour;
    private final double accessKmh;

    public NetworkAccess(RoadGraph g, double detourFactor, double accessSpeedKmh) {
        if (!(accessSpeedKmh > 0) || !(detourFactor >= 1)) {
            throw new IllegalArgumentException("access speed must be > 0 km/h and the detour factor ≥ 1 (got "
                    + accessSpeedKmh + " km/h, " + detourFactor + ")");
        }
        this.g = g;
        this.detour = detourFactor;
        this.accessKmh = accessSpeedKmh;
        this.cache = new java.util.concurrent.ConcurrentHashMap<>();
        this.indexedEdges = g.edgeCount();
        this.grid = new EdgeGrid(g, indexedEdges);
    }

    private NetworkAccess(RoadGraph g, NetworkAccess base) {
        this.g = g;
        this.detour = base.detour;
        this.accessKmh = base.accessKmh;
        this.grid = base.grid;
        this.cache = base.cache;
        this.indexedEdges = base.indexedEdges;
    }

    /**
     * The same access for a graph that only appends edges to this one's (a what-if with added roads): the spatial
     * index is shared and the few new edges are searched directly, so a re-run does not rebuild the index.
     */
    public NetworkAccess extendedTo(RoadGraph bigger) {
        if (bigger.edgeCount() < indexedEdges) {
            throw new IllegalArgumentException("the new graph must keep every edge of the old one");
        }
        return new NetworkAccess(bigger, this);
    }

    /** Minutes for a straight access leg of {@code metres}. */
    public double accessMinutes(double metres) {
        return metres * detour / 1000.0 / accessKmh * 60.0;
    }

    public double detourFactor() {
        return detour;
    }

    /** Minutes per straight metre off the network. */
    public double minutesPerMetre() {
        return OffRoad.minutesPerMetre(detour, accessKmh);
    }

    /** The exact fastest exits off the network for a Dijkstra run on this access's graph. */
    public Arrivals arrivals(ShortestPaths paths) {
        if (paths.graph() != g) {
            throw new IllegalArgumentException("the shortest paths must run on this access's graph");
        }
        return new Arrivals(g, grid, indexedEdges, paths, minutesPerMetre());
    }

    /** The nearest few edges to a point, nearest first (empty for an empty network). */
    public List<Attachment> attach(double lon, double lat) {
        List<Attachment> out = new ArrayList<>();
        if (g.edgeCount() == 0) {
            return out;
        }
        double mx = Geodesy.metresPerDegreeLon(lat);
        double my = Geodesy.METRES_PER_DEGREE;
        out.addAll(cache.computeIfAbsent("n" + lon + "," + lat, k -> nearestIndexed(lon, lat, mx, my)));
        for (int e = indexedEdges; e < g.edgeCount(); e++) {
            out.add(attachment(e, lon, lat, mx, my));
        }
        out.sort((x, y) -> Double.compare(x.accessM(), y.accessM()));
        return out;
    }

    private List<Attachment> nearestIndexed(double lon, double lat, double mx, double my) {
        List<Attachment> out = new ArrayList<>();
        for (int e : grid.nearest(lon, lat, CANDIDATES, e -> project(e, lon, lat, mx, my)[1])) {
            out.add(attachment(e, lon, lat, mx, my));
        }
        return out;
    }

    /**
     * The nearest edge of every road (way) and of every component within {@code radiusM}: a point enters each
     * nearby road by its own access leg, so a new road passing close by never hides the old one, and a fragment a
     * few km away is reached directly.
     */
    public List<Attachment> attachEachComponent(double lon, double lat, double radiusM) {
        double mx = Geodesy.metresPerDegreeLon(lat);
        double my = Geodesy.METRES_PER_DEGREE;
        List<Attachment> out = new ArrayList<>(cache.computeIfAbsent("c" + lon + "," + lat + "," + radiusM,
                k -> eachIndexed(lon, lat, radiusM, mx, my)));
        for (int e = indexedEdges; e < g.edgeCount(); e++) {
            Attachment a = attachment(e, lon, lat, mx, my);
            if (a.accessM() <= radiusM) {
                out.add(a);
            }
        }
        out.sort((x, y) -> Double.compare(x.accessM(), y.accessM()));
        return out;
    }

    private List<Attachment> eachIndexed(double lon, double lat, double r, double mx, double my) {
        java.util.Map<Long, Integer> best = new java.util.HashMap<>();
        java.util.Map<Long, Double> bestD = new java.util.HashMap<>();
        grid.near(lon, lat, r, e -> {
            int c = g.component(g.edgeA[e]);
            int way = g.edgeWay[e];
            long key = ((long) c << 32) | (way & 0xffffffffL);
            double d = project(e, lon, lat, mx, my)[1];
            // Ties go to the lower edge id, whatever order the cells list them in.
            double was = bestD.getOrDefault(key, Double.POSITIVE_INFINITY);
            if (d <= r && (d < was || (d == was && e < best.get(key)))) {
                bestD.put(key, d);
                best.put(key, e);
            }
        });
        List<Attachment> out = new ArrayList<>();
        // By edge id, not by map order (which follows component ids, and so node numbering): equal legs keep it.
        best.values().stream().sorted().forEach(e -> out.add(attachment(e, lon, lat, mx, my)));
        return out;
    }

    private Attachment attachment(int e, double lon, double lat, double mx, double my) {
        double f = project(e, lon, lat, mx, my)[0];
        double px = g.lon[g.edgeA[e]] + f * (g.lon[g.edgeB[e]] - g.lon[g.edgeA[e]]);
        double py = g.lat[g.edgeA[e]] + f * (g.lat[g.edgeB[e]] - g.lat[g.edgeA[e]]);
        double m = Geodesy.distanceM(lon, lat, px, py);
        return new Attachment(e, f, px, py, m, accessMinutes(m));
    }

    /** {fraction along the edge, planar distance in metres} of the closest point. */
    private double[] project(int e, double lon, double lat, double mx, double my) {
        double ax = g.lon[g.edgeA[e]] * mx;
        double ay = g.lat[g.edgeA[e]] * my;
        double bx = g.lon[g.edgeB[e]] * mx - ax;
        double by = g.lat[g.edgeB[e]] * my - ay;
        double px = lon * mx - ax;
        double py = lat * my - ay;
        double l2 = bx * bx + by * by;
        double f = l2 == 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / l2));
        return new double[] {f, Math.hypot(px - f * bx, py - f * by)};
    }
}
