package org.beltmap.core.network;

/**
 * The one off-road model of МТД and isochrones: a point is reached by driving onto an edge, along it, and
 * leaving it anywhere in a straight line at {@code k} minutes per metre (detour factor over access speed), at most
 * {@code maxM} metres. For a segment entered at one end at time t0 the best exit point has a closed form (the
 * refraction rule of a fast road and slow ground), so the minimum is exact, not sampled.
 *
 * <p>Coordinates are metres in a local plane around the point (east, north); the caller projects.
 */
public final class OffRoad {

    private OffRoad() {
    }

    /**
     * Minutes to reach ({@code px}, {@code py}) by entering the segment at P0 at {@code t0}, driving towards P1
     * (the whole segment takes {@code minutes}) and walking off; +∞ when no exit point lies within {@code maxM}.
     *
     * @param out when not null, receives {fraction of the exit point from P0, off-road metres}
     */
    public static double viaSegment(double x0, double y0, double x1, double y1, double t0, double minutes,
                                    double px, double py, double k, double maxM, double[] out) {
        double qx = px - x0;
        double qy = py - y0;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double l2 = dx * dx + dy * dy;
        if (l2 == 0 || !(minutes < Double.POSITIVE_INFINITY)) {
            // A point, or a closed edge that can only be left where it is entered.
            double d = Math.sqrt(qx * qx + qy * qy);
            if (d > maxM) {
                return Double.POSITIVE_INFINITY;
            }
            if (out != null) {
                out[0] = 0;
                out[1] = d;
            }
            return t0 + k * d;
        }
        double len = Math.sqrt(l2);
        double s = (qx * dx + qy * dy) / len;
        double h = Math.abs(qx * dy - qy * dx) / len;
        double lo = 0;
        double hi = len;
        if (maxM < Double.POSITIVE_INFINITY) {
            if (h > maxM) {
                return Double.POSITIVE_INFINITY;
            }
            double w = Math.sqrt(Math.max(0, maxM * maxM - h * h));
            lo = Math.max(0, s - w);
            hi = Math.min(len, s + w);
            if (lo > hi) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double r = minutes / len;
        double u;
        if (r >= k) {
            // Walking is no slower than this road: leave it as soon as possible.
            u = lo;
        } else {
            u = Math.max(lo, Math.min(hi, s - h * r / Math.sqrt(k * k - r * r)));
        }
        double du = u - s;
        double d = Math.sqrt(du * du + h * h);
        if (out != null) {
            out[0] = u / len;
            out[1] = d;
        }
        return t0 + r * u + k * d;
    }

    /** Minutes per straight metre off the network: the detour factor at the access speed. */
    public static double minutesPerMetre(double detourFactor, double accessSpeedKmh) {
        return detourFactor / accessSpeedKmh * 60 / 1000;
    }
}
