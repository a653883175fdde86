package org.beltmap.core.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * What the passes over an extract keep: the ways that matter (ids, kinds, tags, node refs in one pooled long
 * array), the named places, the boundary relations, and the coordinates of just the nodes those ways use, as
 * sorted ids with parallel int arrays (1e-7 degrees): no object per node.
 */
final class OsmData {

    static final byte ROAD = 1;
    static final byte RAIL = 2;
    static final byte RIVER = 3;
    static final byte COAST = 4;
    static final byte LAKE = 5;
    /** Kept only as a possible member of a boundary relation. */
    static final byte PART = 6;

    /** Way tag keys kept, by slot. */
    static final List<String> WAY_KEYS = List.of("highway", "ref", "name", "name:ru", "name:en", "maxspeed", "oneway",
            "junction", "route", "duration", "railway", "usage", "waterway", "natural", "access", "motor_vehicle",
            "motorcar", "area", "service", "boundary", "landuse");
    static final int HIGHWAY = 0, REF = 1, NAME = 2, NAME_RU = 3, NAME_EN = 4, MAXSPEED = 5, ONEWAY = 6,
            JUNCTION = 7, ROUTE = 8, DURATION = 9, RAILWAY = 10, USAGE = 11, WATERWAY = 12, NATURAL = 13,
            ACCESS = 14, MOTOR_VEHICLE = 15, MOTORCAR = 16, AREA = 17, SERVICE = 18, BOUNDARY = 19, LANDUSE = 20;

    /** A boundary relation: its tags and member ways (roles "outer", "inner", or "" read as outer). */
    record Relation(long id, String name, String nameRu, String nameEn, int adminLevel, long[] ways, String[] roles) {
    }

    long[] wayId = new long[1024];
    byte[] wayKind = new byte[1024];
    int[] refStart = new int[1025];
    String[][] wayTags = new String[1024][];
    int ways;
    long[] refs = new long[16384];
    int refCount;

    final List<Places.Place> places = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    long nodesRead;
    long waysRead;
    long relationsRead;
    Long timestamp;

    // Node coordinates, filled by the second pass for the sorted unique ids the kept ways use.
    long[] nodeIds = new long[0];
    int[] lat = new int[0];
    int[] lon = new int[0];
    int missingNodes;
    /** For each ref, the index of its node in {@link #nodeIds} with coordinates, or -1 (filled by {@link #resolve}). */
    int[] refNode = new int[0];

    void addWay(byte kind, String[] tags, crosby.binary.Osmformat.Way way) {
        int count = way.getRefsCount();
        if (ways == wayId.length) {
            int n = ways * 2;
            wayId = Arrays.copyOf(wayId, n);
            wayKind = Arrays.copyOf(wayKind, n);
            refStart = Arrays.copyOf(refStart, n + 1);
            wayTags = Arrays.copyOf(wayTags, n);
        }
        if (refCount + count > refs.length) {
            refs = Arrays.copyOf(refs, Math.max(refs.length * 2, refCount + count));
        }
        long r = 0;
        for (int i = 0; i < count; i++) {
            r += way.getRefs(i); // delta coded
            refs[refCount++] = r;
        }
        wayId[ways] = way.getId();
        wayKind[ways] = kind;
        wayTags[ways] = tags;
        ways++;
        refStart[ways] = refCount;
    }

    String tag(int way, int slot) {
        String[] t = wayTags[way];
        return t == null ? null : t[slot];
    }

    /** Way index by OSM id, for relation members. */
    Map<Long, Integer> wayIndex() {
        Map<Long, Integer> m = new HashMap<>(ways * 2);
        for (int i = 0; i < ways; i++) {
            m.put(wayId[i], i);
        }
        return m;
    }

    /** The sorted unique node ids of the given ways, the ones whose coordinates the second pass keeps. */
    void prepareNodes(boolean[] used) {
        int n = 0;
        for (int w = 0; w < ways; w++) {
            if (used[w]) {
                n += refStart[w + 1] - refStart[w];
            }
        }
        long[] ids = new long[n];
        int k = 0;
        for (int w = 0; w < ways; w++) {
            if (used[w]) {
                System.arraycopy(refs, refStart[w], ids, k, refStart[w + 1] - refStart[w]);
                k += refStart[w + 1] - refStart[w];
            }
        }
        Arrays.parallelSort(ids);
        int u = 0;
        for (int i = 0; i < ids.length; i++) {
            if (u == 0 || ids[i] != ids[u - 1]) {
                ids[u++] = ids[i];
            }
        }
        nodeIds = Arrays.copyOf(ids, u);
        lat = new int[u];
        lon = new int[u];
        Arrays.fill(lat, Integer.MIN_VALUE);
    }

    /**
     * Maps every ref to its node's index once the coordinates are read, searching from the previous ref's index
     * outwards (a way's nodes mostly have ids close together), so the writer never searches again.
     */
    void resolve() {
        refNode = new int[refCount];
        int n = nodeIds.length;
        int prev = 0;
        for (int r = 0; r < refCount; r++) {
            long id = refs[r];
            int lo;
            int hi;
            if (n == 0) {
                refNode[r] = -1;
                continue;
            }
            if (nodeIds[prev] <= id) {
                int step = 1;
                lo = prev;
                hi = prev + 1;
                while (hi < n && nodeIds[hi] <= id) {
                    lo = hi;
                    hi = Math.min(n, hi + (step <<= 1));
                }
            } else {
                int step = 1;
                hi = prev;
                lo = prev - 1;
                while (lo > 0 && nodeIds[lo] > id) {
                    hi = lo;
                    lo = Math.max(0, lo - (step <<= 1));
                }
                lo = Math.max(lo, 0);
            }
            int i = Arrays.binarySearch(nodeIds, lo, Math.min(n, hi + 1), id);
            if (i >= 0) {
                prev = i;
                refNode[r] = lat[i] == Integer.MIN_VALUE ? -1 : i;
            } else {
                refNode[r] = -1;
            }
        }
    }

    /** Receives the runs of a way: [from, to) ranges of refs whose nodes are all located. */
    interface Runs {
        void run(int from, int to) throws java.io.IOException;
    }

    /** The way's runs of located nodes (a node missing from the extract ends a run); runs of one node are skipped. */
    void runs(int way, Runs out) throws java.io.IOException {
        int start = -1;
        for (int r = refStart[way]; r <= refStart[way + 1]; r++) {
            boolean ok = r < refStart[way + 1] && refNode[r] >= 0;
            if (ok && start < 0) {
                start = r;
            } else if (!ok && start >= 0) {
                if (r - start >= 2) {
                    out.run(start, r);
                }
                start = -1;
            }
        }
    }

    /**
     * The way's coordinates as runs of located nodes: a node missing from the extract (a way cut at its edge)
     * ends a run; runs of fewer than two points are dropped.
     */
    List<Coordinate[]> lines(int way) {
        List<Coordinate[]> out = new ArrayList<>(1);
        List<Coordinate> run = new ArrayList<>(refStart[way + 1] - refStart[way]);
        for (int r = refStart[way]; r < refStart[way + 1]; r++) {
            int i = refNode[r];
            if (i < 0) {
                flush(run, out);
                continue;
            }
            Coordinate c = new Coordinate(lon[i] / 1e7, lat[i] / 1e7);
            if (run.isEmpty() || !run.get(run.size() - 1).equals2D(c)) {
                run.add(c);
            }
        }
        flush(run, out);
        return out;
    }

    /** True when every node of the way is in the extract. */
    boolean complete(int way) {
        for (int r = refStart[way]; r < refStart[way + 1]; r++) {
            if (refNode[r] < 0) {
                return false;
            }
        }
        return true;
    }

    boolean closed(int way) {
        int a = refStart[way];
        int b = refStart[way + 1] - 1;
        return b - a >= 3 && refs[a] == refs[b];
    }

    private static void flush(List<Coordinate> run, List<Coordinate[]> out) {
        if (run.size() >= 2) {
            out.add(run.toArray(new Coordinate[0]));
        }
        run.clear();
    }
}
