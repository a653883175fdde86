package org.beltmap.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sis.io.wkt.Convention;
import org.apache.sis.io.wkt.WKTFormat;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.CoordinateOperation;
import org.opengis.referencing.operation.MathTransform;

/**
 * The coordinate system of a Shapefile's {@code .prj} (WKT 1 as ESRI writes it), read with Apache SIS, and the
 * transform to WGS84 lon/lat. ESRI WKT carries no datum shift, so for the Soviet/Russian datums (Pulkovo 1942,
 * Pulkovo 1995, the base of SK-42, SK-95 and most MSK zones) the shift of GOST R 51794 is added, as PROJ does;
 * without it positions would be off by about 100 m.
 */
final class ShapefilePrj {

    /** Position-vector Helmert parameters (m, arc-seconds, ppm) as in GOST R 51794 and PROJ's defaults. */
    private static final String PULKOVO_1942 = "TOWGS84[23.57,-140.95,-79.8,0,0.35,0.79,-0.22]";
    private static final String PULKOVO_1995 = "TOWGS84[24.47,-130.89,-81.56,0,0,0.13,-0.22]";
    private static final Pattern DATUM = Pattern.compile("DATUM\\s*\\[\\s*\"([^\"]*)\"\\s*,\\s*SPHEROID\\s*\\[[^\\]]*\\]");

    /** The CRS's name, the transform to lon/lat, and the operation's accuracy in metres (NaN when unknown). */
    record Projection(String name, MathTransform toWgs84, double accuracyM) {
    }

    private ShapefilePrj() {
    }

    static Projection read(Path shp, String prjName, String wkt) {
        String text = withDatumShift(wkt.trim());
        try {
            WKTFormat format = new WKTFormat();
            format.setConvention(Convention.WKT1_COMMON_UNITS); // ESRI: angles in degrees whatever the unit says
            Object parsed = format.parseObject(text);
            if (!(parsed instanceof CoordinateReferenceSystem crs)) {
                throw new IllegalArgumentException("it describes a " + parsed.getClass().getSimpleName()
                        + ", not a coordinate system");
            }
            CoordinateOperation op = CRS.findOperation(crs, CommonCRS.WGS84.normalizedGeographic(), null);
            return new Projection(crs.getName().getCode(), op.getMathTransform(), CRS.getLinearAccuracy(op));
        } catch (Exception | NoClassDefFoundError e) {
            throw new DataException(shp, prjName, "describes a coordinate system Apache SIS cannot read ("
                    + e.getMessage() + ")", "replace " + prjName + " with the one from the data's source, or reproject"
                    + " the layer to WGS84: ogr2ogr -t_srs EPSG:4326 out.shp in.shp", e);
        }
    }

    /** Adds the GOST shift to a Pulkovo datum that has none; other WKT is returned unchanged. */
    static String withDatumShift(String wkt) {
        if (wkt.toUpperCase(Locale.ROOT).contains("TOWGS84")) {
            return wkt;
        }
        Matcher m = DATUM.matcher(wkt);
        if (!m.find()) {
            return wkt;
        }
        String datum = m.group(1).toLowerCase(Locale.ROOT);
        String shift = datum.contains("pulkovo_1942") || datum.contains("pulkovo 1942") ? PULKOVO_1942
                : datum.contains("pulkovo_1995") || datum.contains("pulkovo 1995") ? PULKOVO_1995 : null;
        return shift == null ? wkt : wkt.substring(0, m.end()) + "," + shift + wkt.substring(m.end());
    }
}
