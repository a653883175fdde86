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
    private final double maxArc;
    private int[] head = new int[0];
    private int[] entryNode = new int[1024];
    private int[] entryNext = new int[1024];
    private int used;
    private int live;
    private long current;

    BucketQueue(double minArc, double maxArc) {
        this.width = minArc;
        this.maxArc = maxArc;
    }

    /** Whether buckets pay off: positive weights and a moderate spread between the smallest and largest. */
    static boolean suits(double minArc, double maxArc) {
        return minArc > 0 && maxArc / minArc < 2_000_000;
    }

    /** Empties the queue for a run whose start keys lie between {@code minStart} and {@code maxStart}. */
    void reset(double minStart, double maxStart) {
        int buckets = (int) Math.min(Integer.MAX_VALUE - 8, Math.ceil((maxArc + maxStart - minStart) / width) + 3);
        if (head.length < buckets) {
            head = new int[buckets];
        }
        Arrays.fill(head, -1);
        used = 0;
        live = 0;
        current = (long) Math.floor(minStart / width);
    }

    void add(int node, double key) {
        if (used == entryNode.length) {
            entryNode = Arrays.copyOf(entryNode, used * 2);
            entryNext = Arrays.copyOf(entryNext, used * 2);
        }
        int b = (int) (((long) Math.floor(key / width)) % head.length);
        entryNode[used] = node;
        entryNext[used] = head[b];
        head[b] = used++;
        live++;
    }

    /** The next node in bucket order, or -1 when empty; may return stale entries, which the caller skips. */
    int poll() {
        while (live > 0) {
            int b = (int) (current % head.length);
            int e = head[b];
            if (e >= 0) {
                head[b] = entryNext[e];
                live--;
                return entryNode[e];
            }
            current++;
        }
        return -1;
    }

    /** Lower bound of the keys still in the queue (start of the current bucket). */
    double floorKey() {
        return current * width;
    }
}
