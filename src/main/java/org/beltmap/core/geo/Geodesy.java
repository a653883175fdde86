package org.beltmap.core.geo;

/** Distances on the WGS84 mean sphere; at regional scale the error against the ellipsoid stays under 0.3 %. */
public final class Geodesy {

    public static final double EARTH_RADIUS_M = 6_371_008.8;
    public static final double METRES_PER_DEGREE = Math.toRadians(1) * EARTH_RADIUS_M;

    private Geodesy() {
    }

    /** Great-circle distance in metres (haversine). */
    public static double distanceM(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Metres per degree of longitude at a latitude, for local planar approximations. */
    public static double metresPerDegreeLon(double lat) {
        return METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
    }
}
