package org.beltmap.core.rays;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.belts.AccessAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.ShortestPaths;
import org.beltmap.core.network.Way;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Derives rays from the travel-time tree of a centre. Every town hangs its population on the node where its route
 * leaves the network; summed up the tree, each node then carries the population served beyond it. Branches that
 * leave the centre zone carrying at least {@code minShare} of all population start a ray; a ray follows the
 * heaviest child (weighted towards faster roads), and once no town lies beyond, it keeps to the road it is on
 * until that road ends, so M-4 runs on to the region's edge.
 * Strength = road class ({@link #classScore}: M or motorway 3, A/R or trunk 2, regional or primary 1.5, secondary
 * 1.25, other 1) + population served (5 × its share of all towns' population, at most 3) + parallel railway (share
 * of the ray's length within 5 km of a railway, 0–1).
 */
public final class RayFinder {

    /** Parameters: centre zone radius, minimum population share of a ray, and the catchment for towns served. */
    public record Options(double centreZoneKm, double minShare, double catchmentKm, String mode) {
        public Options(double centreZoneKm, double minShare, double catchmentKm) {
            this(centreZoneKm, minShare, catchmentKm, "road");
        }

        public static Options defaults() {
            return new Options(25, 0.04, 15, "road");
        }

        public Options withMode(String m) {
            return new Options(centreZoneKm, minShare, catchmentKm, m);
        }
    }

    private static final GeometryFactory GF = new GeometryFactory();
    /** How far out the stem runs that names a ray and sets its direction. */
    static final double STEM_KM = 60;
    /** A railway within this distance of the ray counts as running alongside it. */
    static final double PARALLEL_KM = 5;
    private final RoadGraph g;
    private final ShortestPaths sp;
    private final Options opt;

    private final ParallelLines railways;

    /** @param railwayLines lines a ray counts as running parallel to (railways), may be empty */
    public RayFinder(AccessAnalysis analysis, Options options, List<org.locationtech.jts.geom.Geometry> railwayLines) {
        this.g = analysis.paths().graph();
        this.sp = analysis.paths();
        this.opt = options;
        this.railways = new ParallelLines(railwayLines, PARALLEL_KM);
    }

    public List<Ray> find(Town centre, List<TownAccess> towns) {
        int n = g.nodeCount();
        double[] carried = new double[n];
        for (TownAccess a : towns) {
            if (a.networkNode() >= 0 && a.town().population() > 0 && a.centre() == centre) {
                carried[a.networkNode()] += a.town().population();
            }
        }
        Integer[] order = reachedByDistance();
        int[][] children = children(order);
        for (int k = order.length - 1; k >= 0; k--) {
            int v = order[k];
            int arc = sp.predArc(v);
            if (arc >= 0) {
                carried[sp.tail(arc)] += carried[v];
            }
        }
        double total = 0;
        for (TownAccess a : towns) {
            total += a.status() == TownAccess.Status.NETWORK && a.centre() == centre ? a.town().population() : 0;
        }
        double zoneKm = zoneKm(centre, towns);
        List<int[]> paths = new ArrayList<>();
        boolean[] started = new boolean[n];
        for (int v : order) {
            int arc = sp.predArc(v);
            if (carried[v] < opt.minShare() * total || carried[v] <= 0) {
                continue;
            }
            // A branch starts a ray where it crosses out of the centre zone (a start node counts from the centre).
            double parentKm = arc < 0 ? 0 : distKm(centre, sp.tail(arc));
            if (parentKm <= zoneKm && distKm(centre, v) > zoneKm
                    && !hasStartedAncestor(v, started)) {
                started[v] = true;
                paths.add(follow(v, carried, children));
            }
        }
        List<Ray> rays = new ArrayList<>();
        for (int[] path : paths) {
            rays.add(ray(centre, path, towns, rays.size() + 1));
        }
        rays.sort((a, b) -> Double.compare(b.strength().total(), a.strength().total()));
        return rays;
    }

    /**
     * The centre zone's radius: the option's, but at most a quarter of the way to the centre's farthest town, so a
     * small region (Andorra: its farthest seat 9 km from the capital) still has branches that leave the zone.
     */
    double zoneKm(Town centre, List<TownAccess> towns) {
        double far = 0;
        for (TownAccess a : towns) {
            if (a.centre() == centre && !isCentre(a.town(), centre)) {
                far = Math.max(far, Geodesy.distanceM(centre.lon(), centre.lat(), a.town().lon(), a.town().lat()) / 1000);
            }
        }
        return far > 0 ? Math.min(opt.centreZoneKm(), far / 4) : opt.centreZoneKm();
    }

    /**
     * The road-class part of a ray's strength, for the class it runs on longest: the sample's federal classes and
     * the OSM highway classes of an imported extract on one scale (a link counts as its road).
     */
    public static double classScore(String roadClass) {
        return switch (baseClass(roadClass)) {
            case "federal_M", "motorway" -> 3;
            case "federal_A", "federal_R", "trunk" -> 2;
            case "regional", "primary" -> 1.5;
            case "secondary" -> 1.25;
            default -> 1;
        };
    }

    private static String baseClass(String roadClass) {
        if (roadClass == null) {
            return "?";
        }
        return roadClass.endsWith("_link") ? roadClass.substring(0, roadClass.length() - "_link".length()) : roadClass;
    }

    /** The path from the centre through {@code start}, then down the heaviest children, then along its road. */
    private int[] follow(int start, double[] carried, int[][] children) {
        List<Integer> back = new ArrayList<>();
        for (int v = start; v >= 0; ) {
            back.add(0, v);
            int arc = sp.predArc(v);
            v = arc < 0 ? -1 : sp.tail(arc);
        }
        List<Integer> path = new ArrayList<>(back);
        int v = start;
        String ref = null;
        while (children[v].length > 0) {
            int best = -1;
            double bestScore = 0;
            for (int c : children[v]) {
                double score = carried[c] * speedOf(c);
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best < 0) {
                best = sameRoad(v, children[v], ref);
                if (best < 0) {
                    break;
                }
            }
            Way w = g.way(sp.edgeOfArc(sp.predArc(best)));
            if (w != null && w.ref() != null) {
                ref = w.ref();
            }
            path.add(best);
            v = best;
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The child on the same road (ref) as the ray, to run on past the last town; -1 if the road ends. */
    private int sameRoad(int v, int[] kids, String ref) {
        for (int c : kids) {
            Way w = g.way(sp.edgeOfArc(sp.predArc(c)));
            if (w == null || (ref != null && ref.equals(w.ref()))) {
                return c;
            }
        }
        return -1;
    }

    private boolean hasStartedAncestor(int v, boolean[] started) {
        for (int arc = sp.predArc(v); arc >= 0; arc = sp.predArc(v)) {
            v = sp.tail(arc);
            if (started[v]) {
                return true;
            }
        }
        return false;
    }

    private double speedOf(int child) {
        Way w = g.way(sp.edgeOfArc(sp.predArc(child)));
        return w == null ? 0.5 : w.speedKmh() / 90.0;
    }

    private Ray ray(Town centre, int[] path, List<TownAccess> towns, int index) {
        Coordinate[] cs = new Coordinate[path.length + 1];
        cs[0] = new Coordinate(centre.lon(), centre.lat());
        Map<String, Double> stemRefKm = new HashMap<>();
        java.util.LinkedHashSet<String> refs = new java.util.LinkedHashSet<>();
        Map<String, Double> classKm = new HashMap<>();
        Coordinate stemEnd = null;
        // From the centre straight to where the ray's path starts (a start node of the tree).
        double km = Geodesy.distanceM(centre.lon(), centre.lat(), g.lon(path[0]), g.lat(path[0])) / 1000;
        for (int i = 0; i < path.length; i++) {
            cs[i + 1] = new Coordinate(g.lon(path[i]), g.lat(path[i]));
            int arc = sp.predArc(path[i]);
            if (arc >= 0) {
                int e = sp.edgeOfArc(arc);
                double l = g.edgeLengthM(e) / 1000;
                km += l;
                Way w = g.way(e);
                if (w != null) {
                    if (km - l < STEM_KM) {
                        stemRefKm.merge(w.ref() == null ? "?" : w.ref(), l, Double::sum);
                    }
                    if (w.ref() != null) {
                        refs.add(w.ref());
                    }
                    classKm.merge(baseClass(w.roadClass()), l, Double::sum);
                }
                if (stemEnd == null && km >= STEM_KM) {
                    stemEnd = cs[i + 1];
                }
            }
        }
        LineString line = GF.createLineString(cs);
        // Named after the road that carries it out of the centre, and the direction it leaves in.
        String stemRef = top(stemRefKm);
        String dir = direction(centre, stemEnd == null ? cs[cs.length - 1] : stemEnd);
        String ref = String.join(" / ", refs);
        List<Town> served = new ArrayList<>();
        long pop = 0;
        for (TownAccess a : towns) {
            Town t = a.town();
            if (!isCentre(t, centre) && RayGeometry.distanceKm(line, t.lon(), t.lat()) <= opt.catchmentKm()) {
                served.add(t);
                pop += Math.max(0, t.population());
            }
        }
        double classScore = "railway".equals(opt.mode()) ? 2 : classScore(top(classKm));
        double share = totalPopulation(towns, centre) == 0 ? 0 : pop / (double) totalPopulation(towns, centre);
        Ray.Strength strength = new Ray.Strength(classScore, Math.min(3, 5 * share), railways.share(line));
        String prefix = "railway".equals(opt.mode()) ? "rail:" : "";
        return new Ray(prefix + "R" + index, stemRef + " " + dir, ref, opt.mode(), line, km, served, pop, strength,
                false);
    }

    /**
     * Whether a town is the centre: by id, since a centre placed at its own coordinates (as an OSM import places it)
     * is a copy of its town, not the same object.
     */
    private static boolean isCentre(Town t, Town centre) {
        return t == centre || (t.id() != null && t.id().equals(centre.id()));
    }

    private static long totalPopulation(List<TownAccess> towns, Town centre) {
        return towns.stream().filter(a -> !isCentre(a.town(), centre)).mapToLong(a -> Math.max(0, a.town().population())).sum();
    }

    private static String top(Map<String, Double> km) {
        return km.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }

    /** Compass word (north, east, south, west) of the ray's far end as seen from the centre. */
    static String direction(Town c, Coordinate end) {
        double dx = (end.x - c.lon()) * Math.cos(Math.toRadians(c.lat()));
        double dy = end.y - c.lat();
        double deg = (Math.toDegrees(Math.atan2(dx, dy)) + 360) % 360;
        String[] names = {"north", "east", "south", "west"};
        return names[(int) Math.round(deg / 90) % 4];
    }

    private double distKm(Town c, int node) {
        return Geodesy.distanceM(c.lon(), c.lat(), g.lon(node), g.lat(node)) / 1000;
    }

    private Integer[] reachedByDistance() {
        List<Integer> reached = new ArrayList<>();
        for (int v = 0; v < g.nodeCount(); v++) {
            if (!Double.isInfinite(sp.minutes(v))) {
                reached.add(v);
            }
        }
        Integer[] order = reached.toArray(new Integer[0]);
        Arrays.sort(order, (a, b) -> Double.compare(sp.minutes(a), sp.minutes(b)));
        return order;
    }

    private int[][] children(Integer[] order) {
        int[] count = new int[g.nodeCount()];
        for (int v : order) {
            int arc = sp.predArc(v);
            if (arc >= 0) {
                count[sp.tail(arc)]++;
            }
        }
        int[][] kids = new int[g.nodeCount()][];
        for (int v = 0; v < kids.length; v++) {
            kids[v] = new int[count[v]];
        }
        int[] fill = new int[g.nodeCount()];
        for (int v : order) {
            int arc = sp.predArc(v);
            if (arc >= 0) {
                int p = sp.tail(arc);
                kids[p][fill[p]++] = v;
            }
        }
        return kids;
    }

    /** The region's railway lines, for the parallel-railway part of the strength. */
    public static List<org.locationtech.jts.geom.Geometry> railwayLines(org.beltmap.core.model.Region region) {
        List<org.locationtech.jts.geom.Geometry> out = new ArrayList<>();
        for (org.beltmap.core.model.Layer l : region.layersOfKind(org.beltmap.core.model.LayerKind.RAILWAYS)) {
            l.features().stream().map(org.beltmap.core.model.Feature::geometry)
                    .filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }
}
