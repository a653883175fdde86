package org.beltmap.core.io;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.opengis.metadata.extent.GeographicBoundingBox;
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
            throw new DataException(file, "crs member", "coordinate reference system '" + DataException.quote(name)
                    + "' is not known to Apache SIS (" + DataException.quote(e.getMessage()) + ")",
                    "reproject the file to WGS84 (EPSG:4326), e.g. ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson", e);
        }
    }

    /**
     * A transform to WGS84 with the source CRS's area of validity (null when SIS knows none), so reprojected
     * coordinates can be checked: a projected 1e308 must not become longitude 8.98e305.
     */
    public record Reprojection(String name, MathTransform transform, GeographicBoundingBox area) {

        /** Degrees a position may lie outside the CRS's area (UTM and Gauss-Krüger zones are used beyond theirs). */
        static final double MARGIN = 10;
        /** Larger source coordinates are refused before transforming (metres or feet of any projection). */
        static final double FAR = 1e8;

        /**
         * Reprojects {@code g} in place; a position that does not transform, is not finite, or lands outside the
         * world or the CRS's area is refused naming the record. {@code declaredBy}: "the 'crs' member".
         */
        public void apply(Path file, String record, Geometry g, String declaredBy) {
            double[] buf = new double[2];
            double[][] bad = new double[1][];
            g.apply(new CoordinateSequenceFilter() {
                @Override
                public void filter(CoordinateSequence seq, int i) {
                    buf[0] = seq.getX(i);
                    buf[1] = seq.getY(i);
                    double x = buf[0];
                    double y = buf[1];
                    try {
                        // No place on Earth is 100,000 km from a projection's origin; some inverses still "work".
                        if (!(Math.abs(x) <= FAR && Math.abs(y) <= FAR)) {
                            buf[0] = Double.NaN;
                        } else {
                            transform.transform(buf, 0, buf, 0, 1);
                        }
                    } catch (Exception e) {
                        buf[0] = Double.NaN;
                    }
                    if (!inside(buf[0], buf[1])) {
                        bad[0] = new double[] {x, y, buf[0], buf[1]};
                        return;
                    }
                    seq.setOrdinate(i, 0, buf[0]);
                    seq.setOrdinate(i, 1, buf[1]);
                }

                @Override
                public boolean isDone() {
                    return bad[0] != null;
                }

                @Override
                public boolean isGeometryChanged() {
                    return true;
                }
            });
            if (bad[0] != null) {
                double[] b = bad[0];
                String result = Double.isFinite(b[2]) && Double.isFinite(b[3])
                        ? "reprojected to longitude " + b[2] + ", latitude " + b[3] : "they cannot be reprojected";
                throw new DataException(file, record, "coordinates (" + b[0] + ", " + b[1] + ") in " + name
                        + " lie outside the area where that CRS is valid" + areaText() + ": " + result,
                        "check that " + declaredBy + " names the CRS the coordinates are really in and that the values"
                                + " are not mistyped (metres, not millimetres)");
            }
        }

        private boolean inside(double lon, double lat) {
            if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
                return false; // NaN too
            }
            if (area == null) {
                return true;
            }
            double w = area.getWestBoundLongitude();
            double e = area.getEastBoundLongitude();
            boolean inLat = lat >= area.getSouthBoundLatitude() - MARGIN && lat <= area.getNorthBoundLatitude() + MARGIN;
            boolean inLon = w <= e ? lon >= w - MARGIN && lon <= e + MARGIN
                    : lon >= w - MARGIN || lon <= e + MARGIN; // the area crosses the antimeridian
            return inLat && (inLon || e - w >= 360 - 2 * MARGIN);
        }

        private String areaText() {
            return area == null ? "" : String.format(Locale.ROOT, " (longitude %.1f..%.1f, latitude %.1f..%.1f)",
                    area.getWestBoundLongitude(), area.getEastBoundLongitude(), area.getSouthBoundLatitude(),
                    area.getNorthBoundLatitude());
        }
    }

    /** As {@link #toWgs84}, with the area the CRS is valid in. */
    public static Reprojection reprojection(String name, Path file) {
        MathTransform t = toWgs84(name, file);
        GeographicBoundingBox area = null;
        try {
            area = areaOf(CRS.forCode(normalise(name)));
        } catch (Exception | LinkageError e) {
            // no area known: only the world's bounds are checked
        }
        return new Reprojection(name, t, area);
    }

    /** A CRS given as WKT (a GeoPackage's SRS definition), or null when the text is not WKT that SIS can read. */
    public static Reprojection fromWkt(String name, String wkt) {
        try {
            CoordinateReferenceSystem source = CRS.fromWKT(wkt);
            MathTransform t = CRS.findOperation(source, CommonCRS.WGS84.normalizedGeographic(), null).getMathTransform();
            return new Reprojection(name, t, areaOf(source));
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /**
     * The CRS's declared area, or for a Transverse Mercator zone (UTM, Gauss-Krüger; SIS without the EPSG database
     * declares none) its central meridian ± 3°: far outside it the projection's inverse gives nonsense longitudes.
     */
    static GeographicBoundingBox areaOf(CoordinateReferenceSystem crs) {
        GeographicBoundingBox box = CRS.getGeographicBoundingBox(crs);
        if (box != null || !(crs instanceof org.opengis.referencing.crs.ProjectedCRS p)) {
            return box;
        }
        try {
            var conversion = p.getConversionFromBase();
            if (!conversion.getMethod().getName().getCode().toLowerCase(Locale.ROOT).contains("transverse mercator")) {
                return null;
            }
            double lon0 = conversion.getParameterValues().parameter("central_meridian").doubleValue();
            return new org.apache.sis.metadata.iso.extent.DefaultGeographicBoundingBox(lon0 - 3, lon0 + 3, -84, 84);
        } catch (RuntimeException e) {
            return null;
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

    /** Plausibility check so projected data without a CRS tag is caught instead of drawn in the Atlantic. */
    public static boolean looksGeographic(double x, double y) {
        return Math.abs(x) <= 180.0 && Math.abs(y) <= 90.0;
    }
}
