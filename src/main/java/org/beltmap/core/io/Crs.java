package org.beltmap.core.io;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;

/** Brings coordinates in any CRS Apache SIS knows to WGS84 longitude/latitude, the one CRS held in memory. */
public final class Crs {

    public static final String WGS84 = "OGC:CRS84";

    private Crs() {
    }

    /** True for the names RFC 7946 and older GeoJSON use for WGS84 lon/lat. */
    public static boolean isWgs84(String name) {
        if (name == null || name.isBlank()) {
            return true;
        }
        String n = name.toUpperCase(Locale.ROOT);
        return n.endsWith("CRS84") || n.equals("EPSG:4326") || n.endsWith("EPSG::4326") || n.endsWith("EPSG:4326")
                || n.equals("WGS84");
    }

    /**
     * A transform from the named CRS to lon/lat WGS84, or a DataException naming the file when SIS cannot build one.
     */
    public static MathTransform toWgs84(String name, Path file) {
        try {
            CoordinateReferenceSystem source = CRS.forCode(normalise(name));
            CoordinateReferenceSystem target = CommonCRS.WGS84.normalizedGeographic();
            return CRS.findOperation(source, target, null).getMathTransform();
        } catch (Exception | NoClassDefFoundError e) {
            throw new DataException(file, "crs member", "coordinate reference system '" + name
                    + "' is not known to Apache SIS (" + e.getMessage() + ")",
                    "reproject the file to WGS84 (EPSG:4326), e.g. ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson", e);
        }
    }

    private static String normalise(String name) {
        String n = name.trim();
        // urn:ogc:def:crs:EPSG::32637 -> EPSG:32637
        int i = n.toUpperCase(Locale.ROOT).indexOf("EPSG");
        if (n.toLowerCase(Locale.ROOT).startsWith("urn:") && i >= 0) {
            String code = n.substring(n.lastIndexOf(':') + 1);
            return "EPSG:" + code;
        }
        return n;
    }

    /** Applies a transform to every coordinate of a geometry in place (lon/lat output). */
    public static void transform(Geometry g, MathTransform t) {
        double[] buf = new double[2];
        g.apply((CoordinateFilter) c -> transformCoordinate(c, t, buf));
        g.geometryChanged();
    }

    private static void transformCoordinate(Coordinate c, MathTransform t, double[] buf) {
        try {
            buf[0] = c.x;
            buf[1] = c.y;
            t.transform(buf, 0, buf, 0, 1);
            c.x = buf[0];
            c.y = buf[1];
        } catch (Exception e) {
            throw new IllegalStateException("cannot transform " + c, e);
        }
    }

    /** Plausibility check so projected data without a CRS tag is caught instead of drawn in the Atlantic. */
    public static boolean looksGeographic(double x, double y) {
        return Math.abs(x) <= 180.0 && Math.abs(y) <= 90.0;
    }
}
