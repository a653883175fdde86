package org.beltmap.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads one feature table of a GeoPackage (NGA library), reprojecting to WGS84 when its SRS is another, with the
 * coordinate checks of the GeoJSON and CSV readers (finite, degrees in range, inside the SRS's area).
 */
public final class GeoPackageLayerReader {

    private static final String REPROJECT = "reproject the layer to EPSG:4326 (QGIS: Export → Save Features As; "
            + "ogr2ogr -t_srs EPSG:4326 out.gpkg in.gpkg)";

    private GeoPackageLayerReader() {
    }

    public record Result(List<Feature> features, List<String> fields, String crs, String table) {
    }

    public static List<String> featureTables(Path file) {
        try (GeoPackage gpkg = open(file)) {
            return tables(file, gpkg);
        }
    }

    /** Reads {@code table}, or the first feature table when null. */
    public static Result read(Path file, String table) {
        try (GeoPackage gpkg = open(file)) {
            List<String> tables = tables(file, gpkg);
            if (tables.isEmpty()) {
                throw new DataException(file, null, "has no feature tables", "add a vector layer to the GeoPackage");
            }
            String t = table == null ? tables.get(0) : table;
            if (!tables.contains(t)) {
                throw new DataException(file, "table " + DataException.quote(t), "no such feature table",
                        "use one of " + DataException.quote(tables));
            }
            Srs srs = srs(file, gpkg, t);
            FeatureDao dao;
            try {
                dao = gpkg.getFeatureDao(t);
            } catch (RuntimeException e) {
                throw new DataException(file, "table " + t, "the GeoPackage library cannot use the table's SRS " + srs.name
                        + " (" + DataException.quote(e.getMessage()) + ")", REPROJECT, e);
            }
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
                int geometryColumn = rs.getColumnIndex(dao.getGeometryColumnName());
                while (rs.moveToNext()) {
                    String record = "table " + t + " row " + rs.getId();
                    Map<String, Object> attrs = new LinkedHashMap<>();
                    for (String f : fields) {
                        attrs.put(f, rs.getValue(f));
                    }
                    Geometry g;
                    try {
                        // The blob decoded here, not by the NGA library: it drops a point with one NaN silently.
                        g = geometry(rs.getBlob(geometryColumn), wkb);
                    } catch (ParseException | RuntimeException e) {
                        throw new DataException(file, record, "unreadable geometry (" + DataException.quote(e.getMessage())
                                + ")", "repair the geometry in QGIS or GDAL", e);
                    }
                    if (g != null && !g.isEmpty()) {
                        if (srs.to != null) {
                            srs.to.apply(file, record, g, "the table's SRS");
                        } else {
                            CoordinateChecks.lonLat(file, record, g, "the table's SRS is " + srs.name,
                                    "set the table's SRS to the CRS the coordinates are in, or " + REPROJECT);
                        }
                    }
                    features.add(new Feature(features.size(), g, attrs));
                }
            } finally {
                rs.close();
            }
            return new Result(features, fields, srs.name.startsWith("undefined") ? Crs.WGS84 : srs.name, t);
        }
    }

    /**
     * A GeoPackage geometry blob (GeoPackage 1.x section 2.1.3): "GP", version, flags, srs_id, an optional
     * envelope, then WKB. Null for a null cell.
     */
    static Geometry geometry(byte[] blob, WKBReader wkb) throws ParseException {
        if (blob == null) {
            return null;
        }
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new ParseException("not a GeoPackage geometry (no GP header)");
        }
        int envelope = switch ((blob[3] >> 1) & 0x7) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new ParseException("invalid envelope code in the geometry header");
        };
        if (blob.length <= 8 + envelope) {
            throw new ParseException("the geometry ends after its header");
        }
        byte[] body = java.util.Arrays.copyOfRange(blob, 8 + envelope, blob.length);
        Geometry g = wkb.read(body);
        if (g instanceof org.locationtech.jts.geom.Point p && p.isEmpty() && body.length >= 21) {
            // JTS reads POINT(NaN 45) as empty, like the spec's empty POINT(NaN NaN): keep the one NaN to refuse it
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(body, 5, 16)
                    .order(body[0] == 1 ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
            double x = b.getDouble();
            double y = b.getDouble();
            if (Double.isNaN(x) != Double.isNaN(y)) {
                return g.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(x, y));
            }
        }
        return g;
    }

    /** The table's SRS by name, and the way to WGS84 (null: the coordinates are degrees already). */
    private record Srs(String name, Crs.Reprojection to) {
    }

    /**
     * From gpkg_spatial_ref_sys, before the NGA library parses it: its own error for a PROJ string or other non-WKT
     * definition says nothing a user can act on (and logs a stack trace per attempt).
     */
    private static Srs srs(Path file, GeoPackage gpkg, String table) {
        SpatialReferenceSystem s;
        try {
            GeometryColumns gc = gpkg.getGeometryColumnsDao().queryForTableName(table);
            s = gc == null ? null : gpkg.getSpatialReferenceSystemDao().queryForId(gc.getSrsId());
        } catch (java.sql.SQLException | RuntimeException e) {
            s = null;
        }
        if (s == null) {
            return new Srs(Crs.WGS84, null);
        }
        if (s.getSrsId() == 0 || s.getSrsId() == -1 || "NONE".equalsIgnoreCase(s.getOrganization())) {
            // GeoPackage's "undefined geographic" (0) and "undefined Cartesian" (-1): accepted if they are degrees
            return new Srs("undefined (srs_id " + s.getSrsId() + ")", null);
        }
        String name = s.getOrganization() + ":" + s.getOrganizationCoordsysId();
        if (Crs.isWgs84(name)) {
            return new Srs(name, null);
        }
        try {
            return new Srs(name, Crs.reprojection(name, file));
        } catch (DataException unknownCode) {
            String definition = s.getDefinition();
            Crs.Reprojection fromWkt = definition == null ? null : Crs.fromWkt(name, definition);
            if (fromWkt != null) {
                return new Srs(name, fromWkt);
            }
            throw new DataException(file, "table " + table, "its SRS " + DataException.quote(name)
                    + " is not a CRS code Apache SIS knows, and its definition is not WKT ("
                    + DataException.quote(definition == null ? "none" : definition) + ")",
                    REPROJECT + ", or give the SRS a WKT definition", unknownCode);
        }
    }

    private static List<String> tables(Path file, GeoPackage gpkg) {
        try {
            return gpkg.getFeatureTables();
        } catch (RuntimeException e) {
            throw new DataException(file, null, "is not a readable GeoPackage (" + DataException.quote(e.getMessage()) + ")",
                    "check the file is a GeoPackage (.gpkg) written by QGIS/GDAL", e);
        }
    }

    private static GeoPackage open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file, null, "file not found", "check the path (relative paths in a project are relative to the project file)");
        }
        GeoPackage gpkg;
        try {
            gpkg = GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw new DataException(file, null, "not a readable GeoPackage (" + DataException.quote(e.getMessage()) + ")",
                    "check the file is a GeoPackage (.gpkg) written by QGIS/GDAL", e);
        }
        boolean contents;
        try {
            contents = gpkg.getContentsDao().isTableExists();
        } catch (java.sql.SQLException | RuntimeException e) {
            contents = false;
        }
        if (!contents) {
            gpkg.close();
            throw new DataException(file, null, "is an SQLite database but not a GeoPackage (it has no gpkg_contents"
                    + " table; a SpatiaLite or other SQLite file is not read)",
                    "save the layer as a GeoPackage: QGIS Export → Save Features As → GeoPackage, or "
                            + "ogr2ogr -f GPKG out.gpkg in.sqlite");
        }
        return gpkg;
    }
}
