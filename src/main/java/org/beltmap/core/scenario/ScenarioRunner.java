package org.beltmap.core.scenario;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.Way;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Fast what-if re-runs for an interactive session: the base network, its access index and a node index are
 * built once; a scenario then only rewrites edge minutes (speed changes; +∞ closes an edge) and appends its
 * planned roads, so a re-run costs a Dijkstra and the towns, not a network build.
 */
public final class ScenarioRunner {

    private static final GeometryFactory GF = new GeometryFactory();
    private final Region region;
    private final RoadGraph base;
    private final NetworkAccess access;
    private STRtree nodes;
    /** The ways through each base node, for joining a planned road to every road near its ends. */
    private java.util.Map<Integer, java.util.Set<Integer>> nodeWays;

    public ScenarioRunner(Region region, RoadGraph base) {
        this(region, base, new NetworkAccess(base, region.project().settings().detourFactor(),
                region.project().settings().accessSpeedKmh()));
    }

    /** With the base network's access index already built (the analysis pipeline shares it). */
    public ScenarioRunner(Region region, RoadGraph base, NetworkAccess access) {
        this.region = region;
        this.base = base;
        this.access = access;
    }

    /** The node index is needed only to join planned roads: built on the first one. */
    private synchronized STRtree nodes() {
        if (nodes == null) {
            nodes = new STRtree();
            for (int v = 0; v < base.nodeCount(); v++) {
                nodes.insert(new Envelope(base.lon(v), base.lon(v), base.lat(v), base.lat(v)), v);
            }
            nodes.build();
            nodeWays = new java.util.HashMap<>();
            for (int e = 0; e < base.edgeCount(); e++) {
                int w = base.wayIndex(e);
                if (w >= 0) {
                    nodeWays.computeIfAbsent(base.edgeA(e), k -> new java.util.TreeSet<>()).add(w);
                    nodeWays.computeIfAbsent(base.edgeB(e), k -> new java.util.TreeSet<>()).add(w);
                }
            }
        }
        return nodes;
    }

    public BeltAnalysis.Result run(Scenario sc, List<Double> thresholds) {
        long t0 = System.nanoTime();
        RoadGraph g = graph(sc);
        List<Town> centres = WhatIf.centres(region, sc);
        return BeltAnalysis.run(region, g, access.extendedTo(g), thresholds, centres, t0);
    }

    public NetworkAccess access(RoadGraph g) {
        return access.extendedTo(g);
    }

    /** The base graph with the scenario's speeds, closures and planned roads. */
    public RoadGraph graph(Scenario sc) {
        Settings s = region.project().settings();
        double[] minutes = new double[base.edgeCount()];
        for (int e = 0; e < minutes.length; e++) {
            minutes[e] = base.edgeMinutes(e);
            Way w = base.way(e);
            Double speed = null;
            if (w != null && w.roadClass() != null && sc.classSpeeds().containsKey(w.roadClass())) {
                speed = sc.classSpeeds().get(w.roadClass());
            }
            if (w != null && w.ref() != null && sc.refSpeeds().containsKey(w.ref())) {
                speed = sc.refSpeeds().get(w.ref());
            }
            if (speed != null) {
                minutes[e] = base.edgeLengthM(e) / 1000 / speed * 60;
            }
        }
        for (LineString c : sc.closed()) {
            close(c, minutes);
        }
        RoadGraph g = base.derive(minutes, new double[0], new double[0], new int[0], new int[0], new double[0],
                new double[0], new Way("scenario", -1, null, "none", 1));
        int i = 0;
        for (Scenario.PlannedLine p : sc.added()) {
            double speed = p.speedKmh() != null ? p.speedKmh() : s.speedFor(p.roadClass());
            g = append(g, p.line(), speed, new Way("scenario", i++, p.roadClass(),
                    p.name() == null ? "planned" : p.name(), speed));
        }
        return g;
    }

    private void close(LineString c, double[] minutes) {
        Envelope box = c.getEnvelopeInternal();
        box.expandBy(ScenarioNetwork.CLOSURE_M / Geodesy.metresPerDegreeLon(box.centre().y));
        for (int e = 0; e < minutes.length; e++) {
            double x = (base.lon(base.edgeA(e)) + base.lon(base.edgeB(e))) / 2;
            double y = (base.lat(base.edgeA(e)) + base.lat(base.edgeB(e))) / 2;
            if (box.contains(x, y)) {
                Coordinate[] n = DistanceOp.nearestPoints(c, GF.createPoint(new Coordinate(x, y)));
                if (Geodesy.distanceM(x, y, n[0].x, n[0].y) <= ScenarioNetwork.CLOSURE_M) {
                    minutes[e] = Double.POSITIVE_INFINITY;
                }
            }
        }
    }

    /**
     * Appends a planned line as new nodes and edges; each end is linked (straight, at the line's speed) to the
     * nearest vertex of every road within {@link ScenarioNetwork#SNAP_M}, so the route takes whichever junction
     * is fastest, as a town takes its fastest way off the network.
     */
    private RoadGraph append(RoadGraph g, LineString line, double speed, Way way) {
        Coordinate[] c = line.getCoordinates();
        int n0 = g.nodeCount();
        List<double[]> fresh = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        for (Coordinate p : c) {
            fresh.add(new double[] {p.x, p.y});
        }
        for (int k = 0; k < c.length - 1; k++) {
            ends.add(new int[] {n0 + k, n0 + k + 1});
        }
        for (int k : c.length > 1 ? new int[] {0, c.length - 1} : new int[] {0}) {
            for (int v : ScenarioNetwork.nearestPerWay(c[k], nearby(c[k]))) {
                ends.add(new int[] {n0 + k, v});
            }
        }
        int m = ends.size();
        int[] a = new int[m];
        int[] b = new int[m];
        double[] len = new double[m];
        double[] min = new double[m];
        for (int k = 0; k < m; k++) {
            a[k] = ends.get(k)[0];
            b[k] = ends.get(k)[1];
            double[] p = coord(g, fresh, a[k]);
            double[] q = coord(g, fresh, b[k]);
            len[k] = Geodesy.distanceM(p[0], p[1], q[0], q[1]);
            min[k] = len[k] / 1000 / speed * 60;
        }
        return g.derive(minutesOf(g), fresh.stream().mapToDouble(x -> x[0]).toArray(),
                fresh.stream().mapToDouble(x -> x[1]).toArray(), a, b, len, min, way);
    }

    /** Base vertices within the join distance of a point, each with the ways through it. */
    private List<ScenarioNetwork.Vertex<Integer>> nearby(Coordinate p) {
        double dx = ScenarioNetwork.SNAP_M / Geodesy.metresPerDegreeLon(p.y);
        double dy = ScenarioNetwork.SNAP_M / Geodesy.METRES_PER_DEGREE;
        List<ScenarioNetwork.Vertex<Integer>> out = new ArrayList<>();
        for (Object o : nodes().query(new Envelope(p.x - dx, p.x + dx, p.y - dy, p.y + dy))) {
            int v = (Integer) o;
            for (int w : nodeWays.getOrDefault(v, java.util.Set.of())) {
                out.add(new ScenarioNetwork.Vertex<>(new Coordinate(base.lon(v), base.lat(v)), w, v));
            }
        }
        return out;
    }

    private static double[] minutesOf(RoadGraph g) {
        double[] m = new double[g.edgeCount()];
        for (int e = 0; e < m.length; e++) {
            m[e] = g.edgeMinutes(e);
        }
        return m;
    }

    private static double[] coord(RoadGraph g, List<double[]> fresh, int id) {
        return id < g.nodeCount() ? new double[] {g.lon(id), g.lat(id)} : fresh.get(id - g.nodeCount());
    }
}
