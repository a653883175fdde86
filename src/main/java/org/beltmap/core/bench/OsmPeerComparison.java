package org.beltmap.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.RegionNetwork;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.ShortestPaths;
import org.beltmap.core.osm.OsmImport;
import org.beltmap.core.osm.RoadTags;

/**
 * {@code graphhopper_import_ms} and {@code osm_vs_graphhopper_time_diff_median}: the Andorra fixture imported by
 * BeltMap ({@code import-osm}) and by the peer with the project's speeds per highway class, then the car time from
 * the centre to every town in both. Like for like: network time only, from the road node nearest the centre to the
 * road node nearest each town (both engines start and end on the same OSM node), so BeltMap's access legs and the
 * peer's snapping play no part.
 */
public final class OsmPeerComparison {

    public static final Path ANDORRA = Path.of("src/test/resources/osm/andorra-2013.osm.pbf");
    static final String CENTRE = "Andorra la Vella";

    /** One town's two times. */
    public record Leg(String town, double oursMin, double peerMin) {
        /** (peer − ours) / ours, in per cent. */
        public double diffPct() {
            return (peerMin - oursMin) / oursMin * 100;
        }
    }

    private OsmPeerComparison() {
    }

    /** @param err where the hint goes when the bench profile did not put a peer on the class path */
    public static void run(Consumer<String> out, Consumer<String> err, int runs) {
        Optional<OsmRoutingPeer> found = peer();
        if (found.isEmpty() || !Files.isRegularFile(ANDORRA)) {
            out.accept("graphhopper_import_ms n/a ms");
            out.accept("osm_vs_graphhopper_time_diff_median n/a %");
            err.accept(found.isEmpty() ? "graphhopper_import_ms: build with `mvn -B -Pbench package -DskipTests` to add "
                    + "GraphHopper 11 for the comparison" : "graphhopper_import_ms: run from the source tree (needs " + ANDORRA + ")");
            return;
        }
        Path dir = null;
        try (OsmRoutingPeer peer = found.get()) {
            dir = Files.createTempDirectory("beltmap-peer-bench");
            Region region = importOurs(dir.resolve("beltmap"));
            Map<String, Double> speeds = osmSpeeds(region);
            int n = Math.max(1, Math.min(runs, 3));
            double[] ms = new double[n];
            for (int i = -1; i < n; i++) { // one warm-up import, not counted
                long t = System.nanoTime();
                peer.importExtract(ANDORRA, dir.resolve("peer" + (i + 1)), speeds);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(ms);
            List<Leg> legs = compare(region, peer);
            out.accept("# osm_vs_graphhopper: " + peer.name() + "; car time " + CENTRE + " → each town, from the road "
                    + "node nearest the centre to the road node nearest the town, network only (no access legs, no turn "
                    + "costs), the project's speeds per class, maxspeed replacing them");
            for (Leg l : legs) {
                out.accept(String.format(Locale.ROOT, "# osm_vs_graphhopper %s: %.2f min BeltMap, %.2f min peer, %+.1f %%",
                        l.town(), l.oursMin(), l.peerMin(), l.diffPct()));
            }
            mtdLines(region, peer).forEach(out);
            out.accept(String.format(Locale.ROOT, "graphhopper_import_ms %.2f ms", median(ms)));
            double[] diffs = legs.stream().filter(l -> Double.isFinite(l.diffPct())).mapToDouble(l -> Math.abs(l.diffPct()))
                    .sorted().toArray();
            out.accept(diffs.length == 0 ? "osm_vs_graphhopper_time_diff_median n/a %"
                    : String.format(Locale.ROOT, "osm_vs_graphhopper_time_diff_median %.2f %%", median(diffs)));
        } catch (Exception | LinkageError e) {
            out.accept("graphhopper_import_ms n/a ms");
            out.accept("osm_vs_graphhopper_time_diff_median n/a %");
            err.accept("graphhopper_import_ms: comparison failed: " + e);
        } finally {
            delete(dir);
        }
    }

    /** The peer the bench profile registers, if its classes are on the class path. */
    static Optional<OsmRoutingPeer> peer() {
        try {
            return ServiceLoader.load(OsmRoutingPeer.class).findFirst();
        } catch (java.util.ServiceConfigurationError | LinkageError e) {
            return Optional.empty(); // e.g. a service file left in target/ by an earlier -Pbench build
        }
    }

    static Region importOurs(Path out) throws IOException {
        OsmImport.Summary s = OsmImport.run(new OsmImport.Options(ANDORRA, CENTRE, out, null, null, null),
                (step, f) -> { }, () -> false);
        return RegionLoader.load(s.project());
    }

    /** The project's speeds for the OSM highway classes (what the settings dialog edits). */
    static Map<String, Double> osmSpeeds(Region region) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String cls : RoadTags.SPEEDS_KMH.keySet()) {
            m.put(cls, region.project().settings().speedFor(cls));
        }
        return m;
    }

    /** BeltMap's and the peer's centre → town minutes, node to node, for every town but the centre's own. */
    public static List<Leg> compare(Region region, OsmRoutingPeer peer) throws Exception {
        RoadGraph g = RegionNetwork.build(region, RegionNetwork.Mode.ROADS);
        int main = largestComponent(g);
        Town centre = region.centres().get(0);
        int from = nearestNode(g, main, centre.lon(), centre.lat());
        ShortestPaths sp = new ShortestPaths(g);
        sp.run(from);
        List<Town> towns = new ArrayList<>();
        List<Integer> nodes = new ArrayList<>();
        for (Town t : region.towns()) {
            int node = nearestNode(g, main, t.lon(), t.lat());
            if (node != from) {
                towns.add(t);
                nodes.add(node);
            }
        }
        double[] lat = nodes.stream().mapToDouble(g::lat).toArray();
        double[] lon = nodes.stream().mapToDouble(g::lon).toArray();
        double[] theirs = peer.minutes(g.lat(from), g.lon(from), lat, lon);
        List<Leg> legs = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            legs.add(new Leg(towns.get(i).name(Locale.ENGLISH), sp.minutes(nodes.get(i)), theirs[i]));
        }
        return legs;
    }

    /**
     * For reading the figure: BeltMap's МТД (the analysis pipeline, access legs included) beside the peer's route
     * from the centre's point to the town's point (it snaps both to the nearest road), on comment lines.
     */
    static List<String> mtdLines(Region region, OsmRoutingPeer peer) throws Exception {
        var belts = org.beltmap.core.analysis.RegionAnalysis.once(region, org.beltmap.core.analysis.AnalysisRequest.of(
                org.beltmap.core.analysis.AnalysisRequest.Part.BELTS)).belts().towns().stream()
                .filter(a -> a.status() == org.beltmap.core.belts.TownAccess.Status.NETWORK).toList();
        Town c = region.centres().get(0);
        double[] theirs = peer.minutes(c.lat(), c.lon(), belts.stream().mapToDouble(a -> a.town().lat()).toArray(),
                belts.stream().mapToDouble(a -> a.town().lon()).toArray());
        List<String> out = new ArrayList<>();
        double[] diffs = new double[belts.size()];
        for (int i = 0; i < belts.size(); i++) {
            var a = belts.get(i);
            diffs[i] = Math.abs(theirs[i] - a.mtdMin()) / a.mtdMin() * 100;
            out.add(String.format(Locale.ROOT, "# osm_vs_graphhopper_mtd %s: МТД %.2f min (access legs %.2f km), peer "
                    + "point to point %.2f min, %+.1f %%", a.town().name(Locale.ENGLISH), a.mtdMin(), a.accessKm(),
                    theirs[i], (theirs[i] - a.mtdMin()) / a.mtdMin() * 100));
        }
        Arrays.sort(diffs);
        if (diffs.length > 0) {
            out.add(String.format(Locale.ROOT, "# osm_vs_graphhopper_mtd: median difference %.1f %% (BeltMap's access "
                    + "legs run at the access speed × detour factor; the peer snaps to the nearest road instead)",
                    median(diffs)));
        }
        return out;
    }

    private static int largestComponent(RoadGraph g) {
        int[] sizes = g.componentSizes();
        int best = 0;
        for (int c = 1; c < sizes.length; c++) {
            best = sizes[c] > sizes[best] ? c : best;
        }
        return best;
    }

    private static int nearestNode(RoadGraph g, int component, double lon, double lat) {
        Comparator<Integer> byDistance = Comparator.comparingDouble(n -> Geodesy.distanceM(lon, lat, g.lon(n), g.lat(n)));
        int best = -1;
        for (int n = 0; n < g.nodeCount(); n++) {
            if (g.component(n) == component && (best < 0 || byDistance.compare(n, best) < 0)) {
                best = n;
            }
        }
        return best;
    }

    private static double median(double[] sorted) {
        int k = sorted.length;
        return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: best effort
        }
    }
}
