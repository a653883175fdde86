package org.beltmap.core.network;

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
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            int x = (int) ((lon[i] - minX) * kx * scale);
            int y = (int) ((lat[i] - minY) * scale);
            keys[i] = (int) key(x, y);
        }
        // Two stable counting passes of 16 bits each (the key's 32 bits as unsigned): O(n), ties in input order.
        int[] order = new int[n];
        int[] tmp = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int shift = 0; shift < 32; shift += 16) {
            int[] count = new int[(1 << 16) + 1];
            for (int i = 0; i < n; i++) {
                count[((keys[i] >>> shift) & 0xffff) + 1]++;
            }
            for (int d = 0; d < 1 << 16; d++) {
                count[d + 1] += count[d];
            }
            for (int i : order) {
                tmp[count[(keys[i] >>> shift) & 0xffff]++] = i;
            }
            int[] t = order;
            order = tmp;
            tmp = t;
        }
        int[] newId = new int[n];
        for (int r = 0; r < n; r++) {
            newId[order[r]] = r;
        }
        return newId;
    }

    /**
     * Per state and input bits (x, y): the 2-bit digit in the low bits, the next state above them. A state is
     * the transform the classic xy2d has applied to the remaining bits so far (swap, complement, both or none),
     * so one table step per level replaces its branches.
     */
    private static final byte[] STEP = new byte[16];

    static {
        for (int state = 0; state < 4; state++) {
            boolean swap = (state & 1) != 0;
            boolean flip = (state & 2) != 0;
            for (int xb = 0; xb < 2; xb++) {
                for (int yb = 0; yb < 2; yb++) {
                    int rx = swap ? yb : xb;
                    int ry = swap ? xb : yb;
                    if (flip) {
                        rx ^= 1;
                        ry ^= 1;
                    }
                    int digit = (3 * rx) ^ ry;
                    // Below this level xy2d swaps when ry = 0, and also complements when rx = 1 too.
                    int next = state ^ (ry == 0 ? 1 : 0) ^ (ry == 0 && rx == 1 ? 2 : 0);
                    STEP[state << 2 | xb << 1 | yb] = (byte) (next << 2 | digit);
                }
            }
        }
    }

    /** Two levels per step: per state and two bits each of x and y, four digit bits and the next state. */
    private static final byte[] STEP2 = new byte[64];

    static {
        for (int state = 0; state < 4; state++) {
            for (int x2 = 0; x2 < 4; x2++) {
                for (int y2 = 0; y2 < 4; y2++) {
                    int hi = STEP[state << 2 | (x2 >>> 1) << 1 | (y2 >>> 1)];
                    int lo = STEP[(hi >>> 2) << 2 | (x2 & 1) << 1 | (y2 & 1)];
                    STEP2[state << 4 | x2 << 2 | y2] = (byte) ((lo >>> 2) << 4 | (hi & 3) << 2 | (lo & 3));
                }
            }
        }
    }

    /** The distance along the Hilbert curve of cell (x, y), both below 2^16 (the classic xy2d). */
    static long key(int x, int y) {
        long d = 0;
        int state = 0;
        for (int b = BITS - 2; b >= 0; b -= 2) {
            int step = STEP2[state << 4 | ((x >>> b) & 3) << 2 | ((y >>> b) & 3)];
            d = d << 4 | (step & 15);
            state = step >>> 4;
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
