package org.beltmap.core.network;

import java.util.Arrays;

/**
 * Node numbering along a Hilbert curve over the nodes' extent, so that nodes near each other on the ground are
 * near each other in every per-node array: Dijkstra's wavefront then touches few cache lines and pages (its limit
 * is memory access, not arithmetic). Ids are internal, so only locality changes; equal keys keep input order.
 */
final class NodeOrder {

    /** Cells per axis of the curve: 2^16, about 15 m over a 1,000 km region. */
    private static final int BITS = 16;

    private NodeOrder() {
    }

    /** The new id of each node (a permutation of 0..n-1) for the first {@code n} coordinates. */
    static int[] hilbert(double[] lon, double[] lat, int n) {
        if (n == 0) {
            return new int[0];
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, lon[i]);
            maxX = Math.max(maxX, lon[i]);
            minY = Math.min(minY, lat[i]);
            maxY = Math.max(maxY, lat[i]);
        }
        // Square cells on the ground: longitude shrinks by the cosine of the middle latitude.
        double kx = Math.cos(Math.toRadians((minY + maxY) / 2));
        double span = Math.max((maxX - minX) * kx, maxY - minY);
        double scale = span > 0 ? ((1 << BITS) - 1) / span : 0;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int x = (int) ((lon[i] - minX) * kx * scale);
            int y = (int) ((lat[i] - minY) * scale);
            keys[i] = (key(x, y) << 31) | i;
        }
        Arrays.sort(keys);
        int[] newId = new int[n];
        for (int r = 0; r < n; r++) {
            newId[(int) (keys[r] & 0x7fffffffL)] = r;
        }
        return newId;
    }

    /** The distance along the Hilbert curve of cell (x, y), both below 2^16 (the classic xy2d). */
    static long key(int x, int y) {
        long d = 0;
        for (int s = 1 << (BITS - 1); s > 0; s >>>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }

    /** {@code values} moved to the new ids: out[newId[i]] = values[i]. */
    static double[] permute(double[] values, int[] newId) {
        double[] out = new double[newId.length];
        for (int i = 0; i < newId.length; i++) {
            out[newId[i]] = values[i];
        }
        return out;
    }

    /** Node references (edge ends) renamed in place to the new ids. */
    static void rename(int[] nodes, int count, int[] newId) {
        for (int e = 0; e < count; e++) {
            nodes[e] = newId[nodes[e]];
        }
    }
}
