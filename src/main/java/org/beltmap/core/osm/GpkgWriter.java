package org.beltmap.core.osm;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.sql.DriverManager;
import java.sql.Statement;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * A GeoPackage 1.3 (EPSG:4326) written table by table through one SQLite connection in one transaction: the base
 * tables, each feature table with its metadata rows, and every feature, each geometry as the GeoPackage binary header
 * plus WKB. (NGA's writer commits and syncs a dozen times per table; this way a project's seven tables and a million
 * vertices take well under a second. The file is read back with NGA like any other GeoPackage.)
 */
final class GpkgWriter implements Closeable {

    /** A column: name and one of TEXT, INTEGER, DOUBLE. */
    record Column(String name, GeoPackageDataType type) {
        static Column text(String n) {
            return new Column(n, GeoPackageDataType.TEXT);
        }

        static Column integer(String n) {
            return new Column(n, GeoPackageDataType.INTEGER);
        }

        static Column real(String n) {
            return new Column(n, GeoPackageDataType.DOUBLE);
        }
    }

    /** The GeoPackage 1.3 base: application id, version, the required SRS rows and the contents table. */
    private static final String[] BASE = {
        "PRAGMA application_id = 1196444487", "PRAGMA user_version = 10300",
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT "
            + "NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)",
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\",DATUM["
            + "\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\","
            + "\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
            + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]', 'longitude/latitude coordinates in decimal "
            + "degrees on the WGS 84 spheroid')",
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', "
            + "'undefined cartesian coordinate reference system')",
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', "
            + "'undefined geographic coordinate reference system')",
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT "
            + "UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ',"
            + "'now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT "
            + "fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"};

    private final Connection jdbc;
    private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
    private PreparedStatement insert;
    private List<Column> columns;
    private String table;
    private final Envelope extent = new Envelope();
    private int batched;

    GpkgWriter(Path file) throws IOException {
        try {
            jdbc = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = jdbc.createStatement()) {
                // Written into a temporary folder and moved into place when complete: no need to sync each step.
                st.execute("PRAGMA synchronous=OFF");
                st.execute("PRAGMA journal_mode=MEMORY");
                for (String sql : BASE) {
                    st.execute(sql);
                }
                st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT "
                        + "NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT "
                        + "NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT "
                        + "uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES "
                        + "gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES "
                        + "gpkg_spatial_ref_sys (srs_id))");
            }
            jdbc.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Starts a table; rows follow with {@link #row}, until the next table or {@link #close}. */
    void table(String name, GeometryType type, List<Column> cols) throws IOException {
        finishTable();
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + name + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT "
                + "NOT NULL, geom " + type.getName());
        StringBuilder sql = new StringBuilder("INSERT INTO \"" + name + "\" (geom");
        for (Column c : cols) {
            ddl.append(", \"").append(c.name()).append("\" ").append(c.type().name());
            sql.append(", \"").append(c.name()).append('"');
        }
        ddl.append(')');
        sql.append(") VALUES (?").append(", ?".repeat(cols.size())).append(')');
        try (Statement st = jdbc.createStatement()) {
            st.execute(ddl.toString());
            try (PreparedStatement c = jdbc.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, "
                    + "identifier, srs_id) VALUES (?, 'features', ?, 4326)")) {
                c.setString(1, name);
                c.setString(2, name);
                c.execute();
            }
            try (PreparedStatement meta = jdbc.prepareStatement("INSERT INTO gpkg_geometry_columns (table_name, "
                    + "column_name, geometry_type_name, srs_id, z, m) VALUES (?, 'geom', ?, 4326, 0, 0)")) {
                meta.setString(1, name);
                meta.setString(2, type.getName());
                meta.execute();
            }
            insert = jdbc.prepareStatement(sql.toString());
        } catch (SQLException e) {
            throw new IOException("cannot write table " + name + ": " + e.getMessage(), e);
        }
        columns = cols;
        table = name;
        extent.setToNull();
    }

    /** One row: the geometry and one value per column (String, Number or null). */
    void row(Geometry g, Object... values) throws IOException {
        row(encode(g), values);
    }

    private ByteBuffer line = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    /**
     * One line row straight from the extract's arrays (refs {@code from..to} of {@code d}), consecutive repeated
     * points dropped: no Coordinate or JTS geometry per vertex. Returns false (and writes nothing) when fewer than two
     * distinct points remain.
     */
    boolean lineRow(OsmData d, int from, int to, Object... values) throws IOException {
        int need = 8 + 32 + 9 + 16 * (to - from);
        if (line.capacity() < need) {
            line = ByteBuffer.allocate(Integer.highestOneBit(need) << 1).order(ByteOrder.LITTLE_ENDIAN);
        }
        ByteBuffer b = line;
        b.clear();
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b011).putInt(4326);
        b.position(8 + 32);
        b.put((byte) 1).putInt(2).putInt(0);
        int n = 0;
        int last = -1;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int r = from; r < to; r++) {
            int i = d.refNode[r];
            if (last >= 0 && (i == last || d.lon[i] == d.lon[last] && d.lat[i] == d.lat[last])) {
                continue;
            }
            double x = d.lon[i] / 1e7;
            double y = d.lat[i] / 1e7;
            b.putDouble(x).putDouble(y);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            last = i;
            n++;
        }
        if (n < 2) {
            return false;
        }
        int end = b.position();
        b.putInt(8 + 32 + 5, n);
        b.putDouble(8, minX).putDouble(16, maxX).putDouble(24, minY).putDouble(32, maxY);
        extent.expandToInclude(minX, minY);
        extent.expandToInclude(maxX, maxY);
        row(java.util.Arrays.copyOf(b.array(), end), values);
        return true;
    }

    private void row(byte[] geometry, Object... values) throws IOException {
        try {
            insert.setBytes(1, geometry);
            for (int i = 0; i < columns.size(); i++) {
                Object v = values[i];
                if (v == null) {
                    insert.setNull(i + 2, columns.get(i).type() == GeoPackageDataType.TEXT ? Types.VARCHAR
                            : columns.get(i).type() == GeoPackageDataType.INTEGER ? Types.BIGINT : Types.DOUBLE);
                } else if (v instanceof String s) {
                    insert.setString(i + 2, s);
                } else if (v instanceof Integer || v instanceof Long) {
                    insert.setLong(i + 2, ((Number) v).longValue());
                } else {
                    insert.setDouble(i + 2, ((Number) v).doubleValue());
                }
            }
            insert.addBatch();
            if (++batched == 2000) {
                insert.executeBatch();
                batched = 0;
            }
        } catch (SQLException e) {
            throw new IOException("cannot write a row: " + e.getMessage(), e);
        }
    }

    /** GeoPackage binary: "GP", version 0, flags (little endian, xy envelope), SRS id, envelope, then WKB. */
    private byte[] encode(Geometry g) {
        byte[] body = wkb.write(g);
        Envelope e = g.getEnvelopeInternal();
        extent.expandToInclude(e);
        ByteBuffer b = ByteBuffer.allocate(8 + 32 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b011).putInt(4326);
        b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        b.put(body);
        return b.array();
    }

    private void finishTable() throws IOException {
        if (insert == null) {
            return;
        }
        try {
            if (batched > 0) {
                insert.executeBatch();
            }
            insert.close();
            try (PreparedStatement c = jdbc.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, "
                    + "max_y = ? WHERE table_name = ?")) {
                c.setDouble(1, extent.getMinX());
                c.setDouble(2, extent.getMinY());
                c.setDouble(3, extent.getMaxX());
                c.setDouble(4, extent.getMaxY());
                c.setString(5, table);
                c.execute();
            }
        } catch (SQLException e) {
            throw new IOException("cannot finish table " + table + ": " + e.getMessage(), e);
        }
        insert = null;
        batched = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            finishTable();
            jdbc.commit();
        } catch (SQLException e) {
            throw new IOException("cannot finish the GeoPackage: " + e.getMessage(), e);
        } finally {
            try {
                jdbc.close();
            } catch (SQLException e) {
                // closing after a failure: the folder is removed anyway
            }
        }
    }
}
