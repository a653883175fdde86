package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.model.Scenario;
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
public final class ScenarioJson {

    private ScenarioJson() {
    }

    public static Scenario read(Path file) {
        JsonNode root = StrictJson.read(file, "give a GeoJSON FeatureCollection of planned lines or a scenario JSON");
        return read(file, root, stem(file));
    }

    /** A scenario from JSON already parsed (a file's root, or one entry of a project's scenarios). */
    public static Scenario read(Path file, JsonNode root, String name) {
        if (root == null || !root.isObject()) {
            throw new DataException(file, null, "is not a JSON object", "give a FeatureCollection or a scenario object");
        }
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
        for (Scenario.PlannedLine p : root.has("closed") ? lines(file, root.get("closed"), false)
                : List.<Scenario.PlannedLine>of()) {
            closed.add(p.line());
        }
        return new Scenario(root.path("name").asText(name), root.has("added") ? added(file, root.get("added")) : List.of(),
                closed, classSpeeds, refSpeeds, centres);
    }

    private static List<Scenario.PlannedLine> added(Path file, JsonNode fc) {
        return lines(file, fc, true);
    }

    private static List<Scenario.PlannedLine> lines(Path file, JsonNode fc, boolean needSpeed) {
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
            if (needSpeed && speed == null && cls == null) {
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

    /** The scenario JSON form (name, added, closed, classSpeeds, refSpeeds, centres). */
    public static com.fasterxml.jackson.databind.node.ObjectNode write(Scenario sc, ObjectMapper mapper) {
        var root = mapper.createObjectNode();
        root.put("name", sc.name());
        org.locationtech.jts.io.geojson.GeoJsonWriter w = new org.locationtech.jts.io.geojson.GeoJsonWriter(7);
        w.setEncodeCRS(false);
        var added = root.putObject("added");
        added.put("type", "FeatureCollection");
        var af = added.putArray("features");
        for (Scenario.PlannedLine p : sc.added()) {
            var f = af.addObject();
            f.put("type", "Feature");
            var props = f.putObject("properties");
            if (p.speedKmh() != null) {
                props.put("speed_kmh", p.speedKmh());
            }
            if (p.roadClass() != null) {
                props.put("class", p.roadClass());
            }
            if (p.name() != null) {
                props.put("name", p.name());
            }
            try {
                f.set("geometry", mapper.readTree(w.write(p.line())));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        var closed = root.putObject("closed");
        closed.put("type", "FeatureCollection");
        var cf = closed.putArray("features");
        for (LineString l : sc.closed()) {
            var f = cf.addObject();
            f.put("type", "Feature");
            f.putObject("properties");
            try {
                f.set("geometry", mapper.readTree(w.write(l)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        sc.classSpeeds().forEach(root.putObject("classSpeeds")::put);
        sc.refSpeeds().forEach(root.putObject("refSpeeds")::put);
        var cs = root.putArray("centres");
        sc.addedCentres().forEach(c -> cs.addObject().put("lon", c[0]).put("lat", c[1]));
        return root;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
