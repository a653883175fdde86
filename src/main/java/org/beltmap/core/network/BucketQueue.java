package org.beltmap.core.network;

import java.util.Arrays;

/**
 * Dial's bucket queue for Dijkstra with real-valued weights: bucket width = the smallest arc weight, so every node
 * taken from the current bucket is final (any relaxation moves at least one bucket on) and no ordering inside a
 * bucket is needed. Buckets are circular and entries come from a pool of primitive arrays; stale entries left by
 * decreased keys are skipped when met. O(1) per operation instead of a heap's O(log n).
 */
final class BucketQueue {

    private final double width;
    /** 1 / width: a multiplication per key, not a division. */
    private final double perWidth;
    private final double maxArc;
    private int[] head = new int[0];
    /** head.length - 1; the ring has a power-of-two length, so a bucket is a mask, not a modulo. */
    private int mask;
    /** Per entry its node and the next entry of its bucket, side by side: one cache line for both. */
    private int[] entryLink = new int[2048];
    private double[] entryKey = new double[1024];
    private int used;
    private int live;
    private long current;

    BucketQueue(double minArc, double maxArc) {
        // A hair narrower than the smallest arc, so rounding in key × perWidth can never keep a relaxed node in
        // the bucket it came from.
        this.width = minArc * (1 - 1e-6);
        this.perWidth = 1 / width;
        this.maxArc = maxArc;
    }

    /** Whether buckets pay off: positive weights and a moderate spread between the smallest and largest. */
    static boolean suits(double minArc, double maxArc) {
        return minArc > 0 && maxArc / minArc < 2_000_000;
    }

    /** Empties the queue for a run whose start keys lie between {@code minStart} and {@code maxStart}. */
    void reset(double minStart, double maxStart) {
        double need = Math.ceil((maxArc + maxStart - minStart) * perWidth) + 3;
        int buckets = Integer.highestOneBit((int) Math.min(1 << 30, need) - 1) << 1;
        if (head.length < buckets) {
            head = new int[buckets];
        }
        mask = head.length - 1;
        Arrays.fill(head, -1);
        used = 0;
        live = 0;
        current = (long) Math.floor(minStart * perWidth);
    }

    void add(int node, double key) {
        if (used == entryKey.length) {
            entryLink = Arrays.copyOf(entryLink, used * 4);
            entryKey = Arrays.copyOf(entryKey, used * 2);
        }
        int b = (int) (long) Math.floor(key * perWidth) & mask;
        entryLink[2 * used] = node;
        entryLink[2 * used + 1] = head[b];
        entryKey[used] = key;
        head[b] = used++;
        live++;
    }

    /**
     * The next entry in bucket order ({@link #node}, {@link #key}), or -1 when empty; may return stale entries
     * (a key above the node's current one), which the caller skips.
     */
    int poll() {
        while (live > 0) {
            int b = (int) current & mask;
            int e = head[b];
            if (e >= 0) {
                head[b] = entryLink[2 * e + 1];
                live--;
                return e;
            }
            current++;
        }
        return -1;
    }

    int node(int entry) {
        return entryLink[2 * entry];
    }

    double key(int entry) {
        return entryKey[entry];
    }

    /** Lower bound of the keys still in the queue (start of the bucket before the current one, safe from rounding). */
    double floorKey() {
        return (current - 1) * width;
    }
}
