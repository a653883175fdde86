package org.beltmap.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.io.DataException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a scenario: either a GeoJSON FeatureCollection of added lines (properties {@code speed_kmh} or
 * {@code class}, optional {@code name}), or a scenario JSON with {@code name}, {@code added} (a FeatureCollection),
 * {@code closed} (a FeatureCollection of lines), {@code classSpeeds}, {@code refSpeeds} and {@code centres}
 * ({@code [{"lon":…, "lat":…}]}).
 */
public final class ScenarioFile {

    private ScenarioFile() {
    }

    public static Scenario read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new DataException(file, null, "not readable JSON (" + e.getMessage() + ")",
                    "give a GeoJSON FeatureCollection of planned lines or a scenario JSON");
        }
        if (root == null || !root.isObject()) {
            throw new DataException(file, null, "is not a JSON object", "give a FeatureCollection or a scenario object");
        }
        String name = stem(file);
        if ("FeatureCollection".equals(root.path("type").asText())) {
            return new Scenario(name, added(file, root), List.of(), Map.of(), Map.of(), List.of());
        }
        Map<String, Double> classSpeeds = speeds(file, root.path("classSpeeds"), "classSpeeds");
        Map<String, Double> refSpeeds = speeds(file, root.path("refSpeeds"), "refSpeeds");
        List<double[]> centres = new ArrayList<>();
        for (JsonNode c : root.path("centres")) {
            if (!c.path("lon").isNumber() || !c.path("lat").isNumber()) {
                throw new DataException(file, "centres", "a centre needs numeric lon and lat", "write {\"lon\": 39.4, \"lat\": 45.5}");
            }
            centres.add(new double[] {c.get("lon").asDouble(), c.get("lat").asDouble()});
        }
        List<LineString> closed = new ArrayList<>();
        for (Scenario.PlannedLine p : root.has("closed") ? added(file, root.get("closed")) : List.<Scenario.PlannedLine>of()) {
            closed.add(p.line());
        }
        return new Scenario(root.path("name").asText(name), root.has("added") ? added(file, root.get("added")) : List.of(),
                closed, classSpeeds, refSpeeds, centres);
    }

    private static List<Scenario.PlannedLine> added(Path file, JsonNode fc) {
        List<Scenario.PlannedLine> out = new ArrayList<>();
        GeoJsonReader reader = new GeoJsonReader();
        int i = 0;
        for (JsonNode f : fc.path("features")) {
            i++;
            Geometry g;
            try {
                g = reader.read(f.path("geometry").toString());
            } catch (ParseException | RuntimeException e) {
                throw new DataException(file, "feature " + i, "unreadable geometry (" + e.getMessage() + ")",
                        "give each planned line a LineString geometry in lon/lat");
            }
            JsonNode p = f.path("properties");
            Double speed = p.path("speed_kmh").isNumber() ? p.get("speed_kmh").asDouble() : null;
            String cls = p.hasNonNull("class") ? p.get("class").asText() : null;
            if (speed == null && cls == null) {
                throw new DataException(file, "feature " + i, "a planned line needs speed_kmh or class",
                        "add \"speed_kmh\": 90 or \"class\": \"federal_A\" to its properties");
            }
            if (speed != null && !(speed > 0)) {
                throw new DataException(file, "feature " + i, "speed_kmh must be positive", "give a speed in km/h");
            }
            for (int k = 0; k < g.getNumGeometries(); k++) {
                if (!(g.getGeometryN(k) instanceof LineString ls)) {
                    throw new DataException(file, "feature " + i, "is a " + g.getGeometryType() + ", not a line",
                            "draw planned roads as LineStrings");
                }
                out.add(new Scenario.PlannedLine(ls, cls, speed, p.hasNonNull("name") ? p.get("name").asText() : null));
            }
        }
        return out;
    }

    private static Map<String, Double> speeds(Path file, JsonNode n, String member) {
        Map<String, Double> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            if (!e.getValue().isNumber() || !(e.getValue().asDouble() > 0)) {
                throw new DataException(file, member + "." + e.getKey(), "is not a positive speed", "give km/h");
            }
            m.put(e.getKey(), e.getValue().asDouble());
        });
        return m;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
