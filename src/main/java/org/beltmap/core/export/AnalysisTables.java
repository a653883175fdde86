package org.beltmap.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bundles.Bundle;
import org.beltmap.core.geo.Precision;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.metrics.BeltStatistics;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.scoring.TownScore;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The analysis as named feature tables (EPSG:4326), one source for every data export (GeoPackage, GeoJSON,
 * CSV) so the formats always carry the same columns and the same coordinates: towns with МТД, belt, score and its
 * components; isochrones; rays; bundles; the active scenario's planned roads; belt statistics (band polygons).
 * Geometry is put on the publication grid ({@link Precision}) here, polygons kept valid, so every format writes it exactly.
 */
public final class AnalysisTables {

    /** Geometry kind a table declares (GeoPackage needs it up front). */
    public enum Kind { POINT, LINESTRING, MULTIPOLYGON }

    /** One feature: geometry and attributes (String, Double or Long values, in column order). */
    public record Row(Geometry geometry, Map<String, Object> attributes) {
    }

    public record Table(String name, Kind kind, List<Row> rows) {

        /** Column types (String, Long or Double) in column order, from the first non-null value of each column. */
        public Map<String, Class<?>> columns() {
            Map<String, Class<?>> types = new LinkedHashMap<>();
            for (Row r : rows) {
                r.attributes().forEach((k, v) -> {
                    if (v != null) {
                        types.putIfAbsent(k, v instanceof Integer ? Long.class : v.getClass());
                    } else if (!types.containsKey(k)) {
                        types.put(k, null);
                    }
                });
            }
            types.replaceAll((k, v) -> v != null ? v : NULLABLE.getOrDefault(k, Double.class));
            return types;
        }
    }

    /** Types of the columns that may be empty in every row (a region with no published belts, no scores). */
    private static final Map<String, Class<?>> NULLABLE = Map.of("belt", Long.class, "published_belt", Long.class,
            "population", Long.class, "size_class", String.class, "from_min", Double.class, "to_min", Double.class);

    private static final GeometryFactory GF = new GeometryFactory();

    private AnalysisTables() {
    }

    public static List<Table> of(DiagramData d, Scenario scenario) {
        List<Table> out = new ArrayList<>();
        out.add(new Table("towns", Kind.POINT, towns(d)));
        List<Row> iso = new ArrayList<>();
        for (Isochrone i : d.isochrones()) {
            iso.add(new Row(multi(Precision.reduce(i.area())), ordered("minutes", i.minutes(), "center", i.centre(), "area_km2", i.areaKm2())));
        }
        out.add(new Table("isochrones", Kind.MULTIPOLYGON, iso));
        List<Row> rays = new ArrayList<>();
        for (Ray r : d.rays()) {
            rays.add(new Row(Precision.reduce(r.line()), ordered("name", r.name(), "ref", r.ref(), "mode", r.mode(),
                    "length_km", r.lengthKm(), "strength", r.strength().total(), "user_defined",
                    r.userDefined() ? 1L : 0L, "towns", String.join(", ", r.towns().stream().map(t -> t.nameEn()).toList()))));
        }
        out.add(new Table("rays", Kind.LINESTRING, rays));
        List<Row> bundles = new ArrayList<>();
        for (Bundle b : d.bundles() == null ? List.<Bundle>of() : d.bundles()) {
            bundles.add(new Row(multi(Precision.reduce(b.area())), ordered("strength", (long) b.strength(), "members",
                    String.join(", ", b.layers()), "area_km2", b.areaKm2(), "length_km", b.lengthKm())));
        }
        out.add(new Table("bundles", Kind.MULTIPOLYGON, bundles));
        List<Row> planned = new ArrayList<>();
        if (scenario != null) {
            for (Scenario.PlannedLine p : scenario.added()) {
                planned.add(new Row(Precision.reduce(p.line()), ordered("scenario", scenario.name(), "name",
                        p.name() == null ? "" : p.name(), "speed_kmh", p.speedKmh())));
            }
        }
        out.add(new Table("scenario_edits", Kind.LINESTRING, planned));
        out.add(new Table("belt_statistics", Kind.MULTIPOLYGON, beltStatistics(d)));
        return out;
    }

    private static List<Row> towns(DiagramData d) {
        Map<String, TownScore> scores = new LinkedHashMap<>();
        for (TownScore s : d.scores() == null ? List.<TownScore>of() : d.scores()) {
            scores.put(s.town().id(), s);
        }
        List<Row> rows = new ArrayList<>();
        for (TownAccess a : d.belts().towns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("town_id", a.town().id());
            m.put("town_ru", nz(a.town().nameRu()));
            m.put("town_en", nz(a.town().nameEn()));
            m.put("population", a.town().population() < 0 ? null : a.town().population());
            m.put("size_class", a.town().sizeClass() == null ? null : a.town().sizeClass().id());
            m.put("status", a.status().name().toLowerCase(Locale.ROOT));
            // Missing stays missing (NULL / null / empty cell), never a -1 or 0 that a GIS would average in.
            m.put("mtd_min", a.reachable() ? a.mtdMin() : null);
            m.put("belt", a.reachable() ? Long.valueOf(a.belt()) : null);
            m.put("published_mtd", a.publishedMtd());
            m.put("published_belt", a.publishedBelt() == null ? null : Long.valueOf(a.publishedBelt()));
            TownScore s = scores.get(a.town().id());
            m.put("score", s == null ? null : s.score());
            for (String c : ScoringModel.COMPONENTS) {
                m.put("c_" + c, s == null ? null : s.values().get(c));
            }
            rows.add(new Row(Precision.reduce(GF.createPoint(new Coordinate(a.town().lon(), a.town().lat()))), m));
        }
        return rows;
    }

    /** One row per belt (its isochrone band as geometry) and one for the unreachable places (belt 0, no area). */
    private static List<Row> beltStatistics(DiagramData d) {
        List<Row> rows = new ArrayList<>();
        if (d.belts() == null || d.belts().access() == null) {
            return rows;
        }
        BeltStatistics stats = BeltStatistics.of(d.region(), d.belts(), d.isochrones());
        List<BeltStatistics.Row> all = new ArrayList<>(stats.belts());
        all.add(stats.unreachable());
        List<Geometry> bands = new ArrayList<>(BeltStatistics.bandGeometries(d.region(), d.belts().thresholds(),
                d.isochrones()));
        bands.add(GF.createMultiPolygon());
        for (int i = 0; i < all.size(); i++) {
            BeltStatistics.Row b = all.get(i);
            rows.add(new Row(bands.get(i), ordered("belt", (long) b.belt(), "range", b.belt() == 0 ? "unreachable"
                    : b.range(), "from_min", b.fromMin(), "to_min", b.toMin(), "towns", (long) b.towns(),
                    "settlements", (long) b.settlements(), "population", b.population(), "population_share_pct",
                    b.sharePct(), "area_km2", b.areaKm2(), "within_km2", b.withinKm2(), "density_per_km2",
                    b.densityPerKm2())));
        }
        return rows;
    }

    /** Polygon tables hold MultiPolygons only, so GIS readers see one geometry type per table. */
    private static Geometry multi(Geometry g) {
        if (g instanceof org.locationtech.jts.geom.Polygon p) {
            return GF.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {p});
        }
        return g;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
