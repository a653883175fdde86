package org.beltmap.bench;

import com.graphhopper.isochrone.algorithm.ContourBuilder;
import com.graphhopper.isochrone.algorithm.JTSTriangulator;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.isochrone.algorithm.Triangulator;
import com.graphhopper.routing.RouterConfig;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.DecimalEncodedValueImpl;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.index.LocationIndexTree;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIteratorState;
import org.beltmap.core.bench.IsochroneComparison;
import org.beltmap.core.network.RoadGraph;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * GraphHopper 11's own isochrone pipeline on our graph: ShortestPathTree (time limit as its web resource sets
 * it), JTSTriangulator (Delaunay of the reached points, tolerance in degrees) and ContourBuilder per interval.
 * Lives only in the {@code bench} Maven profile; the app never links GraphHopper.
 */
public final class GraphHopperIsochrone implements IsochroneComparison {

    private BaseGraph graph;
    private DecimalEncodedValue speedEnc;
    private Weighting weighting;
    private Snap snap;
    private double[] limitsMs;
    private double toleranceDeg;

    @Override
    public String name() {
        return "GraphHopper 11.0 ShortestPathTree + JTSTriangulator + ContourBuilder";
    }

    @Override
    public void prepare(RoadGraph g, int centreNode, double[] minutes, double toleranceM) {
        speedEnc = new DecimalEncodedValueImpl("speed", 7, 1, false);
        EncodingManager em = new EncodingManager.Builder().add(speedEnc).build();
        graph = new BaseGraph.Builder(em).create();
        NodeAccess na = graph.getNodeAccess();
        for (int i = 0; i < g.nodeCount(); i++) {
            na.setNode(i, g.lat(i), g.lon(i));
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            double km = g.edgeLengthM(e) / 1000.0;
            double kmh = km / (g.edgeMinutes(e) / 60.0);
            graph.edge(g.edgeA(e), g.edgeB(e)).setDistance(g.edgeLengthM(e)).set(speedEnc, Math.min(127, Math.round(kmh)));
        }
        graph.freeze();
        weighting = new SpeedWeighting(speedEnc);
        LocationIndexTree index = new LocationIndexTree(graph, graph.getDirectory());
        index.prepareIndex();
        snap = index.findClosest(g.lat(centreNode), g.lon(centreNode), EdgeFilter.ALL_EDGES);
        limitsMs = new double[minutes.length];
        for (int i = 0; i < minutes.length; i++) {
            limitsMs[i] = minutes[i] * 60_000;
        }
        toleranceDeg = toleranceM / 111_195.0;
    }

    @Override
    public int run() {
        QueryGraph qg = QueryGraph.create(graph, snap);
        ShortestPathTree tree = new ShortestPathTree(qg, qg.wrapWeighting(weighting), false, TraversalMode.NODE_BASED);
        double limit = limitsMs[limitsMs.length - 1];
        tree.setTimeLimit(limit + Math.max(limit * 0.14, 200_000));
        Triangulator.Result result = new JTSTriangulator(new RouterConfig())
                .triangulate(snap, qg, tree, label -> label.time, toleranceDeg);
        ContourBuilder contour = new ContourBuilder(result.triangulation);
        int polygons = 0;
        for (double l : limitsMs) {
            MultiPolygon mp = contour.computeIsoline(l, result.seedEdges);
            polygons += mp.getNumGeometries();
        }
        return polygons;
    }

    /** Travel time from the stored speed, like GraphHopper's speed weighting, no turn costs. */
    private static final class SpeedWeighting implements Weighting {
        private final DecimalEncodedValue speed;

        SpeedWeighting(DecimalEncodedValue speed) {
            this.speed = speed;
        }

        @Override
        public double calcMinWeightPerDistance() {
            return 1 / (127 / 3.6);
        }

        @Override
        public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
            double kmh = edge.get(speed);
            return kmh <= 0 ? Double.POSITIVE_INFINITY : edge.getDistance() / (kmh / 3.6);
        }

        @Override
        public long calcEdgeMillis(EdgeIteratorState edge, boolean reverse) {
            return Math.round(calcEdgeWeight(edge, reverse) * 1000);
        }

        @Override
        public double calcTurnWeight(int inEdge, int viaNode, int outEdge) {
            return 0;
        }

        @Override
        public long calcTurnMillis(int inEdge, int viaNode, int outEdge) {
            return 0;
        }

        @Override
        public boolean hasTurnCosts() {
            return false;
        }

        @Override
        public String getName() {
            return "speed";
        }
    }
}
