package org.beltmap.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bundles.Bundle;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.scoring.TownScore;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

/**
 * The analysis as one GeoPackage (EPSG:4326) that GDAL and QGIS open: towns with МТД, belt, score and its
 * components; isochrones; rays; bundles; and the active scenario's planned roads. Written to a temporary file
 * and moved into place, so a failed export never leaves half a file.
 */
public final class GeoPackageExport {

    private static final GeometryFactory GF = new GeometryFactory();

    private GeoPackageExport() {
    }

    public static void write(DiagramData d, Scenario scenario, Path out) throws IOException {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "beltmap", ".gpkg");
        Files.delete(tmp);
        GeoPackageManager.create(tmp.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(tmp.toFile())) {
            towns(gpkg, d);
            List<Row> iso = new ArrayList<>();
            for (Isochrone i : d.isochrones()) {
                iso.add(new Row(i.area(), Map.of("minutes", i.minutes(), "center", i.centre(), "area_km2", i.areaKm2())));
            }
            table(gpkg, "isochrones", GeometryType.MULTIPOLYGON, iso);
            List<Row> rays = new ArrayList<>();
            for (Ray r : d.rays()) {
                rays.add(new Row(r.line(), Map.of("name", r.name(), "ref", r.ref(), "mode", r.mode(),
                        "length_km", r.lengthKm(), "strength", r.strength().total(), "user_defined",
                        r.userDefined() ? 1L : 0L, "towns", String.join(", ", r.towns().stream().map(t -> t.nameEn()).toList()))));
            }
            table(gpkg, "rays", GeometryType.LINESTRING, rays);
            List<Row> bundles = new ArrayList<>();
            for (Bundle b : d.bundles()) {
                bundles.add(new Row(b.area(), Map.of("strength", (long) b.strength(), "members",
                        String.join(", ", b.layers()), "area_km2", b.areaKm2(), "length_km", b.lengthKm())));
            }
            table(gpkg, "bundles", GeometryType.MULTIPOLYGON, bundles);
            List<Row> planned = new ArrayList<>();
            if (scenario != null) {
                for (Scenario.PlannedLine p : scenario.added()) {
                    planned.add(new Row(p.line(), Map.of("scenario", scenario.name(), "name", p.name() == null ? "" : p.name(),
                            "speed_kmh", p.speedKmh() == null ? -1.0 : p.speedKmh())));
                }
            }
            table(gpkg, "scenario_edits", GeometryType.LINESTRING, planned);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** One feature: geometry and attributes (String, Double, Long). */
    record Row(Geometry geometry, Map<String, Object> attributes) {
    }

    private static void towns(GeoPackage gpkg, DiagramData d) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (TownAccess a : d.belts().towns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("town_id", a.town().id());
            m.put("town_ru", a.town().nameRu());
            m.put("town_en", a.town().nameEn());
            m.put("population", a.town().population());
            m.put("size_class", a.town().sizeClass() == null ? "" : a.town().sizeClass().id());
            m.put("status", a.status().name().toLowerCase(java.util.Locale.ROOT));
            m.put("mtd_min", a.reachable() ? a.mtdMin() : -1.0);
            m.put("belt", (long) (a.reachable() ? a.belt() : 0));
            m.put("published_mtd", a.publishedMtd() == null ? -1.0 : a.publishedMtd());
            TownScore s = d.scores().stream().filter(x -> x.town().id().equals(a.town().id())).findFirst().orElse(null);
            m.put("score", s == null ? -1.0 : s.score());
            for (String c : org.beltmap.core.model.ScoringModel.COMPONENTS) {
                m.put("c_" + c, s == null ? -1.0 : s.values().get(c));
            }
            rows.add(new Row(GF.createPoint(new org.locationtech.jts.geom.Coordinate(a.town().lon(), a.town().lat())), m));
        }
        table(gpkg, "towns", GeometryType.POINT, rows);
    }

    private static void table(GeoPackage gpkg, String name, GeometryType type, List<Row> rows) throws IOException {
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new TableColumnKey(name, "geom"));
        gc.setGeometryType(type == GeometryType.MULTIPOLYGON ? GeometryType.GEOMETRY : type);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrsId(4326L);
        Map<String, Object> sample = rows.isEmpty() ? Map.of("name", "") : rows.get(0).attributes();
        List<FeatureColumn> cols = new ArrayList<>();
        sample.forEach((k, v) -> cols.add(FeatureColumn.createColumn(k, v instanceof String ? GeoPackageDataType.TEXT
                : v instanceof Long || v instanceof Integer ? GeoPackageDataType.INTEGER : GeoPackageDataType.DOUBLE)));
        gpkg.createFeatureTable(FeatureTableMetadata.create(gc, cols));
        FeatureDao dao = gpkg.getFeatureDao(name);
        WKBWriter wkb = new WKBWriter();
        for (Row r : rows) {
            FeatureRow row = dao.newRow();
            GeoPackageGeometryData g = GeoPackageGeometryData.createFromWkbAndBuildEnvelope(wkb.write(r.geometry()));
            g.setSrsId(4326);
            row.setGeometry(g);
            r.attributes().forEach(row::setValue);
            dao.create(row);
        }
    }
}
