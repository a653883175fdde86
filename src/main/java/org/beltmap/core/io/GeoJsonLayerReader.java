package org.beltmap.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.opengis.referencing.operation.MathTransform;

/** Reads a GeoJSON FeatureCollection (RFC 7946, or legacy with a {@code crs} member) into features in WGS84. */
public final class GeoJsonLayerReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonLayerReader() {
    }

    /** Features, field names (first-seen order) and the CRS name the file declared. */
    public record Result(List<Feature> features, List<String> fields, String crs) {
    }

    public static Result read(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
            return parse(file, p);
        } catch (NoSuchFileException e) {
            throw new DataException(file, null, "file not found", "check the path (relative paths in a project are relative to the project file)");
        } catch (DataException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw jsonError(file, e);
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + oneLine(e.getMessage()) + ")", "check file permissions", e);
        }
    }

    /** Jackson's error as "line L:C: problem", with NaN/Infinity called by name (JSON has no such numbers). */
    static DataException jsonError(Path file, com.fasterxml.jackson.core.JsonProcessingException e) {
        return jsonError(file, e, "repair the JSON at that position; validate it with ogrinfo or geojsonlint");
    }

    static DataException jsonError(Path file, com.fasterxml.jackson.core.JsonProcessingException e, String fix) {
        var loc = e.getLocation();
        String where = loc == null ? null : "line " + loc.getLineNr() + ":" + loc.getColumnNr();
        // Jackson's hints ("start marker at [Source: ...]", "enable JsonReadFeature...") mean nothing to a planner.
        String msg = oneLine(e.getOriginalMessage()).replaceAll(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)", "");
        if (msg.contains("Non-standard token") || msg.contains("NaN") || msg.contains("Infinity")) {
            return new DataException(file, where, "contains NaN or Infinity, which are not numbers in JSON",
                    "replace them with real coordinates, or give the feature \"geometry\": null", e);
        }
        if (msg.contains("end-of-input") || msg.contains("Unexpected end")) {
            return new DataException(file, where, "JSON ends too early (" + msg + "); the file is truncated",
                    fix, e);
        }
        return new DataException(file, where, "not valid JSON (" + msg + ")", fix, e);
    }

    private static Result parse(Path file, JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new DataException(file, null, "is empty", "export the layer again");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new DataException(file, null, "does not start with a JSON object (found " + first.asString() + ")",
                    "save it as a GeoJSON FeatureCollection");
        }
        List<JsonNode> rawFeatures = new ArrayList<>();
        String type = null;
        String crs = null;
        JsonNode single = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.getCurrentName();
            p.nextToken();
            switch (name) {
                case "type" -> type = p.getValueAsString();
                case "crs" -> crs = crsName(MAPPER.readTree(p));
                case "features" -> {
                    if (p.currentToken() != JsonToken.START_ARRAY) {
                        throw new DataException(file, null, "'features' is not an array", "write features as a JSON array");
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        rawFeatures.add(MAPPER.readTree(p));
                    }
                }
                case "geometry", "coordinates", "properties" -> {
                    JsonNode n = MAPPER.readTree(p);
                    if (single == null) {
                        single = MAPPER.createObjectNode();
                    }
                    ((com.fasterxml.jackson.databind.node.ObjectNode) single).set(name, n);
                }
                default -> p.skipChildren();
            }
        }
        if ("Feature".equals(type) && single != null) {
            com.fasterxml.jackson.databind.node.ObjectNode f = (com.fasterxml.jackson.databind.node.ObjectNode) single;
            f.put("type", "Feature");
            rawFeatures.add(f);
        } else if (type == null) {
            throw new DataException(file, null, "has no 'type' member, so it is not GeoJSON",
                    "add \"type\": \"FeatureCollection\" with a \"features\" array");
        } else if (!"FeatureCollection".equals(type)) {
            throw new DataException(file, null, "GeoJSON type is '" + type + "', expected FeatureCollection",
                    "wrap the geometries in a FeatureCollection");
        }
        MathTransform transform = Crs.isWgs84(crs) ? null : Crs.toWgs84(crs, file);
        return new Result(toFeatures(file, rawFeatures, transform, crs), fieldNames(rawFeatures), crs == null ? Crs.WGS84 : crs);
    }

    /** Without a crs member coordinates must be degrees; big numbers mean projected metres, small ones a typo. */
    private static void checkLonLat(Path file, String record, Geometry g) {
        for (Coordinate c : g.getCoordinates()) {
            if (Crs.looksGeographic(c.x, c.y)) {
                continue;
            }
            if (Math.abs(c.x) > 1000 || Math.abs(c.y) > 1000) {
                throw new DataException(file, record, "coordinates (" + c.x + ", " + c.y
                        + ") are not longitude/latitude but the file declares no CRS",
                        "add a 'crs' member naming the EPSG code, or reproject to EPSG:4326");
            }
            if (Math.abs(c.y) > 90) {
                throw new DataException(file, record, "latitude " + c.y + " is outside -90..90 (position ["
                        + c.x + ", " + c.y + "])", "GeoJSON positions are [longitude, latitude]; check for swapped or mistyped values");
            }
            throw new DataException(file, record, "longitude " + c.x + " is outside -180..180 (position ["
                    + c.x + ", " + c.y + "])", "GeoJSON positions are [longitude, latitude]; check for mistyped values");
        }
    }

    private static List<Feature> toFeatures(Path file, List<JsonNode> raw, MathTransform transform, String crs) {
        GeoJsonGeometry geometries = new GeoJsonGeometry(FACTORY);
        List<Feature> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            JsonNode f = raw.get(i);
            if (!f.isObject()) {
                throw new DataException(file, "feature " + (i + 1), "is not a JSON object but " + f.getNodeType(),
                        "write each feature as {\"type\":\"Feature\",\"geometry\":...,\"properties\":{...}}");
            }
            String record = "feature " + (i + 1) + describe(f);
            Geometry g;
            try {
                g = geometries.read(f.get("geometry"));
            } catch (IllegalArgumentException e) {
                throw new DataException(file, record, "invalid geometry: " + e.getMessage(),
                        "fix or delete this feature (QGIS: Vector → Geometry Tools → Check Validity)");
            }
            if (g != null && transform != null) {
                try {
                    Crs.transform(g, transform);
                } catch (IllegalStateException e) {
                    throw new DataException(file, record, "coordinates cannot be transformed from " + crs,
                            "check the 'crs' member names the CRS the coordinates are really in", e);
                }
            } else if (g != null) {
                checkLonLat(file, record, g);
            }
            out.add(new Feature(i, g, properties(f.get("properties"))));
        }
        return out;
    }

    private static String describe(JsonNode f) {
        JsonNode props = f.get("properties");
        if (props != null && props.isObject()) {
            for (String key : new String[] {"name_ru", "name", "ref", "id"}) {
                JsonNode v = props.get(key);
                if (v != null && v.isValueNode() && !v.asText().isBlank()) {
                    return " (" + key + "=" + v.asText() + ")";
                }
            }
        }
        return "";
    }

    private static Map<String, Object> properties(JsonNode props) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (props == null || !props.isObject()) {
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> it = props.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), value(e.getValue()));
        }
        return out;
    }

    static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        return v.toString();
    }

    private static List<String> fieldNames(List<JsonNode> raw) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode f : raw) {
            JsonNode props = f.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(names::add);
            }
        }
        return new ArrayList<>(names);
    }

    private static String crsName(JsonNode crs) {
        if (crs == null || crs.isNull()) {
            return null;
        }
        if (crs.isTextual()) {
            return crs.asText();
        }
        JsonNode name = crs.path("properties").path("name");
        return name.isMissingNode() ? null : name.asText();
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
