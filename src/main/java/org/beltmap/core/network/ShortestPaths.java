package org.beltmap.core.network;

import java.util.Arrays;

/**
 * Dijkstra over a {@link RoadGraph} from one or several sources with start times (the access legs), with an
 * optional time limit. Dial's bucket queue ({@link BucketQueue}) when the weights suit it, else an indexed 4-ary
 * heap with decrease-key; primitive arrays only, no objects per push. A run on a graph that only appends edges
 * can extend a finished run on its base ({@link #runExtending}).
 */
public final class ShortestPaths {

    private final RoadGraph g;
    private final double[] minutes;
    private final int[] predArc;
    private final int[] source;
    /** Heap positions, for the heap only (the buckets need no per-node flag). */
    private int[] pos;
    /** Dial's buckets when the weights suit them (almost always for road networks), else the heap. */
    private final BucketQueue buckets;
    /** The nodes settled by the last run, in order (all of them within its limit). */
    private final int[] settled;
    private int settledCount;
    /** Whether the last run stopped at a time limit (or never ran): then it cannot be extended. */
    private boolean limited = true;
    private double[] heapKey = new double[1024];
    private int[] heapNode = new int[1024];
    private int heapSize;

    public ShortestPaths(RoadGraph g) {
        this(g, true);
    }

    /** @param buckets false forces the heap (tests compare the two queues on the same graph) */
    ShortestPaths(RoadGraph g, boolean buckets) {
        this.g = g;
        this.minutes = new double[g.nodeCount()];
        this.predArc = new int[g.nodeCount()];
        this.source = new int[g.nodeCount()];
        this.settled = new int[g.nodeCount()];
        double min = g.minArcMinutes();
        double max = g.maxArcMinutes();
        this.buckets = buckets && max > 0 && BucketQueue.suits(min, max) ? new BucketQueue(min, max) : null;
    }

    /**
     * Runs from the given nodes with start minutes, labelling each reached node with the index of the source
     * (in {@code sourceLabels}) that reaches it first. Nodes beyond {@code limitMinutes} stay unreached.
     */
    public void run(int[] startNodes, double[] startMinutes, int[] sourceLabels, double limitMinutes) {
        limited = !(limitMinutes == Double.POSITIVE_INFINITY);
        if (buckets != null) {
            runBuckets(startNodes, startMinutes, sourceLabels, limitMinutes);
            return;
        }
        Arrays.fill(minutes, Double.POSITIVE_INFINITY);
        Arrays.fill(predArc, -1);
        Arrays.fill(source, -1);
        if (pos == null) {
            pos = new int[g.nodeCount()];
        }
        Arrays.fill(pos, -1);
        heapSize = 0;
        settledCount = 0;
        for (int i = 0; i < startNodes.length; i++) {
            int n = startNodes[i];
            if (startMinutes[i] < minutes[n]) {
                minutes[n] = startMinutes[i];
                source[n] = sourceLabels[i];
                predArc[n] = -1;
                push(startMinutes[i], n);
            }
        }
        int[] first = g.firstArc;
        int[] head = g.arcHead;
        double[] w = g.arcMinutes;
        while (heapSize > 0) {
            double d = heapKey[0];
            int u = heapNode[0];
            pop();
            if (d > limitMinutes) {
                break;
            }
            settled[settledCount++] = u;
            int src = source[u];
            for (int i = first[u], end = first[u + 1]; i < end; i++) {
                int v = head[i];
                double nd = d + w[i];
                if (nd < minutes[v]) {
                    minutes[v] = nd;
                    predArc[v] = i;
                    source[v] = src;
                    push(nd, v);
                }
            }
        }
        clearBeyond(limitMinutes);
    }

    /**
     * The same search with the bucket queue. Keys only ever fall, so the one entry of a node whose key is still
     * its minutes is live and every other is stale: no settled flags to clear or look up.
     */
    private void runBuckets(int[] startNodes, double[] startMinutes, int[] sourceLabels, double limitMinutes) {
        Arrays.fill(minutes, Double.POSITIVE_INFINITY);
        Arrays.fill(predArc, -1);
        Arrays.fill(source, -1);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double m : startMinutes) {
            lo = Math.min(lo, m);
            hi = Math.max(hi, m);
        }
        settledCount = 0;
        BucketQueue q = buckets;
        q.reset(startNodes.length == 0 ? 0 : lo, startNodes.length == 0 ? 0 : hi);
        for (int i = 0; i < startNodes.length; i++) {
            int n = startNodes[i];
            if (startMinutes[i] < minutes[n]) {
                minutes[n] = startMinutes[i];
                source[n] = sourceLabels[i];
                q.add(n, startMinutes[i]);
            }
        }
        drain(q, limitMinutes, true);
        clearBeyond(limitMinutes);
    }

    /**
     * Re-runs after edges were appended to the graph {@code base} ran on (a what-if adding roads): the graph must
     * keep every base edge as it was ({@link RoadGraph#extendsGraph}) and {@code base} must have run without a
     * limit. Starts from the base times and propagates only what the new arcs and starts improve, in bucket order,
     * so every improved node is final when taken: the same minutes as a full run. Returns false (and does
     * nothing) when that does not apply; the caller then runs in full.
     *
     * @param labelOf the new label of each base source label
     */
    public boolean runExtending(ShortestPaths base, int[] labelOf, int[] startNodes, double[] startMinutes,
                                int[] sourceLabels) {
        RoadGraph b = base.g;
        if (buckets == null || base.limited || !g.extendsGraph(b)) {
            return false;
        }
        int n0 = b.nodeCount();
        System.arraycopy(base.minutes, 0, minutes, 0, n0);
        Arrays.fill(minutes, n0, minutes.length, Double.POSITIVE_INFINITY);
        Arrays.fill(predArc, n0, predArc.length, -1);
        Arrays.fill(source, n0, source.length, -1);
        // Base arc p moves up by the new arcs inserted at or before it (at the end of a lower node's run).
        int[] points = new int[g.arcHead.length - b.arcHead.length];
        int k = 0;
        int m0 = b.edgeCount();
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int i = g.firstArc[u + 1] - 1; i >= g.firstArc[u] && g.arcEdge[i] >= m0; i--) {
                points[k++] = u < n0 ? b.firstArc[u + 1] : b.arcHead.length;
            }
        }
        Arrays.sort(points);
        for (int v = 0; v < n0; v++) {
            int p = base.predArc[v];
            int shift = 0;
            while (shift < k && points[shift] <= p) {
                shift++;
            }
            predArc[v] = p < 0 ? -1 : p + shift;
            source[v] = base.source[v] < 0 ? -1 : labelOf[base.source[v]];
        }
        // Seeds: new or better starts, and the heads the new arcs improve.
        int[] seedNode = new int[startNodes.length + points.length];
        int seeds = 0;
        for (int i = 0; i < startNodes.length; i++) {
            int n = startNodes[i];
            if (startMinutes[i] < minutes[n]) {
                minutes[n] = startMinutes[i];
                source[n] = sourceLabels[i];
                predArc[n] = -1;
                seedNode[seeds++] = n;
            }
        }
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int i = g.firstArc[u + 1] - 1; i >= g.firstArc[u] && g.arcEdge[i] >= m0; i--) {
                int v = g.arcHead[i];
                double nd = minutes[u] + g.arcMinutes[i];
                if (nd < minutes[v]) {
                    minutes[v] = nd;
                    predArc[v] = i;
                    source[v] = source[u];
                    seedNode[seeds++] = v;
                }
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < seeds; i++) {
            lo = Math.min(lo, minutes[seedNode[i]]);
            hi = Math.max(hi, minutes[seedNode[i]]);
        }
        BucketQueue q = buckets;
        q.reset(seeds == 0 ? 0 : lo, seeds == 0 ? 0 : hi);
        for (int i = 0; i < seeds; i++) {
            q.add(seedNode[i], minutes[seedNode[i]]);
        }
        // A seed may be taken more than once at its own time here: the settled order is rebuilt below instead.
        drain(q, Double.POSITIVE_INFINITY, false);
        // Every reached node, by id (the order of time is not kept here).
        settledCount = 0;
        for (int v = 0; v < minutes.length; v++) {
            if (minutes[v] < Double.POSITIVE_INFINITY) {
                settled[settledCount++] = v;
            }
        }
        limited = false;
        return true;
    }

    /**
     * Settles nodes in bucket order up to {@code limitMinutes}, relaxing their arcs: the one relaxation loop of a
     * full run and of an extending run ({@code record}: keep the settle order).
     */
    private void drain(BucketQueue q, double limitMinutes, boolean record) {
        int[] first = g.firstArc;
        int[] head = g.arcHead;
        double[] w = g.arcMinutes;
        double[] dist = minutes;
        int e;
        while ((e = q.poll()) >= 0) {
            int u = q.node(e);
            double d = q.key(e);
            if (d != dist[u]) {
                continue;
            }
            if (d > limitMinutes) {
                // Keys inside a bucket are unordered: stop only once the whole bucket lies beyond the limit.
                if (q.floorKey() > limitMinutes) {
                    break;
                }
                continue;
            }
            if (record) {
                settled[settledCount++] = u;
            }
            int src = source[u];
            for (int i = first[u], end = first[u + 1]; i < end; i++) {
                int v = head[i];
                double nd = d + w[i];
                if (nd < dist[v]) {
                    dist[v] = nd;
                    predArc[v] = i;
                    source[v] = src;
                    q.add(v, nd);
                }
            }
        }
    }

    private void clearBeyond(double limitMinutes) {
        if (limitMinutes < Double.POSITIVE_INFINITY) {
            for (int i = 0; i < minutes.length; i++) {
                if (minutes[i] > limitMinutes) {
                    minutes[i] = Double.POSITIVE_INFINITY;
                    source[i] = -1;
                }
            }
        }
    }

    public void run(int startNode) {
        run(new int[] {startNode}, new double[] {0}, new int[] {0}, Double.POSITIVE_INFINITY);
    }

    /** Inserts a node or lowers its key: an indexed 4-ary heap, one entry per node, no stale entries. */
    private void push(double key, int node) {
        int i = pos[node];
        if (i < 0) {
            if (heapSize == heapKey.length) {
                heapKey = Arrays.copyOf(heapKey, heapSize * 2);
                heapNode = Arrays.copyOf(heapNode, heapSize * 2);
            }
            i = heapSize++;
        }
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            pos[heapNode[i]] = i;
            i = parent;
        }
        heapKey[i] = key;
        heapNode[i] = node;
        pos[node] = i;
    }

    private void pop() {
        pos[heapNode[0]] = -1;
        int last = --heapSize;
        if (last == 0) {
            return;
        }
        double key = heapKey[last];
        int node = heapNode[last];
        int i = 0;
        while (true) {
            int c = 4 * i + 1;
            if (c >= last) {
                break;
            }
            int best = c;
            int end = Math.min(c + 4, last);
            for (int k = c + 1; k < end; k++) {
                if (heapKey[k] < heapKey[best]) {
                    best = k;
                }
            }
            if (key <= heapKey[best]) {
                break;
            }
            heapKey[i] = heapKey[best];
            heapNode[i] = heapNode[best];
            pos[heapNode[i]] = i;
            i = best;
        }
        heapKey[i] = key;
        heapNode[i] = node;
        pos[node] = i;
    }

    /** How many nodes the last run reached (within its limit). */
    public int reachedCount() {
        return settledCount;
    }

    /** The k-th node the last run reached: in order of time, or of node after {@link #runExtending}. */
    public int reached(int k) {
        return settled[k];
    }

    /** The edges the last run may drive from a reached node (in a direction the edge allows), ascending. */
    public int[] reachedEdges() {
        long[] bits = new long[(g.edgeCount() + 63) >>> 6];
        int count = 0;
        for (int k = 0; k < settledCount; k++) {
            int u = settled[k];
            for (int i = g.firstArc[u], end = g.firstArc[u + 1]; i < end; i++) {
                int e = g.arcEdge[i];
                long bit = 1L << e;
                if ((bits[e >>> 6] & bit) == 0) {
                    bits[e >>> 6] |= bit;
                    count++;
                }
            }
        }
        int[] out = new int[count];
        int n = 0;
        for (int wd = 0; wd < bits.length; wd++) {
            for (long b = bits[wd]; b != 0; b &= b - 1) {
                out[n++] = (wd << 6) + Long.numberOfTrailingZeros(b);
            }
        }
        return out;
    }

    /** Minutes to a node, +∞ when unreached. */
    public double minutes(int node) {
        return minutes[node];
    }

    /** The label of the source that reaches a node first, or -1. */
    public int source(int node) {
        return source[node];
    }

    /** The arc by which a node was reached, or -1 at a source; {@link RoadGraph#arcEdge} gives its edge. */
    public int predArc(int node) {
        return predArc[node];
    }

    /** The node an arc starts from (its tail): the head of the reverse direction of its edge. */
    public int tail(int arc) {
        int e = g.arcEdge[arc];
        return g.arcHead[arc] == g.edgeA[e] ? g.edgeB[e] : g.edgeA[e];
    }

    public int edgeOfArc(int arc) {
        return g.arcEdge[arc];
    }

    double[] minutesArray() {
        return minutes;
    }

    public RoadGraph graph() {
        return g;
    }

    /** Whether runs use the bucket queue (else the heap). */
    boolean usesBuckets() {
        return buckets != null;
    }
}
