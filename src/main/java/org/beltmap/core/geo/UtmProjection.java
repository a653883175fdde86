package org.beltmap.core.geo;

import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.operation.MathTransform;

/**
 * Lon/lat ⇄ metres in the UTM zone of a region's centre (Apache SIS, no EPSG database needed). Buffers and areas
 * are computed in metres; a region a few hundred km wide stays within ~0.1 % scale error of its own zone.
 */
public final class UtmProjection {

    private final ProjectedCRS crs;
    private final MathTransform forward;
    private final MathTransform inverse;

    public UtmProjection(double lon, double lat) {
        try {
            crs = CommonCRS.WGS84.universal(lat, lon);
            forward = CRS.findOperation(CommonCRS.WGS84.normalizedGeographic(), crs, null).getMathTransform();
            inverse = forward.inverse();
        } catch (Exception e) {
            throw new IllegalStateException("no UTM projection for " + lon + ", " + lat + ": " + e.getMessage(), e);
        }
    }

    /** The zone of the envelope's centre, e.g. UTM 37N for Krasnodar Krai. */
    public static UtmProjection forExtent(Envelope lonLat) {
        if (lonLat == null || lonLat.isNull()) {
            throw new IllegalArgumentException("the region has no extent (no towns and no lines) to choose a UTM zone");
        }
        return new UtmProjection(lonLat.centre().x, lonLat.centre().y);
    }

    public String name() {
        return crs.getName().getCode();
    }

    /** A projected copy (metres); the argument is left untouched. */
    public Geometry toMetric(Geometry lonLat) {
        return apply(lonLat, forward);
    }

    /** A lon/lat copy of a metric geometry. */
    public Geometry toLonLat(Geometry metric) {
        return apply(metric, inverse);
    }

    public Coordinate toMetric(double lon, double lat) {
        double[] p = {lon, lat};
        transform(forward, p);
        return new Coordinate(p[0], p[1]);
    }

    private static Geometry apply(Geometry g, MathTransform t) {
        Geometry copy = g.copy();
        double[] buf = new double[2];
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                buf[0] = seq.getX(i);
                buf[1] = seq.getY(i);
                transform(t, buf);
                seq.setOrdinate(i, 0, buf[0]);
                seq.setOrdinate(i, 1, buf[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    private static void transform(MathTransform t, double[] p) {
        try {
            t.transform(p, 0, p, 0, 1);
        } catch (Exception e) {
            throw new IllegalStateException("cannot project " + p[0] + ", " + p[1], e);
        }
    }
}
