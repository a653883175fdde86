package org.beltmap.core.osm;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.sf.GeometryType;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Centre;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.LocalizedText;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.Style;
import org.beltmap.core.io.ProjectFile;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Writes an imported extract as a project folder: {@code osm.gpkg} with one table per layer, {@code populations.csv}
 * (every town with its tagged population, blank where the extract has none: fill it in and it is joined by
 * {@code osm_id}), and the {@code .beltmap} naming them, with the OSM road classes' speeds in its settings.
 */
final class OsmProjectWriter {

    static final String GPKG = "osm.gpkg";
    static final String POPULATIONS = "populations.csv";
    /** The longest access leg of an imported project, km (see {@link #project}). */
    static final double MAX_ACCESS_KM = 1;

    private static final GeometryFactory GF = new GeometryFactory();
    private final OsmData d;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    OsmProjectWriter(OsmData d) {
        this.d = d;
    }

    /** Features written per table (tables with none are left out of the project). */
    Map<String, Integer> counts() {
        return counts;
    }

    void writeData(Path dir, List<Places.Place> towns, List<Places.Place> settlements, Boundaries.Boundary boundary)
            throws IOException {
        try (GpkgWriter w = new GpkgWriter(dir.resolve(GPKG))) {
            if (boundary != null) {
                w.table("boundary", GeometryType.MULTIPOLYGON, List.of(GpkgWriter.Column.integer("osm_id"),
                        GpkgWriter.Column.text("name"), GpkgWriter.Column.text("name_ru"), GpkgWriter.Column.text("name_en"),
                        GpkgWriter.Column.integer("admin_level"), GpkgWriter.Column.real("area_km2")));
                OsmData.Relation r = boundary.relation();
                w.row(boundary.area(), r.id(), r.name(), r.nameRu() != null ? r.nameRu() : r.name(),
                        r.nameEn() != null ? r.nameEn() : r.name(), r.adminLevel(), Math.round(boundary.areaKm2() * 10) / 10.0);
                counts.put("boundary", 1);
            }
            lakes(w);
            lines(w, OsmData.RIVER, "rivers", List.of(GpkgWriter.Column.integer("osm_id"), GpkgWriter.Column.text("waterway"),
                    GpkgWriter.Column.text("name")), way -> new Object[] {d.wayId[way], d.tag(way, OsmData.WATERWAY),
                        d.tag(way, OsmData.NAME)});
            lines(w, OsmData.COAST, "coast", List.of(GpkgWriter.Column.integer("osm_id")), way -> new Object[] {d.wayId[way]});
            roads(w);
            lines(w, OsmData.RAIL, "railways", List.of(GpkgWriter.Column.integer("osm_id"), GpkgWriter.Column.text("railway"),
                    GpkgWriter.Column.text("usage"), GpkgWriter.Column.text("class"), GpkgWriter.Column.text("name")),
                    way -> new Object[] {d.wayId[way], d.tag(way, OsmData.RAILWAY), d.tag(way, OsmData.USAGE),
                        d.tag(way, OsmData.USAGE) != null ? d.tag(way, OsmData.USAGE) : d.tag(way, OsmData.RAILWAY),
                        d.tag(way, OsmData.NAME)});
            places(w, "settlements", settlements);
            places(w, "towns", towns);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(POPULATIONS), StandardCharsets.UTF_8)) {
            out.write("\uFEFFosm_id,name,place,population\n");
            for (Places.Place p : towns) {
                out.write(p.osmId() + "," + csv(p.name()) + "," + p.place() + ","
                        + (p.population() < 0 ? "" : Long.toString(p.population())) + "\n");
            }
        }
    }

    private interface Values {
        Object[] of(int way);
    }

    /** A table started with its first row, so a kind the extract lacks leaves no empty table or layer. */
    private final class Sink {
        private final GpkgWriter w;
        private final String table;
        private final GeometryType type;
        private final List<GpkgWriter.Column> cols;
        private boolean started;
        private int rows;

        Sink(GpkgWriter w, String table, GeometryType type, List<GpkgWriter.Column> cols) {
            this.w = w;
            this.table = table;
            this.type = type;
            this.cols = cols;
        }

        private void start() throws IOException {
            if (!started) {
                w.table(table, type, cols);
                started = true;
            }
        }

        void line(int from, int to, Object[] values) throws IOException {
            start();
            rows += w.lineRow(d, from, to, values) ? 1 : 0;
        }

        void row(org.locationtech.jts.geom.Geometry g, Object... values) throws IOException {
            start();
            w.row(g, values);
            rows++;
        }

        void done() {
            if (rows > 0) {
                counts.put(table, rows);
            }
        }
    }

    private void lines(GpkgWriter w, byte kind, String table, List<GpkgWriter.Column> cols, Values values) throws IOException {
        Sink sink = new Sink(w, table, GeometryType.LINESTRING, cols);
        for (int way = 0; way < d.ways; way++) {
            if (d.wayKind[way] == kind) {
                Object[] v = values.of(way);
                d.runs(way, (from, to) -> sink.line(from, to, v));
            }
        }
        sink.done();
    }

    private void roads(GpkgWriter w) throws IOException {
        List<GpkgWriter.Column> cols = List.of(GpkgWriter.Column.integer("osm_id"), GpkgWriter.Column.text("highway"),
                GpkgWriter.Column.text("ref"), GpkgWriter.Column.text("name"), GpkgWriter.Column.text("name_ru"),
                GpkgWriter.Column.text("name_en"), GpkgWriter.Column.text("label"), GpkgWriter.Column.text("maxspeed"),
                GpkgWriter.Column.real("maxspeed_kmh"), GpkgWriter.Column.integer("oneway"),
                GpkgWriter.Column.text("duration"));
        lines(w, OsmData.ROAD, "roads", cols, way -> {
            boolean ferry = "ferry".equals(d.tag(way, OsmData.ROUTE));
            String highway = ferry ? "ferry" : d.tag(way, OsmData.HIGHWAY);
            double kmh = ferry ? RoadTags.ferrySpeedKmh(lengthKm(d.lines(way)), d.tag(way, OsmData.DURATION))
                    : RoadTags.maxspeedKmh(d.tag(way, OsmData.MAXSPEED));
            String ref = d.tag(way, OsmData.REF);
            String name = d.tag(way, OsmData.NAME);
            int oneway = RoadTags.oneway(d.tag(way, OsmData.ONEWAY), d.tag(way, OsmData.JUNCTION), highway);
            return new Object[] {d.wayId[way], highway, ref, name, d.tag(way, OsmData.NAME_RU), d.tag(way, OsmData.NAME_EN),
                ref != null ? ref : name, d.tag(way, OsmData.MAXSPEED), Double.isNaN(kmh) ? null : kmh, oneway,
                d.tag(way, OsmData.DURATION)};
        });
    }

    private void lakes(GpkgWriter w) throws IOException {
        Sink sink = new Sink(w, "lakes", GeometryType.POLYGON, List.of(GpkgWriter.Column.integer("osm_id"),
                GpkgWriter.Column.text("name")));
        for (int way = 0; way < d.ways; way++) {
            if (d.wayKind[way] != OsmData.LAKE || !d.complete(way) || !d.closed(way)) {
                continue;
            }
            List<Coordinate[]> runs = d.lines(way);
            if (runs.size() != 1 || runs.get(0).length < 4 || !runs.get(0)[0].equals2D(runs.get(0)[runs.get(0).length - 1])) {
                continue;
            }
            sink.row(GF.createPolygon(runs.get(0)), d.wayId[way], d.tag(way, OsmData.NAME));
        }
        sink.done();
    }

    private void places(GpkgWriter w, String table, List<Places.Place> list) throws IOException {
        if (list.isEmpty()) {
            return;
        }
        w.table(table, GeometryType.POINT, List.of(GpkgWriter.Column.text("osm_id"), GpkgWriter.Column.text("name"),
                GpkgWriter.Column.text("name_ru"), GpkgWriter.Column.text("name_en"), GpkgWriter.Column.text("place"),
                GpkgWriter.Column.integer("population")));
        for (Places.Place p : list) {
            w.row(GF.createPoint(new Coordinate(p.lon(), p.lat())), p.osmId(), p.name(), p.labelRu(), p.labelEn(),
                    p.place(), p.population() < 0 ? null : p.population());
        }
        counts.put(table, list.size());
    }

    private static double lengthKm(List<Coordinate[]> runs) {
        double m = 0;
        for (Coordinate[] cs : runs) {
            for (int i = 1; i < cs.length; i++) {
                m += Geodesy.distanceM(cs[i - 1].x, cs[i - 1].y, cs[i].x, cs[i].y);
            }
        }
        return m / 1000;
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The project file: layers over {@link #GPKG}, the centre, the OSM speeds, and the ODbL credit. */
    static Project project(Path file, LocalizedText region, Map<String, Integer> counts, Places.Place centre,
                           String extractName, Long timestamp) {
        List<LayerSpec> layers = new ArrayList<>();
        add(layers, counts, "boundary", LayerKind.BOUNDARY, "Граница", "Boundary", Map.of("name", "name"),
                new Style("#6a4c93", 1.6, null, new double[] {6, 3}), null);
        add(layers, counts, "lakes", LayerKind.LAKES, "Озёра", "Lakes", Map.of(), new Style("#3b82c4", 0.8, "#b9d7f0", null), null);
        add(layers, counts, "rivers", LayerKind.RIVERS, "Реки", "Rivers", Map.of(), new Style("#3b82c4", 1.2, null, null), null);
        add(layers, counts, "coast", LayerKind.COAST, "Берег", "Coast", Map.of(), new Style("#2a6fb0", 1.2, null, null), null);
        add(layers, counts, "roads", LayerKind.ROADS, "Дороги (OSM)", "Roads (OSM)", Map.of("class", "highway",
                "name", "label", "speed", "maxspeed_kmh", "oneway", "oneway"), new Style("#c0392b", 1.4, null, null), null);
        add(layers, counts, "railways", LayerKind.RAILWAYS, "Железные дороги", "Railways", Map.of("class", "class",
                "name", "name"), new Style("#2d2d2d", 1.4, null, new double[] {5, 4}), null);
        add(layers, counts, "settlements", LayerKind.SETTLEMENTS, "Населённые пункты", "Settlements", Map.of("id", "osm_id",
                "name_ru", "name_ru", "name_en", "name_en", "population", "population"), new Style("#7f8c8d", 3, "#7f8c8d", null), null);
        add(layers, counts, "towns", LayerKind.TOWNS, "Города", "Towns", Map.of("id", "osm_id", "name_ru", "name_ru",
                "name_en", "name_en", "population", "population"), new Style("#222222", 1.0, null, null), POPULATIONS);
        Map<String, Double> speeds = new LinkedHashMap<>(Settings.DEFAULT_SPEEDS);
        speeds.putAll(RoadTags.SPEEDS_KMH);
        // OSM ways share their junction nodes, so nothing needs snapping or gap-joining; a wider snap would merge
        // the two carriageways of a divided road and lose their directions.
        // The longest off-road leg is 1 km, not the default 100: every OSM place lies a few hundred metres from a
        // mapped road, and a longer straight leg is a shortcut across country (in Andorra's valleys a 3 km leg over
        // the ridge made Ordino 16 % and La Massana 20 % closer than by road, against GraphHopper on the same data).
        Settings d = Settings.defaults();
        Settings s = new Settings(d.sizeClasses(), d.beltThresholdsMin(), d.isochroneMinutes(), speeds, 40,
                d.accessSpeedKmh(), d.detourFactor(), 1, 0, MAX_ACCESS_KM, d.bundles(), false);
        String name = centre.labelEn();
        String state = timestamp == null ? "" : ", state of "
                + java.time.Instant.ofEpochSecond(timestamp).toString().substring(0, 10);
        String attribution = "Map data © OpenStreetMap contributors, ODbL 1.0 (openstreetmap.org/copyright); imported "
                + "from " + extractName + state + ".";
        return new Project(file, ProjectFile.VERSION, region, layers,
                List.of(new Centre(name, centre.lon(), centre.lat())), s, null, null, null, null, List.of(), null,
                Map.of(), attribution, null);
    }

    private static void add(List<LayerSpec> layers, Map<String, Integer> counts, String id, LayerKind kind, String ru,
                            String en, Map<String, String> fields, Style style, String join) {
        if (counts.getOrDefault(id, 0) > 0) {
            layers.add(new LayerSpec(id, kind, GPKG + "#" + id, new LocalizedText(ru, en), true, fields, join,
                    join == null ? null : "osm_id", style));
        }
    }
}
