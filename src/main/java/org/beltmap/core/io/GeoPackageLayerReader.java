package org.beltmap.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.opengis.referencing.operation.MathTransform;

/** Reads one feature table of a GeoPackage (NGA library), reprojecting to WGS84 when its SRS is another. */
public final class GeoPackageLayerReader {

    private GeoPackageLayerReader() {
    }

    public record Result(List<Feature> features, List<String> fields, String crs, String table) {
    }

    public static List<String> featureTables(Path file) {
        try (GeoPackage gpkg = open(file)) {
            return gpkg.getFeatureTables();
        }
    }

    /** Reads {@code table}, or the first feature table when null. */
    public static Result read(Path file, String table) {
        try (GeoPackage gpkg = open(file)) {
            List<String> tables = gpkg.getFeatureTables();
            if (tables.isEmpty()) {
                throw new DataException(file, null, "has no feature tables", "add a vector layer to the GeoPackage");
            }
            String t = table == null ? tables.get(0) : table;
            if (!tables.contains(t)) {
                throw new DataException(file, "table " + t, "no such feature table", "use one of " + tables);
            }
            FeatureDao dao = gpkg.getFeatureDao(t);
            String crs = dao.getSrs() == null ? Crs.WGS84
                    : dao.getSrs().getOrganization() + ":" + dao.getSrs().getOrganizationCoordsysId();
            MathTransform transform = Crs.isWgs84(crs) ? null : Crs.toWgs84(crs, file);
            List<String> fields = new ArrayList<>();
            for (String c : dao.getColumnNames()) {
                if (!c.equals(dao.getGeometryColumnName()) && !c.equals(dao.getPkColumnName())) {
                    fields.add(c);
                }
            }
            List<Feature> features = new ArrayList<>();
            WKBReader wkb = new WKBReader();
            FeatureResultSet rs = dao.queryForAll();
            try {
                while (rs.moveToNext()) {
                    FeatureRow row = rs.getRow();
                    Map<String, Object> attrs = new LinkedHashMap<>();
                    for (String f : fields) {
                        attrs.put(f, row.getValue(f));
                    }
                    Geometry g = null;
                    GeoPackageGeometryData data = row.getGeometry();
                    if (data != null && data.getGeometry() != null) {
                        try {
                            g = wkb.read(data.getWkb());
                        } catch (Exception e) {
                            throw new DataException(file, "table " + t + " row " + row.getId(), "unreadable geometry",
                                    "repair the geometry in QGIS or GDAL", e);
                        }
                        if (transform != null) {
                            Crs.transform(g, transform);
                        }
                    }
                    features.add(new Feature(features.size(), g, attrs));
                }
            } finally {
                rs.close();
            }
            return new Result(features, fields, crs, t);
        }
    }

    private static GeoPackage open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file, null, "file not found", "check the path (relative paths in a project are relative to the project file)");
        }
        try {
            return GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw new DataException(file, null, "not a readable GeoPackage (" + e.getMessage() + ")",
                    "check the file is a GeoPackage (.gpkg) written by QGIS/GDAL", e);
        }
    }
}
