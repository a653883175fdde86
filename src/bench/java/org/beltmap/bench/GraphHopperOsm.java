package org.beltmap.bench;

import static com.graphhopper.json.Statement.Else;
import static com.graphhopper.json.Statement.ElseIf;
import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.util.CustomModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.beltmap.core.bench.OsmRoutingPeer;

/**
 * GraphHopper 11 importing the same extract: its own OSM reader and car access rules (access tags, one-way,
 * roundabouts, barriers), and a custom model whose speed is BeltMap's class speed, or the way's maxspeed where one
 * is tagged, as BeltMap's network has it. No CH or landmarks (one profile, flexible routing), no turn costs.
 * Lives only in the {@code bench} Maven profile; the app never links GraphHopper.
 */
public final class GraphHopperOsm implements OsmRoutingPeer {

    private static final String PROFILE = "beltmap_car";
    /** GraphHopper's road_class values for BeltMap's OSM classes (GraphHopper folds *_link into its road). */
    private static final String[] CLASSES = {"motorway", "trunk", "primary", "secondary", "tertiary", "unclassified",
        "road", "residential", "living_street", "service", "track"};

    /** Held so the level sticks: GraphHopper's import logs every step at INFO, which would bury the bench lines. */
    private static final java.util.logging.Logger GH_LOG = java.util.logging.Logger.getLogger("com.graphhopper");

    private GraphHopper hopper;

    @Override
    public String name() {
        return "GraphHopper 11.0 (own OSM import, car access, custom model with BeltMap's speeds, flexible Dijkstra)";
    }

    @Override
    public void importExtract(Path extract, Path dir, Map<String, Double> speeds) {
        close();
        GH_LOG.setLevel(java.util.logging.Level.WARNING);
        GraphHopper h = new GraphHopper();
        h.setOSMFile(extract.toString());
        h.setGraphHopperLocation(dir.toString());
        h.setEncodedValuesString("car_access, road_class, road_class_link, road_environment, max_speed, roundabout");
        h.setProfiles(new Profile(PROFILE).setCustomModel(model(speeds)));
        // Keep every piece of the network: BeltMap keeps all components, and snapping must not move elsewhere.
        h.setMinNetworkSize(0);
        h.importOrLoad();
        hopper = h;
    }

    /** After the bound: ferries, then a tagged maxspeed, then the class (its link speed for *_link), else 40 km/h. */
    static CustomModel model(Map<String, Double> speeds) {
        CustomModel cm = new CustomModel();
        cm.addToPriority(If("!car_access", MULTIPLY, "0"));
        // GraphHopper wants an unconditional bound first (max_speed's own bound is +∞); it stores maxspeed up to 150.
        cm.addToSpeed(If("true", LIMIT, "150"));
        cm.addToSpeed(If("road_environment == FERRY", LIMIT, kmh(speeds, "ferry")));
        // max_speed is +∞ where none is tagged (GraphHopper stores it in steps of 2 km/h, up to 150).
        cm.addToSpeed(ElseIf("max_speed < 1000", LIMIT, "max_speed"));
        for (String c : CLASSES) {
            String rc = "road_class == " + c.toUpperCase(Locale.ROOT);
            if (speeds.containsKey(c + "_link")) {
                cm.addToSpeed(ElseIf(rc + " && road_class_link", LIMIT, kmh(speeds, c + "_link")));
            }
            cm.addToSpeed(ElseIf(rc, LIMIT, kmh(speeds, c)));
        }
        cm.addToSpeed(Else(LIMIT, "40"));
        cm.setDistanceInfluence(0d);
        return cm;
    }

    private static String kmh(Map<String, Double> speeds, String cls) {
        return String.format(Locale.ROOT, "%.1f", speeds.getOrDefault(cls, 40.0));
    }

    @Override
    public double[] minutes(double fromLat, double fromLon, double[] toLat, double[] toLon) {
        double[] out = new double[toLat.length];
        for (int i = 0; i < out.length; i++) {
            GHResponse r = hopper.route(new GHRequest(fromLat, fromLon, toLat[i], toLon[i]).setProfile(PROFILE));
            if (r.hasErrors()) {
                throw new IllegalStateException("GraphHopper: " + r.getErrors());
            }
            out[i] = r.getBest().getTime() / 60_000.0;
        }
        return out;
    }

    @Override
    public void close() {
        if (hopper != null) {
            hopper.close();
            hopper = null;
        }
    }
}
