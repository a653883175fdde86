package org.beltmap.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;

/**
 * The binary and the big cases of expected-readers.tsv, written at test time (never committed): GeoPackages with
 * hostile coordinates or SRS definitions, a plain SQLite file, and files whose offending value is 100 KB–500 KB.
 */
final class ReaderCorpusFiles {

    /** WGS 84 / UTM zone 37N as WKT 1, under a private code so only the definition can say what it is. */
    static final String UTM37_WKT = "PROJCS[\"WGS 84 / UTM zone 37N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
            + "SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",39],"
            + "PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],"
            + "UNIT[\"metre\",1]]";

    private ReaderCorpusFiles() {
    }

    static void generate(Path dir) throws IOException {
        point(dir.resolve("gpkg_nan.gpkg"), 4326, null, Double.NaN, 45.0);
        point(dir.resolve("gpkg_latitude_95.gpkg"), 4326, null, 39.0, 95.0);
        point(dir.resolve("gpkg_longitude_200.gpkg"), 4326, null, 200.0, 45.0);
        point(dir.resolve("gpkg_projected_as_wgs84.gpkg"), 4326, null, 500_000, 5_000_000);
        point(dir.resolve("gpkg_proj_string_srs.gpkg"), 99_001, "+proj=utm +zone=37 +datum=WGS84 +units=m +no_defs",
                500_000, 5_000_000);
        point(dir.resolve("gpkg_wkt_srs_1e308.gpkg"), 99_002, UTM37_WKT, 1e308, 5_000_000);
        point(dir.resolve("gpkg_wkt_srs_outside_zone.gpkg"), 99_003, UTM37_WKT, 10_000_000, 5_000_000);
        plainSqlite(dir.resolve("plain_sqlite.gpkg"));

        String big = "x".repeat(300_000);
        Files.writeString(dir.resolve("huge_string_in_coordinates.geojson"), "{\"type\": \"FeatureCollection\", "
                + "\"features\": [{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Point\", "
                + "\"coordinates\": [\"" + big + "\", 45.0]}}]}");
        Files.writeString(dir.resolve("huge_name_bad_geometry.geojson"), "{\"type\": \"FeatureCollection\", "
                + "\"features\": [{\"type\": \"Feature\", \"properties\": {\"name\": \"" + big + "\"}, \"geometry\": "
                + "{\"type\": \"Point\", \"coordinates\": [39.0]}}]}");
        Files.writeString(dir.resolve("huge_crs_name.geojson"), "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": "
                + "\"name\", \"properties\": {\"name\": \"EPSG:" + "9".repeat(100_000) + "\"}}, \"features\": []}");
        String key = "k".repeat(40_000); // below Jackson's 50,000-character limit for names
        Files.writeString(dir.resolve("huge_duplicate_key.geojson"), "{\"type\": \"FeatureCollection\", \"features\": "
                + "[{\"type\": \"Feature\", \"properties\": {\"" + key + "\": 1, \"" + key + "\": 2}, \"geometry\": null}]}");
        Files.writeString(dir.resolve("huge_key.geojson"), "{\"type\": \"FeatureCollection\", \"features\": "
                + "[{\"type\": \"Feature\", \"properties\": {\"" + big + "\": 1}, \"geometry\": null}]}");
        Files.writeString(dir.resolve("huge_trailing_line.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}\n"
                + "<<<<<<< " + big + "\n");
        Files.writeString(dir.resolve("huge_cell.csv"), "name,lat,lon\nA," + "4".repeat(300_000) + "x,39.0\n");
        Files.writeString(dir.resolve("huge_unknown_geometry_type.geojson"), "{\"type\": \"FeatureCollection\", "
                + "\"features\": [{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"" + big
                + "\", \"coordinates\": [39.0, 45.0]}}]}");
    }

    /**
     * One point in table "towns" under {@code srsId}; {@code definition} non-null adds that SRS (organisation CUSTOM).
     * The geometry is written as raw bytes, so NaN and 1e308 reach the file as they are (the NGA writer would mark
     * a NaN point empty, which is not what a hostile file does).
     */
    static void point(Path file, long srsId, String definition, double x, double y) throws IOException {
        GeoPackageManager.create(file.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
            if (definition != null) {
                SpatialReferenceSystem srs = new SpatialReferenceSystem();
                srs.setSrsName("custom " + srsId);
                srs.setSrsId(srsId);
                srs.setOrganization("CUSTOM");
                srs.setOrganizationCoordsysId(srsId);
                srs.setDefinition(definition);
                gpkg.getSpatialReferenceSystemDao().create(srs);
            }
            GeometryColumns gc = new GeometryColumns();
            gc.setId(new TableColumnKey("towns", "geom"));
            gc.setGeometryType(GeometryType.POINT);
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrsId(srsId);
            gpkg.createFeatureTable(FeatureTableMetadata.create(gc,
                    List.of(FeatureColumn.createColumn("name", GeoPackageDataType.TEXT))));
        } catch (SQLException e) {
            throw new IOException(e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("INSERT INTO towns (geom, name) VALUES (?, ?)")) {
            s.setBytes(1, pointBlob(srsId, x, y));
            s.setString(2, "A");
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** A GeoPackage geometry blob: "GP", version 0, flags (little-endian, no envelope), srs id, then WKB. */
    static byte[] pointBlob(long srsId, double x, double y) {
        ByteBuffer b = ByteBuffer.allocate(8 + 21).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt((int) srsId);
        b.put((byte) 1).putInt(1).putDouble(x).putDouble(y);
        return b.array();
    }

    static void plainSqlite(Path file) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE towns (name TEXT, lat REAL, lon REAL)");
            s.executeUpdate("INSERT INTO towns VALUES ('Krasnodar', 45.04, 38.97)");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        if (!new String(Files.readAllBytes(file), 0, 15, StandardCharsets.US_ASCII).equals("SQLite format 3")) {
            throw new IOException("not an SQLite file: " + file);
        }
    }
}
