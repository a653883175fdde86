package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.beltmap.core.model.Centre;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.LocalizedText;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.Style;
import org.beltmap.core.model.TownEdits;

/**
 * The model side of a project file: the parsed (and migrated) JSON tree to a {@link Project}, leniently, and a
 * project to its canonical tree. Canonical means every member the model has, in a fixed order; {@link JsonMerge}
 * turns that into what is saved, keeping the file's own form wherever the model did not change.
 */
final class ProjectJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ProjectJson() {
    }

    /** The project in {@code root}; broken layers, rays, scenarios and scoring go to {@code problems}. */
    static Project read(Path file, ObjectNode root, List<DataException> problems) {
        JsonNode ls = root.path("layers");
        if (!ls.isMissingNode() && !ls.isNull() && !ls.isArray()) {
            throw new DataException(file, "layers", "'layers' must be a JSON array but is " + ls.getNodeType(),
                    "write \"layers\": [ {\"id\": ..., \"kind\": ..., \"path\": ...}, ... ]");
        }
        List<LayerSpec> layers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ls.size(); i++) {
            try {
                LayerSpec spec = layer(file, i, ls.get(i));
                if (!ids.add(spec.id())) {
                    throw new DataException(file, "layers[" + i + "]", "layer id '" + spec.id() + "' is used twice",
                            "give every layer its own id");
                }
                layers.add(spec);
            } catch (DataException e) {
                problems.add(e);
            } catch (RuntimeException e) {
                problems.add(new DataException(file, "layers[" + i + "]", "cannot be read ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", "compare it with a layer entry of the sample project", e));
            }
        }
        List<Centre> centres = new ArrayList<>();
        JsonNode cs = root.path("centres");
        if (!cs.isMissingNode() && !cs.isNull() && !cs.isArray()) {
            problems.add(new DataException(file, "centres", "'centres' must be a JSON array but is " + cs.getNodeType(),
                    "write \"centres\": [ {\"town\": \"Краснодар\"} ]"));
        } else {
            for (JsonNode c : cs) {
                centres.add(new Centre(text(c, "town"), c.path("lon").isNumber() ? c.get("lon").asDouble() : null,
                        c.path("lat").isNumber() ? c.get("lat").asDouble() : null));
            }
        }
        JsonNode area = root.path("publishedAreaKm2");
        JsonNode attribution = root.path("attribution");
        return new Project(file, root.path("version").asInt(), localized(root.get("region")), layers, centres,
                SettingsJson.read(file, root.get("settings"), problems), area.isNumber() ? area.asDouble() : null,
                RayEditsJson.read(file, root.path("rayEdits"), problems), townEdits(root.path("townEdits")),
                scoring(file, root.path("scoring"), problems), scenarios(file, root.path("scenarios"), problems),
                root.hasNonNull("activeScenario") ? root.get("activeScenario").asText() : null,
                lectureCaptions(root.path("lecture").path("captions")),
                attribution.isTextual() ? attribution.asText() : "", root);
    }

    /** A bad scoring member is a problem, not a failure: that member keeps its default and the rest opens. */
    private static ScoringModel scoring(Path file, JsonNode n, List<DataException> problems) {
        return ScoringJson.read(file, n, "scoring", problems);
    }

    /** Saved what-if scenarios; a broken one is a problem, the others still open. */
    private static List<Scenario> scenarios(Path file, JsonNode n, List<DataException> problems) {
        List<Scenario> out = new ArrayList<>();
        int i = 0;
        for (JsonNode s : n) {
            try {
                out.add(ScenarioJson.read(file, s, "scenario " + (++i)));
            } catch (DataException e) {
                problems.add(e);
            }
        }
        return out;
    }

    private static Map<String, String> lectureCaptions(JsonNode n) {
        Map<String, String> out = new TreeMap<>();
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return out;
    }

    private static TownEdits townEdits(JsonNode n) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        n.fields().forEachRemaining(t -> {
            Map<String, String> f = new LinkedHashMap<>();
            t.getValue().fields().forEachRemaining(e -> f.put(e.getKey(), e.getValue().asText()));
            values.put(t.getKey(), f);
        });
        return new TownEdits(values);
    }

    private static LayerSpec layer(Path file, int i, JsonNode n) {
        String record = "layers[" + i + "]";
        if (n == null || !n.isObject()) {
            throw new DataException(file, record, "a layer must be a JSON object but is "
                    + (n == null ? "missing" : n.getNodeType()), "write {\"id\": ..., \"kind\": ..., \"path\": ...}");
        }
        String id = text(n, "id");
        String path = text(n, "path");
        if (id == null || path == null) {
            throw new DataException(file, record, "a layer needs an 'id' and a 'path'", "add both fields");
        }
        LayerKind kind;
        try {
            kind = LayerKind.parse(text(n, "kind"));
        } catch (IllegalArgumentException e) {
            throw new DataException(file, record + " (" + id + ")", "unknown kind '" + text(n, "kind") + "'",
                    "use towns, settlements, roads, railways, rivers, lakes, boundary, coast, engineering or other");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        n.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        JsonNode join = n.path("join");
        return new LayerSpec(id, kind, path, n.has("title") ? localized(n.get("title")) : null,
                n.path("visible").asBoolean(true), fields, text(join, "path"), text(join, "key"), style(n.path("style")));
    }

    private static Style style(JsonNode s) {
        double[] dash = null;
        if (s.path("dash").isArray()) {
            dash = new double[s.get("dash").size()];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = s.get("dash").get(i).asDouble();
            }
        }
        return new Style(text(s, "stroke"), s.path("width").asDouble(1.0), text(s, "fill"), dash);
    }

    private static LocalizedText localized(JsonNode n) {
        if (n == null || n.isNull()) {
            return LocalizedText.of("");
        }
        if (n.isTextual()) {
            return LocalizedText.of(n.asText());
        }
        return new LocalizedText(n.path("ru").asText(n.path("en").asText("")), n.path("en").asText(n.path("ru").asText("")));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Every member the model has, in the order new files get (that of the sample project). */
    static ObjectNode canonical(Project p, int version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", version);
        root.set("region", localizedNode(p.region()));
        if (p.publishedAreaKm2() != null) {
            root.put("publishedAreaKm2", p.publishedAreaKm2());
        }
        if (!p.attribution().isEmpty()) {
            root.put("attribution", p.attribution());
        }
        ArrayNode layers = root.putArray("layers");
        p.layers().forEach(l -> layers.add(layerNode(l)));
        ArrayNode centres = root.putArray("centres");
        for (Centre c : p.centres()) {
            ObjectNode n = centres.addObject();
            if (c.town() != null) {
                n.put("town", c.town());
            }
            if (c.hasCoordinates()) {
                n.put("lon", c.lon());
                n.put("lat", c.lat());
            }
        }
        root.set("settings", settingsNode(p.settings()));
        ScoringJson.write(p.scoring(), root.putObject("scoring"));
        if (!p.scenarios().isEmpty()) {
            ArrayNode sc = root.putArray("scenarios");
            p.scenarios().forEach(x -> sc.add(ScenarioJson.write(x, MAPPER)));
            if (p.activeScenario() != null) {
                root.put("activeScenario", p.activeScenario());
            }
        }
        if (!p.townEdits().isEmpty()) {
            ObjectNode te = root.putObject("townEdits");
            p.townEdits().values().forEach((id, fields) -> {
                ObjectNode t = te.putObject(id);
                new TreeMap<>(fields).forEach(t::put);
            });
        }
        if (!p.rayEdits().isEmpty()) {
            root.set("rayEdits", RayEditsJson.write(p.rayEdits(), MAPPER));
        }
        if (!p.lectureCaptions().isEmpty()) {
            ObjectNode captions = root.putObject("lecture").putObject("captions");
            p.lectureCaptions().forEach(captions::put);
        }
        return root;
    }

    private static ObjectNode layerNode(LayerSpec l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", l.id());
        n.put("kind", l.kind().id());
        n.put("path", l.path());
        n.set("title", localizedNode(l.title()));
        n.put("visible", l.visible());
        if (!l.fields().isEmpty()) {
            ObjectNode f = n.putObject("fields");
            new TreeMap<>(l.fields()).forEach(f::put);
        }
        if (l.joinPath() != null) {
            n.putObject("join").put("path", l.joinPath()).put("key", l.joinKey());
        }
        ObjectNode st = n.putObject("style");
        st.put("stroke", l.style().stroke());
        st.put("width", l.style().width());
        if (l.style().fill() != null) {
            st.put("fill", l.style().fill());
        }
        if (l.style().dash() != null) {
            ArrayNode dash = st.putArray("dash");
            for (double v : l.style().dash()) {
                dash.add(v);
            }
        }
        return n;
    }

    private static ObjectNode settingsNode(Settings s) {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode classes = n.putArray("sizeClasses");
        for (SizeClass c : s.sizeClasses().classes()) {
            classes.addObject().put("id", c.id()).put("minPopulation", c.minPopulation());
        }
        s.beltThresholdsMin().forEach(n.putArray("beltThresholdsMin")::add);
        s.isochroneMinutes().forEach(n.putArray("isochroneMinutes")::add);
        ObjectNode speeds = n.putObject("speedsKmh");
        new TreeMap<>(s.speedsKmh()).forEach(speeds::put);
        n.put("defaultSpeedKmh", s.defaultSpeedKmh());
        n.put("accessSpeedKmh", s.accessSpeedKmh());
        n.put("detourFactor", s.detourFactor());
        n.put("snapToleranceM", s.snapToleranceM());
        n.put("gapJoinM", s.gapJoinM());
        n.put("maxAccessKm", s.maxAccessKm());
        n.put("railwaysInNetwork", s.railwaysInNetwork());
        n.putObject("bundles").put("widthKm", s.bundles().widthKm()).put("minLengthKm", s.bundles().minLengthKm())
                .put("stripKm", s.bundles().stripKm());
        return n;
    }

    private static ObjectNode localizedNode(LocalizedText t) {
        return MAPPER.createObjectNode().put("ru", t.ru()).put("en", t.en());
    }
}
