package org.beltmap.core.geo;

/**
 * Spherical Web Mercator in "world units": x and y in [0, 1), origin at the top-left (north-west), as the slippy
 * map tiles are numbered. Pixel = world unit × 256 × 2^zoom. Linear in x and y, so a screen transform is affine.
 */
public final class WebMercator {

    public static final double MAX_LAT = 85.05112878;

    private WebMercator() {
    }

    public static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double s = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    }

    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    public static double lat(double y) {
        double n = Math.PI - 2.0 * Math.PI * y;
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** World units per pixel at a zoom level (256-px tiles). */
    public static double unitsPerPixel(double zoom) {
        return 1.0 / (256.0 * Math.pow(2, zoom));
    }
}
