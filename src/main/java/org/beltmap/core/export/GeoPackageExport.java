package org.beltmap.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.beltmap.core.model.Scenario;
import org.locationtech.jts.io.WKBWriter;

/**
 * The analysis as one GeoPackage (EPSG:4326) that GDAL and QGIS open: towns with МТД, belt, score and its
 * components; isochrones; rays; bundles; and the active scenario's planned roads. Written to a temporary file
 * and moved into place, so a failed export never leaves half a file.
 */
public final class GeoPackageExport {

    private GeoPackageExport() {
    }

    public static void write(DiagramData d, Scenario scenario, Path out) throws IOException {
        write(AnalysisTables.of(d, scenario), out);
    }

    public static void write(List<AnalysisTables.Table> tables, Path out) throws IOException {
        Path tmp = org.beltmap.core.io.AtomicFiles.tempFor(out, ".gpkg"); // the library wants the extension
        Files.delete(tmp);
        GeoPackageManager.create(tmp.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(tmp.toFile())) {
            for (AnalysisTables.Table t : tables) {
                table(gpkg, t.name(), t.kind() == AnalysisTables.Kind.POINT ? GeometryType.POINT
                        : t.kind() == AnalysisTables.Kind.LINESTRING ? GeometryType.LINESTRING : GeometryType.MULTIPOLYGON,
                        t.rows(), t.columns());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        org.beltmap.core.io.AtomicFiles.commit(tmp, out);
    }

    private static void table(GeoPackage gpkg, String name, GeometryType type, List<AnalysisTables.Row> rows,
                              Map<String, Class<?>> types) throws IOException {
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new TableColumnKey(name, "geom"));
        gc.setGeometryType(type);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrsId(4326L);
        Map<String, Class<?>> sample = rows.isEmpty() ? Map.of("name", String.class) : types;
        List<FeatureColumn> cols = new ArrayList<>();
        sample.forEach((k, v) -> cols.add(FeatureColumn.createColumn(k, v == String.class ? GeoPackageDataType.TEXT
                : v == Long.class ? GeoPackageDataType.INTEGER : GeoPackageDataType.DOUBLE)));
        gpkg.createFeatureTable(FeatureTableMetadata.create(gc, cols));
        FeatureDao dao = gpkg.getFeatureDao(name);
        WKBWriter wkb = new WKBWriter();
        for (AnalysisTables.Row r : rows) {
            FeatureRow row = dao.newRow();
            GeoPackageGeometryData g = GeoPackageGeometryData.createFromWkbAndBuildEnvelope(wkb.write(r.geometry()));
            g.setSrsId(4326);
            row.setGeometry(g);
            r.attributes().forEach(row::setValue);
            dao.create(row);
        }
    }
}
