package org.beltmap.core.scenario;

import org.beltmap.core.model.Scenario;
import java.util.List;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Settings;
import org.beltmap.core.network.GraphBuilder;
import org.beltmap.core.network.RegionNetwork;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.Way;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The network of a region under a scenario: base lines with changed speeds, closed stretches left out (a segment
 * whose middle lies within {@link #CLOSURE_M} of a closure line), and planned lines added, each end linked to the
 * nearest vertex of every road within {@link #SNAP_M} so a planned bypass really connects, at the junction that is
 * fastest for each route.
 */
public final class ScenarioNetwork {

    /** How close a segment's middle must be to a closure line to be closed. */
    public static final double CLOSURE_M = 50;
    /** How far a planned line's end looks for the roads it joins. */
    public static final double SNAP_M = 500;
    private static final GeometryFactory GF = new GeometryFactory();

    private ScenarioNetwork() {
    }

    public static RoadGraph build(Region region, RegionNetwork.Mode mode, Scenario sc) {
        if (sc == null || sc.isEmpty()) {
            return RegionNetwork.build(region, mode);
        }
        Settings s = region.project().settings();
        Envelope extent = region.extent();
        double refLat = extent.isNull() ? 45 : (extent.getMinY() + extent.getMaxY()) / 2;
        GraphBuilder b = new GraphBuilder(s.snapToleranceM(), s.gapJoinM(), refLat);
        STRtree closures = new STRtree();
        for (LineString c : sc.closed()) {
            Envelope e = c.getEnvelopeInternal();
            e.expandBy(CLOSURE_M / Geodesy.metresPerDegreeLon(refLat));
            closures.insert(e, c);
        }
        closures.build();
        if (!sc.closed().isEmpty()) {
            b.setSegmentFilter((p, q) -> !closed(closures, (p.x + q.x) / 2, (p.y + q.y) / 2));
        }
        STRtree vertices = new STRtree();
        int wayId = 0;
        for (Layer layer : region.layers().values()) {
            LayerKind kind = layer.spec().kind();
            boolean rail = kind == LayerKind.RAILWAYS;
            if (!RegionNetwork.wanted(kind, mode)) {
                continue;
            }
            String classField = layer.spec().field("class");
            String speedField = layer.spec().field("speed");
            String refField = layer.spec().field("name");
            for (Feature f : layer.features()) {
                String cls = rail ? "railway" : f.getString(classField);
                String ref = f.getString(refField);
                double speed = RegionNetwork.speed(s, f, speedField, cls, rail);
                if (cls != null && sc.classSpeeds().containsKey(cls)) {
                    speed = sc.classSpeeds().get(cls);
                }
                if (ref != null && sc.refSpeeds().containsKey(ref)) {
                    speed = sc.refSpeeds().get(ref);
                }
                b.addLines(f.geometry(), new Way(layer.spec().id(), f.index(), cls, ref, speed),
                        RegionNetwork.direction(layer.spec(), f));
                if (f.geometry() != null) {
                    for (Coordinate c : f.geometry().getCoordinates()) {
                        vertices.insert(new Envelope(c), new Vertex<>(c, wayId, c));
                    }
                }
                wayId++;
            }
        }
        b.setSegmentFilter(null);
        vertices.build();
        int i = 0;
        for (Scenario.PlannedLine p : sc.added()) {
            double speed = p.speedKmh() != null ? p.speedKmh() : s.speedFor(p.roadClass());
            Way way = new Way("scenario", i++, p.roadClass(), p.name() == null ? "planned" : p.name(), speed);
            b.addLines(p.line(), way);
            Coordinate[] c = p.line().getCoordinates();
            for (Coordinate end : c.length > 1 ? new Coordinate[] {c[0], c[c.length - 1]} : c) {
                for (Coordinate v : nearestPerWay(end, near(vertices, end, refLat))) {
                    b.addLines(GF.createLineString(new Coordinate[] {end, v}), way);
                }
            }
        }
        return b.build();
    }

    private static boolean closed(STRtree closures, double x, double y) {
        for (Object o : closures.query(new Envelope(x, x, y, y))) {
            LineString c = (LineString) o;
            Coordinate[] n = DistanceOp.nearestPoints(c, GF.createPoint(new Coordinate(x, y)));
            if (Geodesy.distanceM(x, y, n[0].x, n[0].y) <= CLOSURE_M) {
                return true;
            }
        }
        return false;
    }

    /** A network vertex on a way (an index per feature); {@code node} is what the caller joins to. */
    record Vertex<T>(Coordinate c, int way, T node) {
    }

    private static List<Vertex<Coordinate>> near(STRtree vertices, Coordinate p, double refLat) {
        double dx = SNAP_M / Geodesy.metresPerDegreeLon(refLat);
        double dy = SNAP_M / Geodesy.METRES_PER_DEGREE;
        @SuppressWarnings("unchecked")
        List<Vertex<Coordinate>> near = vertices.query(new Envelope(p.x - dx, p.x + dx, p.y - dy, p.y + dy));
        return near;
    }

    /** Of the vertices given, the nearest one of each way within {@link #SNAP_M} of {@code p}: distinct nodes. */
    static <T> List<T> nearestPerWay(Coordinate p, List<Vertex<T>> vertices) {
        java.util.Map<Integer, Vertex<T>> best = new java.util.TreeMap<>();
        java.util.Map<Integer, Double> bestD = new java.util.HashMap<>();
        for (Vertex<T> v : vertices) {
            double d = Geodesy.distanceM(p.x, p.y, v.c().x, v.c().y);
            if (d <= SNAP_M && d < bestD.getOrDefault(v.way(), Double.POSITIVE_INFINITY)) {
                bestD.put(v.way(), d);
                best.put(v.way(), v);
            }
        }
        java.util.LinkedHashSet<T> out = new java.util.LinkedHashSet<>();
        best.values().forEach(v -> out.add(v.node()));
        return List.copyOf(out);
    }
}
