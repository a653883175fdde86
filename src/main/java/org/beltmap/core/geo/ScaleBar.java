package org.beltmap.core.geo;

/**
 * The scale bar's length: the longest round distance (1, 2 or 5 × 10ⁿ metres) that fits in the space given, as
 * QGIS and web maps choose it, so the bar reads "20 km" rather than "17.3 km".
 */
public final class ScaleBar {

    /** @param metres the distance the bar stands for; pixels its length on screen */
    public record Step(double metres, double pixels) {

        /** True when the bar is better labelled in km (1 km and longer). */
        public boolean inKm() {
            return metres >= 1000;
        }

        /** The number on the label, in km or m as {@link #inKm()} says. */
        public double value() {
            return inKm() ? metres / 1000 : metres;
        }
    }

    private static final double[] NICE = {5, 2, 1};

    private ScaleBar() {
    }

    /** Metres on the ground per screen pixel of Web Mercator at a latitude, for a map of px per world unit. */
    public static double metresPerPixel(double pxPerWorldUnit, double lat) {
        return Geodesy.metresPerDegreeLon(lat) * 360 / pxPerWorldUnit;
    }

    /** The longest 1/2/5 × 10ⁿ m bar no longer than {@code maxPixels}; at least 1 m. */
    public static Step choose(double metresPerPixel, double maxPixels) {
        double max = metresPerPixel * maxPixels;
        double decade = Math.pow(10, Math.floor(Math.log10(Math.max(1, max))));
        for (double n : NICE) {
            // A hair of tolerance: 100 km in exactly 100.0000001 px still fits.
            if (n * decade <= max * (1 + 1e-9)) {
                return new Step(n * decade, n * decade / metresPerPixel);
            }
        }
        return new Step(decade, decade / metresPerPixel);
    }
}
