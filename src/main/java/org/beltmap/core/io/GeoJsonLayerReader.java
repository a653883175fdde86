package org.beltmap.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, or legacy with a {@code crs} member) into features in WGS84.
 * Streaming: one feature at a time from Jackson's token stream, so memory grows with the kept geometry and
 * attributes, never with a tree of the whole file.
 */
public final class GeoJsonLayerReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String FIX = "repair the JSON at that position; validate it with ogrinfo or geojsonlint";

    private GeoJsonLayerReader() {
    }

    /** Features, field names (first-seen order) and the CRS name the file declared. */
    public record Result(List<Feature> features, List<String> fields, String crs) {
    }

    public static Result read(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = StrictJson.parser(in)) {
            return parse(file, p);
        } catch (NoSuchFileException e) {
            throw new DataException(file, null, "file not found", "check the path (relative paths in a project are relative to the project file)");
        } catch (DataException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw jsonError(file, e);
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + DataException.quote(StrictJson.oneLine(e.getMessage()))
                    + ")", "check file permissions", e);
        }
    }

    /** Jackson's error as "line L:C (byte B): problem", with NaN/Infinity called by name (JSON has no such numbers). */
    static DataException jsonError(Path file, com.fasterxml.jackson.core.JsonProcessingException e) {
        return StrictJson.error(file, e, FIX);
    }

    static DataException jsonError(Path file, com.fasterxml.jackson.core.JsonProcessingException e, String fix) {
        return StrictJson.error(file, e, fix);
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
        Collected c = new Collected();
        String type = null;
        String crs = null;
        GeoJsonGeometry geometries = new GeoJsonGeometry(FACTORY);
        Geometry singleGeometry = null;
        Map<String, Object> singleProperties = null;
        boolean single = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "type" -> {
                    type = v == JsonToken.VALUE_STRING ? p.getText() : String.valueOf(v);
                    p.skipChildren();
                }
                case "crs" -> crs = crsName(StrictJson.MAPPER.readTree(p));
                case "features" -> {
                    if (v != JsonToken.START_ARRAY) {
                        throw new DataException(file, null, "'features' is not an array", "write features as a JSON array");
                    }
                    readFeatures(file, p, geometries, c);
                }
                case "geometry" -> {
                    single = true;
                    long at = p.currentTokenLocation().getByteOffset();
                    try {
                        singleGeometry = geometries.read(p);
                    } catch (IllegalArgumentException e) {
                        throw invalidGeometry(file, record(0, Map.of(), at), e);
                    }
                }
                case "properties" -> {
                    single = true;
                    singleProperties = properties(p, c.fields);
                }
                default -> p.skipChildren();
            }
        }
        StrictJson.expectEnd(file, p, null, null);
        if ("Feature".equals(type) && single) {
            c.add(new Feature(c.features.size(), singleGeometry,
                    singleProperties == null ? new LinkedHashMap<>() : singleProperties), 0);
        } else if (type == null) {
            throw new DataException(file, null, "has no 'type' member, so it is not GeoJSON",
                    "add \"type\": \"FeatureCollection\" with a \"features\" array");
        } else if (!"FeatureCollection".equals(type)) {
            throw new DataException(file, null, "GeoJSON type is '" + DataException.quote(type)
                    + "', expected FeatureCollection", "wrap the geometries in a FeatureCollection");
        }
        // The crs member may follow the features, so coordinates are checked and reprojected once the file is read.
        Crs.Reprojection to = Crs.isWgs84(crs) ? null : Crs.reprojection(crs, file);
        for (int i = 0; i < c.features.size(); i++) {
            Feature f = c.features.get(i);
            if (f.geometry() == null) {
                continue;
            }
            String record = record(f.index(), f.attributes(), c.offsets[i]);
            if (to == null) {
                CoordinateChecks.lonLat(file, record, f.geometry(), "the file declares no CRS");
            } else {
                to.apply(file, record, f.geometry(), "the 'crs' member");
            }
        }
        return new Result(c.features, new ArrayList<>(c.fields), crs == null ? Crs.WGS84 : crs);
    }

    /** The features read so far, with each one's byte offset in the file (for messages). */
    private static final class Collected {
        final List<Feature> features = new ArrayList<>();
        final Set<String> fields = new LinkedHashSet<>();
        long[] offsets = new long[64];

        void add(Feature f, long offset) {
            if (features.size() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[features.size()] = offset;
            features.add(f);
        }
    }

    /** The parser is on the features array's START_ARRAY; reads it to its END_ARRAY, one feature at a time. */
    private static void readFeatures(Path file, JsonParser p, GeoJsonGeometry geometries, Collected c) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            int i = c.features.size();
            long at = p.currentTokenLocation().getByteOffset();
            if (t != JsonToken.START_OBJECT) {
                throw new DataException(file, record(i, Map.of(), at), "is not a JSON object but " + kind(t),
                        "write each feature as {\"type\":\"Feature\",\"geometry\":...,\"properties\":{...}}");
            }
            Geometry g = null;
            IllegalArgumentException bad = null;
            Map<String, Object> props = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "geometry" -> {
                        try {
                            g = geometries.read(p);
                        } catch (IllegalArgumentException e) {
                            bad = e; // reported with the feature's name, which may come after the geometry
                        }
                    }
                    case "properties" -> props = properties(p, c.fields);
                    default -> p.skipChildren();
                }
            }
            if (props == null) {
                props = new LinkedHashMap<>();
            }
            if (bad != null) {
                throw invalidGeometry(file, record(i, props, at), bad);
            }
            c.add(new Feature(i, g, props), at);
        }
    }

    private static DataException invalidGeometry(Path file, String record, IllegalArgumentException e) {
        return new DataException(file, record, "invalid geometry: " + e.getMessage(),
                "fix or delete this feature (QGIS: Vector → Geometry Tools → Check Validity)");
    }

    /** "feature N (name=...) at byte B": the number, the name a user searches for and where in the file. */
    private static String record(int index, Map<String, Object> props, long offset) {
        StringBuilder b = new StringBuilder("feature ").append(index + 1);
        for (String key : new String[] {"name_ru", "name", "ref", "id"}) {
            Object v = props.get(key);
            if (v != null && !(v instanceof Map) && !v.toString().isBlank()) {
                b.append(" (").append(key).append('=').append(DataException.quote(v)).append(')');
                break;
            }
        }
        if (offset >= 0) {
            b.append(" at byte ").append(offset);
        }
        return b.toString();
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "ARRAY";
            case VALUE_STRING -> "STRING";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
            case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN";
            case VALUE_NULL -> "NULL";
            default -> t.name();
        };
    }

    /** A properties object, read token by token: scalars as Long, Double, Boolean, String; nested values as JSON text. */
    private static Map<String, Object> properties(JsonParser p, Set<String> fields) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return out;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            fields.add(key);
            out.put(key, switch (v) {
                case VALUE_NULL -> null;
                case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? p.getBigIntegerValue().longValue() : p.getLongValue();
                case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case START_OBJECT, START_ARRAY -> StrictJson.MAPPER.readTree(p).toString();
                default -> p.getText();
            });
        }
        return out;
    }

    private static String crsName(com.fasterxml.jackson.databind.JsonNode crs) {
        if (crs == null || crs.isNull()) {
            return null;
        }
        if (crs.isTextual()) {
            return crs.asText();
        }
        com.fasterxml.jackson.databind.JsonNode name = crs.path("properties").path("name");
        return name.isMissingNode() ? null : name.asText();
    }
}
