package org.beltmap.core.belts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.Arrivals;
import org.beltmap.core.network.Attachment;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.ShortestPaths;
import org.locationtech.jts.geom.Coordinate;

/**
 * МТД of towns from one or several centres, outbound (centre → town): every centre enters the network by its
 * access legs, one multi-source Dijkstra labels each node with its nearest centre, and each town is reached by the
 * fastest exit off the network over all edges ({@link Arrivals}: entry time + driving + the off-road leg from the
 * best point, at most the maximum access distance), the same field the isochrones outline. A town that is
 * faster to reach in a straight line from a centre is reached directly.
 */
public final class AccessAnalysis {

    private final RoadGraph graph;
    private final NetworkAccess access;
    private final List<Town> centres;
    private ShortestPaths paths;
    /** Whether {@link #paths} holds a run that towns' routes may still read. */
    private boolean ran;
    /** Per node metres along the tree from the root, NaN until asked ({@link #treeM(int)}). */
    private double[] treeM;
    private int[] walk = new int[256];
    private int[] walkArc = new int[256];
    /** Per Dijkstra start: the centre index and the attachment it came through. */
    private final List<Start> starts = new ArrayList<>();

    private record Start(int node, double minutes, int centre, Attachment via) {
    }

    /** The exits off the network for the current run, built on the first town. */
    private Arrivals arrivals;
    private double maxAccessM = DEFAULT_MAX_ACCESS_M;
    /** The longest off-road leg (a town, or walking from a centre); no way within it: unreachable. */
    public static final double DEFAULT_MAX_ACCESS_M = 100_000;
    /** An attachment this close to an edge end is at that node. */
    static final double AT_NODE_M = 1;

    public AccessAnalysis maxAccess(double metres) {
        this.maxAccessM = metres;
        return this;
    }

    /** The longest off-road leg, metres. */
    public double maxAccessM() {
        return maxAccessM;
    }

    public NetworkAccess access() {
        return access;
    }

    public AccessAnalysis(RoadGraph graph, NetworkAccess access, List<Town> centres) {
        if (centres.isEmpty()) {
            throw new IllegalArgumentException("no centre: add a centre (a town name or lon/lat) to the project");
        }
        this.graph = graph;
        this.access = access;
        this.centres = List.copyOf(centres);
        this.paths = new ShortestPaths(graph);
    }

    /** Runs Dijkstra from the centres up to {@code limitMinutes} (use +∞ for the whole network). */
    public synchronized AccessAnalysis run(double limitMinutes) {
        prepare();
        int[] nodes = new int[starts.size()];
        double[] minutes = new double[starts.size()];
        int[] labels = new int[starts.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = starts.get(i).node();
            minutes[i] = starts.get(i).minutes();
            labels[i] = i;
        }
        paths.run(nodes, minutes, labels, limitMinutes);
        return this;
    }

    /**
     * The same as {@link #run} without a limit, on a graph that only appends roads to {@code base}'s (a what-if
     * adding roads): when the base ran on its whole network from the same centres and keeps all its starts, the
     * search extends the base's instead of starting over ({@link ShortestPaths#runExtending}). Otherwise, or when
     * the new graph changes any base edge, a full run.
     */
    public synchronized AccessAnalysis runExtending(AccessAnalysis base) {
        List<Start> before;
        ShortestPaths basePaths;
        synchronized (base) {
            before = List.copyOf(base.starts);
            basePaths = base.paths;
        }
        prepare();
        int[] labelOf = new int[before.size()];
        boolean kept = base != this && base.maxAccessM == maxAccessM && base.centres.equals(centres);
        for (int b = 0; b < before.size() && kept; b++) {
            labelOf[b] = starts.indexOf(before.get(b));
            kept = labelOf[b] >= 0;
        }
        int[] nodes = new int[starts.size()];
        double[] minutes = new double[starts.size()];
        int[] labels = new int[starts.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = starts.get(i).node();
            minutes[i] = starts.get(i).minutes();
            labels[i] = i;
        }
        if (!kept || !paths.runExtending(basePaths, labelOf, nodes, minutes, labels)) {
            paths.run(nodes, minutes, labels, Double.POSITIVE_INFINITY);
        }
        return this;
    }

    /** A fresh tree for this run and the centres' starts (their access legs onto the network). */
    private void prepare() {
        if (ran) {
            // Routes of the last run's towns read its tree: give this run its own.
            paths = new ShortestPaths(graph);
        }
        ran = true;
        starts.clear();
        arrivals = null;
        treeM = null;
        for (int c = 0; c < centres.size(); c++) {
            Town centre = centres.get(c);
            List<Attachment> near = new ArrayList<>(access.attach(centre.lon(), centre.lat()));
            double nearest = near.isEmpty() ? 0 : near.get(0).accessM();
            near.addAll(access.attachEachComponent(centre.lon(), centre.lat(), 2 * nearest + NetworkAccess.REACH_M));
            for (Attachment a : near) {
                if (a.accessM() > maxAccessM) {
                    continue;
                }
                double toA = a.accessMinutes() + a.fraction() * graph.edgeMinutes(a.edge());
                double toB = a.accessMinutes() + (1 - a.fraction()) * graph.edgeMinutes(a.edge());
                // At a node itself, seed only that node: the tree then runs through it, not around it.
                double len = graph.edgeLengthM(a.edge());
                double along = a.fraction() * len;
                if (along > AT_NODE_M && len - along > AT_NODE_M) {
                    // Mid-edge, drive on only the ways the edge allows.
                    if (graph.backward(a.edge())) {
                        starts.add(new Start(graph.edgeA(a.edge()), toA, c, a));
                    }
                    if (graph.forward(a.edge())) {
                        starts.add(new Start(graph.edgeB(a.edge()), toB, c, a));
                    }
                } else if (along <= AT_NODE_M) {
                    starts.add(new Start(graph.edgeA(a.edge()), toA, c, a));
                } else {
                    starts.add(new Start(graph.edgeB(a.edge()), toB, c, a));
                }
            }
        }
    }

    public ShortestPaths paths() {
        return paths;
    }

    public List<Town> centres() {
        return centres;
    }

    /** Minutes from the nearest centre to a node (+∞ if unreached) and that centre's index via {@link #centreOf}. */
    public int centreOf(int node) {
        int s = paths.source(node);
        return s < 0 ? -1 : starts.get(s).centre();
    }

    public TownAccess town(Town t, List<Double> thresholds) {
        for (Town c : centres) {
            if (c.id().equals(t.id())) {
                return new TownAccess(t, TownAccess.Status.CENTRE, c, 0, 0, 0, 0, 1,
                        List.of(new Coordinate(t.lon(), t.lat())), -1);
            }
        }
        // Straight from a centre, when that is the fastest: the isochrones' field starts at the centres too.
        double mx = Geodesy.metresPerDegreeLon(t.lat());
        int directCentre = -1;
        double directMin = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centres.size(); c++) {
            double dx = (centres.get(c).lon() - t.lon()) * mx;
            double dy = (centres.get(c).lat() - t.lat()) * Geodesy.METRES_PER_DEGREE;
            double m = Math.sqrt(dx * dx + dy * dy);
            if (m <= maxAccessM && access.accessMinutes(m) < directMin) {
                directMin = access.accessMinutes(m);
                directCentre = c;
            }
        }
        Arrivals.Arrival best = arrivals().best(t.lon(), t.lat(), maxAccessM, directMin);
        if (best != null) {
            Attachment exit = new Attachment(best.edge(), best.fraction(), best.lon(), best.lat(), best.accessM(),
                    access.accessMinutes(best.accessM()));
            return routed(t, best.minutes(), exit, best.entryNode(), thresholds);
        }
        if (directCentre >= 0) {
            Town c = centres.get(directCentre);
            double km = directMin / access.accessMinutes(1000) * access.detourFactor();
            return new TownAccess(t, TownAccess.Status.DIRECT, c, directMin, km, km, directMin,
                    Belts.classify(directMin, thresholds),
                    List.of(new Coordinate(c.lon(), c.lat()), new Coordinate(t.lon(), t.lat())), -1);
        }
        return TownAccess.unreachable(t);
    }

    private synchronized Arrivals arrivals() {
        if (arrivals == null) {
            arrivals = access.arrivals(paths);
        }
        return arrivals;
    }

    private TownAccess routed(Town t, double mtd, Attachment townAtt, int endNode, List<Double> thresholds) {
        Start start = starts.get(paths.source(endNode));
        Attachment c = start.via();
        double networkM = partialEdgeM(townAtt, endNode) + treeM(endNode) + partialEdgeM(c, start.node());
        Town centre = centres.get(start.centre());
        double accessKm = (townAtt.accessM() + c.accessM()) / 1000 * access.detourFactor();
        double accessMin = townAtt.accessMinutes() + c.accessMinutes();
        return new TownAccess(t, TownAccess.Status.NETWORK, centre, mtd, networkM / 1000 + accessKm, accessKm,
                accessMin, Belts.classify(mtd, thresholds), new Route(paths, t, townAtt, endNode, c, centre), endNode);
    }

    /**
     * Metres along the shortest-path tree from its root to a node, remembered per node: towns share the trunks
     * of their routes, so the tree is walked once, not once per town.
     */
    private synchronized double treeM(int node) {
        if (treeM == null) {
            treeM = new double[graph.nodeCount()];
            java.util.Arrays.fill(treeM, Double.NaN);
        }
        int depth = 0;
        int n = node;
        int arc;
        while (Double.isNaN(treeM[n]) && (arc = paths.predArc(n)) >= 0) {
            if (depth == walk.length) {
                walk = java.util.Arrays.copyOf(walk, 2 * depth);
                walkArc = java.util.Arrays.copyOf(walkArc, 2 * depth);
            }
            walk[depth] = n;
            walkArc[depth++] = arc;
            n = paths.tail(arc);
        }
        double m = Double.isNaN(treeM[n]) ? 0 : treeM[n];
        treeM[n] = m;
        for (int k = depth - 1; k >= 0; k--) {
            m += graph.edgeLengthM(paths.edgeOfArc(walkArc[k]));
            treeM[walk[k]] = m;
        }
        return treeM[node];
    }

    /**
     * A town's route as drawn (town, its exit, the tree path, the centre's entry, the centre), built when first
     * read: only the selected town's route is ever drawn, so the others cost nothing. It reads the run it came
     * from, which {@link #run} never overwrites ({@link #paths} is replaced on a second run).
     */
    private static final class Route extends java.util.AbstractList<Coordinate> {
        private final ShortestPaths paths;
        private final Town town;
        private final Attachment exit;
        private final int endNode;
        private final Attachment entry;
        private final Town centre;
        private volatile List<Coordinate> points;

        Route(ShortestPaths paths, Town town, Attachment exit, int endNode, Attachment entry, Town centre) {
            this.paths = paths;
            this.town = town;
            this.exit = exit;
            this.endNode = endNode;
            this.entry = entry;
            this.centre = centre;
        }

        private List<Coordinate> points() {
            List<Coordinate> p = points;
            if (p == null) {
                RoadGraph g = paths.graph();
                List<Coordinate> route = new ArrayList<>();
                route.add(new Coordinate(town.lon(), town.lat()));
                route.add(new Coordinate(exit.lon(), exit.lat()));
                int n = endNode;
                route.add(new Coordinate(g.lon(n), g.lat(n)));
                int arc;
                while ((arc = paths.predArc(n)) >= 0) {
                    n = paths.tail(arc);
                    route.add(new Coordinate(g.lon(n), g.lat(n)));
                }
                route.add(new Coordinate(entry.lon(), entry.lat()));
                route.add(new Coordinate(centre.lon(), centre.lat()));
                Collections.reverse(route);
                p = List.copyOf(route);
                points = p;
            }
            return p;
        }

        @Override
        public Coordinate get(int index) {
            return points().get(index);
        }

        @Override
        public int size() {
            return points().size();
        }
    }

    /** Length from an attachment point along its edge to one of the edge's ends. */
    private double partialEdgeM(Attachment a, int node) {
        double f = node == graph.edgeA(a.edge()) ? a.fraction() : 1 - a.fraction();
        return f * graph.edgeLengthM(a.edge());
    }
}
