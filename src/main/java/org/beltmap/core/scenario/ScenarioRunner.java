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

    /** The node index is needed only to snap planned roads: built on the first one. */
    private synchronized STRtree nodes() {
        if (nodes == null) {
            nodes = new STRtree();
            for (int v = 0; v < base.nodeCount(); v++) {
                nodes.insert(new Envelope(base.lon(v), base.lon(v), base.lat(v), base.lat(v)), v);
            }
            nodes.build();
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

    /** Appends a planned line: its ends join the nearest node within 500 m, inner vertices become new nodes. */
    private RoadGraph append(RoadGraph g, LineString line, double speed, Way way) {
        Coordinate[] c = line.getCoordinates();
        int[] ids = new int[c.length];
        List<double[]> fresh = new ArrayList<>();
        for (int k = 0; k < c.length; k++) {
            int snapped = k == 0 || k == c.length - 1 ? nearestNode(c[k]) : -1;
            if (snapped >= 0) {
                ids[k] = snapped;
            } else {
                ids[k] = g.nodeCount() + fresh.size();
                fresh.add(new double[] {c[k].x, c[k].y});
            }
        }
        int m = c.length - 1;
        int[] a = new int[m];
        int[] b = new int[m];
        double[] len = new double[m];
        double[] min = new double[m];
        for (int k = 0; k < m; k++) {
            a[k] = ids[k];
            b[k] = ids[k + 1];
            double[] p = coord(g, fresh, ids[k]);
            double[] q = coord(g, fresh, ids[k + 1]);
            len[k] = Geodesy.distanceM(p[0], p[1], q[0], q[1]);
            min[k] = len[k] / 1000 / speed * 60;
        }
        return g.derive(minutesOf(g), fresh.stream().mapToDouble(x -> x[0]).toArray(),
                fresh.stream().mapToDouble(x -> x[1]).toArray(), a, b, len, min, way);
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

    private int nearestNode(Coordinate p) {
        double dx = ScenarioNetwork.SNAP_M / Geodesy.metresPerDegreeLon(p.y);
        double dy = ScenarioNetwork.SNAP_M / Geodesy.METRES_PER_DEGREE;
        int best = -1;
        double bestD = ScenarioNetwork.SNAP_M;
        for (Object o : nodes().query(new Envelope(p.x - dx, p.x + dx, p.y - dy, p.y + dy))) {
            int v = (Integer) o;
            double d = Geodesy.distanceM(p.x, p.y, base.lon(v), base.lat(v));
            if (d <= bestD) {
                bestD = d;
                best = v;
            }
        }
        return best;
    }
}
