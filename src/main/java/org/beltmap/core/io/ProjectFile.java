package org.beltmap.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.Centre;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.LocalizedText;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.SizeClassScheme;
import org.beltmap.core.model.Style;

/** Reads and writes {@code .beltmap} project files (JSON). Writes are atomic: temp file, then rename. */
public final class ProjectFile {

    /** The schema version this build writes; older files are read, newer ones refused. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectFile() {
    }

    /**
     * A project read leniently: layers whose description is wrong are left out and listed in {@code problems},
     * so one bad entry never costs the user the rest of the project; {@code notes} report schema migrations.
     */
    public record Read(Project project, List<DataException> problems, List<String> notes) {
    }

    /** Strict read: the first problem with any layer entry is thrown (use {@link #readChecked} to keep going). */
    public static Project read(Path file) {
        Read r = readChecked(file);
        if (!r.problems().isEmpty()) {
            throw r.problems().get(0);
        }
        return r.project();
    }

    /** Reads a project; throws a DataException only when the file as a whole is unusable. */
    public static Read readChecked(Path file) {
        JsonNode root = parse(file);
        List<String> notes = ProjectMigrations.migrate(file, (ObjectNode) root);
        int version = root.path("version").asInt();
        List<DataException> problems = new ArrayList<>();
        List<LayerSpec> layers = new ArrayList<>();
        JsonNode ls = root.path("layers");
        if (!ls.isMissingNode() && !ls.isNull() && !ls.isArray()) {
            throw new DataException(file, "layers", "'layers' must be a JSON array but is " + ls.getNodeType(),
                    "write \"layers\": [ {\"id\": ..., \"kind\": ..., \"path\": ...}, ... ]");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
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
        Project project = new Project(file, version, localized(root.get("region")), layers, centres,
                settings(root.path("settings")), area.isNumber() ? area.asDouble() : null,
                RayEditsJson.read(file, root.path("rayEdits"), problems), townEdits(root.path("townEdits")),
                scoring(file, root.path("scoring"), problems), scenarios(file, root.path("scenarios"), problems),
                root.hasNonNull("activeScenario") ? root.get("activeScenario").asText() : null,
                lectureCaptions(root.path("lecture").path("captions")));
        return new Read(project, problems, notes);
    }

    /** A bad scoring member is a problem, not a failure: the defaults apply and the rest opens. */
    private static org.beltmap.core.model.ScoringModel scoring(Path file, JsonNode n, List<DataException> problems) {
        try {
            return ScoringJson.read(file, n);
        } catch (DataException e) {
            problems.add(e);
            return org.beltmap.core.model.ScoringModel.defaults();
        }
    }

    /** Saved what-if scenarios; a broken one is a problem, the others still open. */
    private static List<org.beltmap.core.model.Scenario> scenarios(Path file, JsonNode n, List<DataException> problems) {
        List<org.beltmap.core.model.Scenario> out = new ArrayList<>();
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

    private static java.util.Map<String, String> lectureCaptions(JsonNode n) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return out;
    }

    private static org.beltmap.core.model.TownEdits townEdits(JsonNode n) {
        java.util.Map<String, java.util.Map<String, String>> values = new LinkedHashMap<>();
        n.fields().forEachRemaining(t -> {
            java.util.Map<String, String> f = new LinkedHashMap<>();
            t.getValue().fields().forEachRemaining(e -> f.put(e.getKey(), e.getValue().asText()));
            values.put(t.getKey(), f);
        });
        return new org.beltmap.core.model.TownEdits(values);
    }

    private static JsonNode parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file, null, "project file not found", "check the path");
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + e.getMessage() + ")", "check permissions", e);
        }
        FileSniffer.Kind kind = FileSniffer.sniff(bytes);
        if (kind == FileSniffer.Kind.EMPTY || kind == FileSniffer.Kind.BLANK) {
            throw new DataException(file, null, "is empty (" + kind.description() + ")",
                    "restore the previous save from " + file.getFileName() + ".bak");
        }
        if (kind != FileSniffer.Kind.JSON) {
            throw new DataException(file, null, "is not a BeltMap project: its content looks like " + kind.description(),
                    "open a .beltmap project file (JSON)");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw GeoJsonLayerReader.jsonError(file, e,
                    "repair the JSON or restore the previous save from " + file.getFileName() + ".bak");
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + e.getMessage() + ")", "check permissions", e);
        }
        if (root == null || !root.isObject()) {
            throw new DataException(file, null, "is not a JSON object (found " + (root == null ? "nothing" : root.getNodeType())
                    + ")", "open a .beltmap project file");
        }
        return root;
    }

    /** A layer whose file (or join table) resolves outside the project folder. */
    public record Escape(String layerId, String path, Path resolved) {
    }

    /**
     * Layers naming files outside the project's folder ({@code ../../etc/passwd}, absolute paths, symlinks out).
     * A project file from someone else must not make BeltMap read arbitrary files without the user agreeing.
     */
    public static List<Escape> escapingPaths(Project p) {
        List<Escape> out = new ArrayList<>();
        for (LayerSpec l : p.layers()) {
            for (String path : new String[] {l.path(), l.joinPath()}) {
                if (path != null && isOutside(p, path)) {
                    out.add(new Escape(l.id(), path, p.resolve(path)));
                }
            }
        }
        return out;
    }

    /** True when {@code path} (relative to the project file) resolves outside the project's folder. */
    public static boolean isOutside(Project p, String path) {
        Path base = (p.file() == null ? Path.of(".") : p.file().toAbsolutePath().getParent()).normalize();
        String plain = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
        Path target;
        try {
            target = base.resolve(plain).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return true;
        }
        if (!target.startsWith(base)) {
            return true;
        }
        try {
            // A symlink inside the folder may still point out of it.
            return Files.exists(target) && !target.toRealPath().startsWith(base.toRealPath());
        } catch (IOException e) {
            return false;
        }
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

    private static Settings settings(JsonNode s) {
        Settings d = Settings.defaults();
        SizeClassScheme scheme = d.sizeClasses();
        if (s.path("sizeClasses").isArray() && s.get("sizeClasses").size() > 0) {
            List<SizeClass> classes = new ArrayList<>();
            for (JsonNode c : s.get("sizeClasses")) {
                classes.add(new SizeClass(c.path("id").asText(), c.path("minPopulation").asLong()));
            }
            scheme = new SizeClassScheme(classes);
        }
        Map<String, Double> speeds = new LinkedHashMap<>(d.speedsKmh());
        s.path("speedsKmh").fields().forEachRemaining(e -> speeds.put(e.getKey(), e.getValue().asDouble()));
        return new Settings(scheme, doubles(s.get("beltThresholdsMin"), d.beltThresholdsMin()),
                doubles(s.get("isochroneMinutes"), d.isochroneMinutes()), speeds,
                s.path("defaultSpeedKmh").asDouble(d.defaultSpeedKmh()),
                s.path("accessSpeedKmh").asDouble(d.accessSpeedKmh()), s.path("detourFactor").asDouble(d.detourFactor()),
                s.path("snapToleranceM").asDouble(d.snapToleranceM()), s.path("gapJoinM").asDouble(d.gapJoinM()),
                s.path("maxAccessKm").asDouble(d.maxAccessKm()), bundles(s.path("bundles")),
                s.path("railwaysInNetwork").asBoolean(false));
    }

    /** Older project files have no "bundles" member: they get the defaults, member by member. */
    private static BundleSettings bundles(JsonNode b) {
        BundleSettings d = BundleSettings.DEFAULTS;
        if (!b.isObject()) {
            return d;
        }
        return new BundleSettings(b.path("widthKm").asDouble(d.widthKm()),
                b.path("minLengthKm").asDouble(d.minLengthKm()), b.path("stripKm").asDouble(d.stripKm()));
    }

    private static List<Double> doubles(JsonNode n, List<Double> fallback) {
        if (n == null || !n.isArray()) {
            return fallback;
        }
        List<Double> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asDouble()));
        return out;
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

    /** The project's data attribution text ("attribution" member), shown in Help → About and on exports. */
    public static String readAttribution(Path file) {
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            return root == null ? "" : root.path("attribution").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** Serialises a project; the inverse of {@link #read}. */
    public static String toJson(Project p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.set("region", localizedNode(p.region()));
        ArrayNode layers = root.putArray("layers");
        for (LayerSpec l : p.layers()) {
            ObjectNode n = layers.addObject();
            n.put("id", l.id());
            n.put("kind", l.kind().id());
            n.put("path", l.path());
            n.set("title", localizedNode(l.title()));
            n.put("visible", l.visible());
            if (!l.fields().isEmpty()) {
                ObjectNode f = n.putObject("fields");
                l.fields().forEach(f::put);
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
        }
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
        ScoringJson.write(p.scoring(), root.putObject("scoring"));
        if (!p.scenarios().isEmpty()) {
            ArrayNode sc = root.putArray("scenarios");
            p.scenarios().forEach(x -> sc.add(ScenarioJson.write(x, MAPPER)));
            if (p.activeScenario() != null) {
                root.put("activeScenario", p.activeScenario());
            }
        }
        if (!p.lectureCaptions().isEmpty()) {
            ObjectNode captions = root.putObject("lecture").putObject("captions");
            p.lectureCaptions().forEach(captions::put);
        }
        if (!p.townEdits().isEmpty()) {
            ObjectNode te = root.putObject("townEdits");
            p.townEdits().values().forEach((id, fields) -> {
                ObjectNode t = te.putObject(id);
                fields.forEach(t::put);
            });
        }
        if (!p.rayEdits().isEmpty()) {
            root.set("rayEdits", RayEditsJson.write(p.rayEdits(), MAPPER));
        }
        if (p.publishedAreaKm2() != null) {
            root.put("publishedAreaKm2", p.publishedAreaKm2());
        }
        root.set("settings", settingsNode(p.settings()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
        new java.util.TreeMap<>(s.speedsKmh()).forEach(speeds::put);
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

    /** Atomic save: write beside the target, flush to disk, keep the previous file as .bak, then rename. */
    public static void write(Project p, Path file) throws IOException {
        AtomicFiles.write(file, toJson(p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
