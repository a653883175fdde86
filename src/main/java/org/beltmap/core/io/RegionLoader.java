package org.beltmap.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.beltmap.core.model.Centre;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.SizeClassScheme;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Point;

/**
 * Loads every layer of a project. A layer that fails is reported in {@link Region#problems()} and skipped,
 * so one bad file never stops the user from working with the rest.
 */
public final class RegionLoader {

    /** Attribute prefix of figures taken from published sources (see DOMAIN.md); never recomputed in place. */
    public static final String PUBLISHED_PREFIX = "publ_";

    private RegionLoader() {
    }

    /**
     * Reads and loads a project for a command that computes: bad layer entries and bad files become problems, but
     * a bad settings or scoring member is thrown ({@link SettingsException}), as figures from defaults the user did
     * not write would mislead. (The app reads with {@link ProjectFile#readChecked}, shows it and goes on.)
     */
    public static Region load(Path projectFile) {
        return load(projectFile, false);
    }

    /** @param allowOutside read layer files outside the project folder (only after the user confirmed) */
    public static Region load(Path projectFile, boolean allowOutside) {
        ProjectFile.Read read = ProjectFile.readChecked(projectFile);
        List<SettingsException> settings = read.problems().stream().filter(e -> e instanceof SettingsException)
                .map(e -> (SettingsException) e).toList();
        if (!settings.isEmpty()) {
            throw settings.get(0).withMore(settings.size() - 1, "`beltmap info " + projectFile + "` lists them");
        }
        return load(read, (m, f) -> { }, allowOutside);
    }

    /** @param progress receives a message and a fraction 0..1 after each layer */
    public static Region load(Project project, BiConsumer<String, Double> progress) {
        return load(project, progress, false);
    }

    /**
     * @param allowOutside when false (the default), layers whose files resolve outside the project folder are
     *     not read but reported, so a project from someone else cannot make BeltMap read arbitrary files
     */
    public static Region load(Project project, BiConsumer<String, Double> progress, boolean allowOutside) {
        return load(new ProjectFile.Read(project, List.of(), List.of()), progress, allowOutside);
    }

    /** Loads a leniently read project; its layer-entry problems come first in {@link Region#problems()}. */
    public static Region load(ProjectFile.Read read, BiConsumer<String, Double> progress, boolean allowOutside) {
        Project project = read.project();
        List<Layer> layers = new ArrayList<>();
        List<Town> towns = new ArrayList<>();
        List<Town> settlements = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        read.problems().forEach(e -> problems.add(e.getMessage()));
        java.util.Set<String> outside = new java.util.HashSet<>();
        if (!allowOutside) {
            for (ProjectFile.Escape e : ProjectFile.escapingPaths(project)) {
                outside.add(e.layerId());
                problems.add(new DataException(project.file(), "layer '" + e.layerId() + "'", "path '" + e.path()
                        + "' is outside the project folder (" + e.resolved() + "), so it was not read",
                        "move the file into the project folder or confirm in the app").getMessage());
            }
        }
        List<Town> unknown = new ArrayList<>();
        String joinedFrom = null;
        int done = 0;
        for (LayerSpec spec : project.layers()) {
            if (!outside.contains(spec.id())) {
                try {
                    List<DataException> warnings = new ArrayList<>();
                    Layer layer = loadLayer(project, spec, warnings);
                    warnings.forEach(w -> problems.add(w.getMessage()));
                    layers.add(layer);
                    if (spec.kind() == LayerKind.TOWNS) {
                        List<Town> ts = towns(layer, project.settings().sizeClasses(), "T");
                        towns.addAll(ts);
                        if (layer.fieldNames().contains(spec.field("population"))) {
                            ts.stream().filter(t -> t.population() < 0).forEach(unknown::add);
                            joinedFrom = spec.joinPath() != null ? spec.joinPath() : joinedFrom;
                        }
                    } else if (spec.kind() == LayerKind.SETTLEMENTS) {
                        settlements.addAll(towns(layer, project.settings().sizeClasses(), "S"));
                    }
                } catch (DataException e) {
                    if (e.isOutOfMemory()) {
                        throw e; // the next layers would only run out too: one clear message instead
                    }
                    problems.add(e.getMessage());
                } catch (OutOfMemoryError e) {
                    throw DataException.outOfMemory(project.resolve(spec.path()), e);
                } catch (RuntimeException e) {
                    problems.add(new DataException(safeResolve(project, spec.path()), "layer '" + spec.id() + "'",
                            "could not be loaded (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                            "check the file opens in QGIS; if it does, report it as a BeltMap bug", e).getMessage());
                }
            }
            progress.accept(spec.id(), ++done / (double) Math.max(1, project.layers().size()));
        }
        if (!unknown.isEmpty()) {
            // A population column with blanks: never a guessed number, the town stays without a size class until
            // the user gives one (a layer with no population column at all is a deliberate choice).
            List<String> names = unknown.stream().limit(8).map(t -> t.name(java.util.Locale.ROOT)).toList();
            problems.add(project.file() + ": " + unknown.size() + " of " + towns.size() + " towns have no population ("
                    + String.join(", ", names) + (unknown.size() > 8 ? ", …" : "") + "), so they have no size class. Fix: "
                    + (joinedFrom != null ? "fill the population column of " + joinedFrom + ", joined to the towns"
                    : "fill the towns layer's population column, or join a CSV with the population by name or id "
                    + "(\"join\": {\"path\": \"populations.csv\", \"key\": ...})"));
        }
        List<Town> centres = centres(project, layers, towns, problems);
        return new Region(project, layers, towns, settlements, centres, problems);
    }

    /**
     * The region for the same layers under changed settings or centres, without reading any file again: towns and
     * settlements are classified by the new size classes and the centres resolved anew. {@code project} must list
     * the same layers as the region's project.
     */
    public static Region rederive(Region region, Project project) {
        List<Town> towns = new ArrayList<>();
        List<Town> settlements = new ArrayList<>();
        for (LayerSpec spec : project.layers()) {
            Layer layer = region.layers().get(spec.id());
            if (layer != null && spec.kind() == LayerKind.TOWNS) {
                towns.addAll(towns(layer, project.settings().sizeClasses(), "T"));
            } else if (layer != null && spec.kind() == LayerKind.SETTLEMENTS) {
                settlements.addAll(towns(layer, project.settings().sizeClasses(), "S"));
            }
        }
        List<String> problems = new ArrayList<>(region.problems().stream()
                .filter(p -> !p.contains(CENTRE_PROBLEM) && !p.contains(org.beltmap.core.towns.CentreFlag.PROBLEM)).toList());
        List<Town> centres = centres(project, List.copyOf(region.layers().values()), towns, problems);
        return new Region(project, List.copyOf(region.layers().values()), towns, settlements, centres, problems);
    }

    /** Marks the problem of a centre that matches no town (replaced when the region is re-derived). */
    private static final String CENTRE_PROBLEM = "' matches no town of the towns layer.";

    /** The project's centres; when it names none, the town a towns layer flags ({@code is_regional_centre}). */
    private static List<Town> centres(Project project, List<Layer> layers, List<Town> towns, List<String> problems) {
        if (project.centres().isEmpty()) {
            List<Layer> townLayers = layers.stream().filter(l -> l.spec().kind() == LayerKind.TOWNS).toList();
            return org.beltmap.core.towns.CentreFlag.centre(townLayers, towns, l -> safeResolve(project, l.spec().path()),
                    problems).map(List::of).orElse(List.of());
        }
        List<Town> centres = new ArrayList<>();
        for (Centre c : project.centres()) {
            Town t = resolveCentre(c, towns, project.settings().sizeClasses());
            if (t == null) {
                problems.add(project.file() + ": centre '" + c.town() + CENTRE_PROBLEM
                        + " Fix: name a town exactly as in name_ru or name_en, or give lon and lat");
            } else {
                centres.add(t);
            }
        }
        return centres;
    }

    /** Strict: the first problem of the layer (including a failed join) is thrown. */
    public static Layer loadLayer(Project project, LayerSpec spec) {
        List<DataException> warnings = new ArrayList<>();
        Layer layer = loadLayer(project, spec, warnings);
        if (!warnings.isEmpty()) {
            throw warnings.get(0);
        }
        return layer;
    }

    /**
     * Loads a layer; problems that leave it usable (null geometries, a failed join) go to {@code warnings},
     * problems that make it useless (unreadable, wrong geometry kind) are thrown.
     */
    static Layer loadLayer(Project project, LayerSpec spec, List<DataException> warnings) {
        Path file = PathGuard.resolve(project, spec.id(), spec.path());
        CsvLayerReader.Options csv;
        try {
            csv = ShapefileLayerReader.withEncoding(CsvLayerReader.Options.of(spec.fields()), spec.fields());
        } catch (IllegalArgumentException e) {
            throw new DataException(project.file(), "layer '" + spec.id() + "'", "names an unknown CSV encoding or "
                    + "delimiter (" + e.getMessage() + ")", "use csv.encoding (or dbf.encoding) UTF-8, windows-1251"
                    + " or IBM866 and csv.delimiter , ; tab or |, or remove them to detect", e);
        }
        LayerReader.Data data = LayerReader.read(file, csv);
        List<Feature> features = data.features();
        List<String> fields = new ArrayList<>(data.fields());
        if (!features.isEmpty() && features.stream().allMatch(f -> f.geometry() == null)) {
            throw new DataException(file, null, "has no geometry (no lat/lon or WKT column among " + data.fields() + ")",
                    "name the coordinate columns lat and lon (or a WKT column wkt), or join it as a table");
        }
        DataException wrongKind = LayerChecks.checkKind(file, data, spec.kind());
        if (wrongKind != null) {
            throw wrongKind;
        }
        warnings.addAll(LayerChecks.check(file, data));
        if (spec.joinPath() != null) {
            try {
                Path joinFile = PathGuard.resolve(project, spec.id(), spec.joinPath());
                LayerReader.Data table = LayerReader.read(joinFile);
                features = join(file, features, spec.joinKey(), table, joinFile, fields);
            } catch (DataException e) {
                warnings.add(new DataException(e.file(), e.record(), problemOf(e) + " (layer '" + spec.id()
                        + "' loaded without the joined columns)", e.fix(), e));
            }
        }
        return new Layer(spec, features, fields, data.crs());
    }

    private static Path safeResolve(Project project, String path) {
        try {
            return PathGuard.resolve(project, "?", path);
        } catch (DataException e) {
            return project.file();
        }
    }

    private static String problemOf(DataException e) {
        String m = e.getMessage();
        String head = e.file() + (e.record() == null ? "" : ": " + e.record()) + ": ";
        String rest = m.startsWith(head) ? m.substring(head.length()) : m;
        int fix = rest.lastIndexOf(". Fix: ");
        return fix < 0 ? rest : rest.substring(0, fix);
    }

    private static List<Feature> join(Path file, List<Feature> features, String key, LayerReader.Data table,
                                      Path joinFile, List<String> fields) {
        if (key == null || key.isBlank()) {
            throw new DataException(joinFile, null, "the join has no 'key'", "name the column shared by layer and table");
        }
        if (!table.fields().contains(key)) {
            throw new DataException(joinFile, "header", "join key column '" + key + "' is missing (columns: "
                    + table.fields() + ")", "add the column or name an existing one as the join key");
        }
        if (!fields.contains(key)) {
            throw new DataException(file, null, "join key field '" + key + "' is missing in the layer (fields: "
                    + fields + ")", "name a field the layer and the table share as the join key");
        }
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        for (Feature row : table.features()) {
            Object k = row.get(key);
            if (k == null) {
                throw new DataException(joinFile, "row " + (row.index() + 2), "join key '" + key + "' is empty",
                        "fill the key column or remove the row");
            }
            Integer before = rowOf.putIfAbsent(k.toString(), row.index() + 2);
            if (before != null) {
                throw new DataException(joinFile, "row " + (row.index() + 2), "join key '" + key + "' value '" + k
                        + "' repeats row " + before + ", so the match is ambiguous", "keep one row per key value");
            }
            byKey.put(k.toString(), row.attributes());
        }
        for (String f : table.fields()) {
            if (!f.equals(key) && !fields.contains(f)) {
                fields.add(f);
            }
        }
        List<Feature> out = new ArrayList<>(features.size());
        for (Feature f : features) {
            Map<String, Object> attrs = new LinkedHashMap<>(f.attributes());
            Object k = f.get(key);
            Map<String, Object> extra = k == null ? null : byKey.get(k.toString());
            if (extra != null) {
                extra.forEach((name, v) -> {
                    if (!name.equals(key)) {
                        attrs.put(name, v);
                    }
                });
            }
            out.add(new Feature(f.index(), f.geometry(), attrs));
        }
        return out;
    }

    static List<Town> towns(Layer layer, SizeClassScheme scheme, String idPrefix) {
        LayerSpec spec = layer.spec();
        List<Town> out = new ArrayList<>();
        for (Feature f : layer.features()) {
            Point p = (Point) f.geometry();
            if (p == null || p.isEmpty()) {
                continue;
            }
            double pop = f.getDouble(spec.field("population"));
            long population = Double.isNaN(pop) ? -1 : Math.round(pop);
            String id = f.getString(spec.field("id"));
            if (id == null || id.isBlank()) {
                id = idPrefix + (f.index() + 1);
            }
            out.add(new Town(id, f.getString(spec.field("name_ru")), f.getString(spec.field("name_en")), p.getX(),
                    p.getY(), population, scheme.classify(population), published(f), f.attributes()));
        }
        return out;
    }

    private static Published published(Feature f) {
        Published p = new Published(asLong(f.getDouble("publ_population")), asDouble(f.getDouble("publ_area_km2")),
                asDouble(f.getDouble("publ_density")), asDouble(f.getDouble("publ_mtd_min")),
                f.getString("publ_mtd_text"), asInt(f.getDouble("publ_belt")), f.getString("publ_source"));
        return p.isEmpty() ? Published.NONE : p;
    }

    private static Long asLong(double v) {
        return Double.isNaN(v) ? null : Math.round(v);
    }

    private static Double asDouble(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static Integer asInt(double v) {
        return Double.isNaN(v) ? null : (int) Math.round(v);
    }

    private static Town resolveCentre(Centre c, List<Town> towns, SizeClassScheme scheme) {
        if (c.town() != null) {
            for (Town t : towns) {
                if (t.matches(c.town())) {
                    return c.hasCoordinates() ? new Town(t.id(), t.nameRu(), t.nameEn(), c.lon(), c.lat(),
                            t.population(), t.sizeClass(), t.published(), t.attributes()) : t;
                }
            }
        }
        if (c.hasCoordinates()) {
            String name = c.town() == null ? "centre" : c.town();
            return new Town("C:" + name, name, name, c.lon(), c.lat(), -1, null, null, Map.of());
        }
        return null;
    }
}
