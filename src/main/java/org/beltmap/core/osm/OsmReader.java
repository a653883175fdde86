package org.beltmap.core.osm;

import crosby.binary.Osmformat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.beltmap.core.io.DataException;

/**
 * Reads an extract in two passes over its blocks. Pass 1 keeps the ways that matter (roads, ferries, railways,
 * rivers, coast, lakes, boundary parts) with their node refs, the named places and the boundary relations; a
 * short pass over way blocks fetches relation members pass 1 could not know of (ways come before relations);
 * pass 2 reads node blocks only, keeping the coordinates of the nodes kept ways use.
 */
final class OsmReader {

    interface Progress {
        void at(String step, double fraction);
    }

    private static final BlockStrings.Keys WAY = new BlockStrings.Keys(OsmData.WAY_KEYS);
    private static final BlockStrings.Keys PLACE = new BlockStrings.Keys(List.of("place", "name", "name:ru",
            "name:en", "population"));
    private static final BlockStrings.Keys REL = new BlockStrings.Keys(List.of("type", "boundary", "admin_level",
            "name", "name:ru", "name:en"));

    private final Path file;
    private final Long boundaryId;
    private final BooleanSupplier cancelled;
    private final Progress progress;
    private final OsmData data = new OsmData();
    private long size;
    /** Run after the first pass, before the long node pass: a check that fails early (an unknown centre). */
    java.util.function.Consumer<OsmData> afterFirstPass = d -> { };

    /** @param boundaryId the one boundary relation to keep, or null to keep every administrative one */
    OsmReader(Path file, Long boundaryId, BooleanSupplier cancelled, Progress progress) {
        this.file = file;
        this.boundaryId = boundaryId;
        this.cancelled = cancelled;
        this.progress = progress;
    }

    OsmData read() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file, null, Files.isDirectory(file) ? "is a folder, not an extract" : "file not found",
                    "give the path of an .osm.pbf extract");
        }
        size = Math.max(1, Files.size(file));
        PbfBlocks blocks = new PbfBlocks(file, cancelled);
        PbfBlocks.Index index = new PbfBlocks.Index();
        blocks.scan(index, (i, b) -> {
            firstPass(b);
            progress.at("ways", 0.4 * index.offsets.get(i) / size);
        });
        if (index.header != null && index.header.hasOsmosisReplicationTimestamp()) {
            data.timestamp = index.header.getOsmosisReplicationTimestamp();
        }
        afterFirstPass.accept(data);
        long[] missing = missingMembers();
        if (missing.length > 0) {
            blocks.scan(index, PbfBlocks.WAYS, (i, b) -> members(b, missing));
        }
        boolean[] used = usedWays();
        data.prepareNodes(used);
        blocks.scan(index, PbfBlocks.NODES, (i, b) -> {
            coordinates(b);
            progress.at("nodes", 0.4 + 0.4 * index.offsets.get(i) / size);
        });
        int missingNodes = 0;
        for (int v : data.lat) {
            missingNodes += v == Integer.MIN_VALUE ? 1 : 0;
        }
        data.missingNodes = missingNodes;
        data.resolve();
        return data;
    }

    private void firstPass(Osmformat.PrimitiveBlock b) {
        BlockStrings s = new BlockStrings(b.getStringtable());
        for (Osmformat.PrimitiveGroup g : b.getPrimitivegroupList()) {
            if (g.hasDense()) {
                data.nodesRead += g.getDense().getIdCount();
                if (hasPlaceKey(s)) {
                    densePlaces(b, g.getDense(), s);
                }
            }
            data.nodesRead += g.getNodesCount();
            for (Osmformat.Node n : g.getNodesList()) {
                String[] t = s.values(PLACE, n.getKeysList(), n.getValsList());
                place(n.getId(), lonOf(b, n.getLon()), latOf(b, n.getLat()), t);
            }
            data.waysRead += g.getWaysCount();
            for (Osmformat.Way w : g.getWaysList()) {
                String[] t = s.values(WAY, w.getKeysList(), w.getValsList());
                byte kind = classify(t, w);
                if (kind != 0) {
                    data.addWay(kind, kind == OsmData.PART ? null : t, w);
                }
            }
            data.relationsRead += g.getRelationsCount();
            for (Osmformat.Relation r : g.getRelationsList()) {
                relation(r, s);
            }
        }
    }

    private static boolean hasPlaceKey(BlockStrings s) {
        for (int slot : s.slots(PLACE)) {
            if (slot == 0) {
                return true;
            }
        }
        return false;
    }

    private void densePlaces(Osmformat.PrimitiveBlock b, Osmformat.DenseNodes d, BlockStrings s) {
        int[] slots = s.slots(PLACE);
        long id = 0;
        long lat = 0;
        long lon = 0;
        int kv = 0;
        int kvCount = d.getKeysValsCount();
        for (int i = 0; i < d.getIdCount(); i++) {
            id += d.getId(i);
            lat += d.getLat(i);
            lon += d.getLon(i);
            String[] t = null;
            while (kv < kvCount) {
                int k = d.getKeysVals(kv++);
                if (k == 0) {
                    break;
                }
                int v = d.getKeysVals(kv++);
                if (slots[k] >= 0) {
                    t = t == null ? new String[PLACE.size] : t;
                    t[slots[k]] = s.get(v);
                }
            }
            if (t != null) {
                place(id, lonOf(b, lon), latOf(b, lat), t);
            }
        }
    }

    private void place(long id, double lon, double lat, String[] t) {
        if (t != null && t[0] != null && (t[1] != null || t[2] != null || t[3] != null)) {
            String name = t[1] != null ? t[1] : t[3] != null ? t[3] : t[2];
            data.places.add(new Places.Place(id, lon, lat, t[0], name, t[2], t[3], Places.population(t[4])));
        }
    }

    static byte classify(String[] t, Osmformat.Way w) {
        if (t == null) {
            return 0;
        }
        if ("ferry".equals(t[OsmData.ROUTE])) {
            return OsmData.ROAD;
        }
        if (RoadTags.isRoad(t[OsmData.HIGHWAY]) && !"yes".equals(t[OsmData.AREA])
                && RoadTags.carsAllowed(t[OsmData.ACCESS], t[OsmData.MOTOR_VEHICLE], t[OsmData.MOTORCAR])) {
            return OsmData.ROAD;
        }
        String rw = t[OsmData.RAILWAY];
        if (("rail".equals(rw) || "narrow_gauge".equals(rw) || "light_rail".equals(rw)) && t[OsmData.SERVICE] == null) {
            return OsmData.RAIL;
        }
        String ww = t[OsmData.WATERWAY];
        if ("river".equals(ww) || "canal".equals(ww)) {
            return OsmData.RIVER;
        }
        if ("coastline".equals(t[OsmData.NATURAL])) {
            return OsmData.COAST;
        }
        boolean closed = w.getRefsCount() >= 4 && sum(w) == 0;
        if (closed && ("water".equals(t[OsmData.NATURAL]) || "reservoir".equals(t[OsmData.LANDUSE]))) {
            return OsmData.LAKE;
        }
        return "administrative".equals(t[OsmData.BOUNDARY]) ? OsmData.PART : 0;
    }

    /** Sum of the deltas after the first ref: 0 when the last node is the first (a closed way). */
    private static long sum(Osmformat.Way w) {
        long s = 0;
        for (int i = 1; i < w.getRefsCount(); i++) {
            s += w.getRefs(i);
        }
        return s;
    }

    private void relation(Osmformat.Relation r, BlockStrings s) {
        String[] t = s.values(REL, r.getKeysList(), r.getValsList());
        boolean wanted;
        if (boundaryId != null) {
            wanted = r.getId() == boundaryId;
        } else {
            wanted = t != null && "administrative".equals(t[1]) && ("boundary".equals(t[0]) || "multipolygon".equals(t[0]))
                    && adminLevel(t[2]) > 0;
        }
        if (!wanted) {
            return;
        }
        int n = 0;
        for (int i = 0; i < r.getTypesCount(); i++) {
            n += r.getTypes(i) == Osmformat.Relation.MemberType.WAY ? 1 : 0;
        }
        long[] ways = new long[n];
        String[] roles = new String[n];
        long id = 0;
        int k = 0;
        for (int i = 0; i < r.getMemidsCount(); i++) {
            id += r.getMemids(i);
            if (r.getTypes(i) == Osmformat.Relation.MemberType.WAY) {
                ways[k] = id;
                roles[k++] = s.get(r.getRolesSid(i));
            }
        }
        String[] tags = t == null ? new String[REL.size] : t;
        data.relations.add(new OsmData.Relation(r.getId(), tags[3], tags[4], tags[5], adminLevel(tags[2]), ways, roles));
    }

    static int adminLevel(String v) {
        try {
            return v == null ? -1 : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private long[] missingMembers() {
        Map<Long, Integer> kept = data.wayIndex();
        return data.relations.stream().flatMapToLong(r -> Arrays.stream(r.ways())).filter(id -> !kept.containsKey(id))
                .sorted().distinct().toArray();
    }

    private void members(Osmformat.PrimitiveBlock b, long[] missing) {
        for (Osmformat.PrimitiveGroup g : b.getPrimitivegroupList()) {
            for (Osmformat.Way w : g.getWaysList()) {
                if (Arrays.binarySearch(missing, w.getId()) >= 0) {
                    data.addWay(OsmData.PART, null, w);
                }
            }
        }
    }

    private boolean[] usedWays() {
        boolean[] used = new boolean[data.ways];
        Map<Long, Integer> index = data.wayIndex();
        for (int w = 0; w < data.ways; w++) {
            used[w] = data.wayKind[w] != OsmData.PART;
        }
        for (OsmData.Relation r : data.relations) {
            for (long id : r.ways()) {
                Integer w = index.get(id);
                if (w != null) {
                    used[w] = true;
                }
            }
        }
        return used;
    }

    private int cursor;

    private void coordinates(Osmformat.PrimitiveBlock b) {
        for (Osmformat.PrimitiveGroup g : b.getPrimitivegroupList()) {
            if (g.hasDense()) {
                Osmformat.DenseNodes d = g.getDense();
                long id = 0;
                long lat = 0;
                long lon = 0;
                for (int i = 0; i < d.getIdCount(); i++) {
                    id += d.getId(i);
                    lat += d.getLat(i);
                    lon += d.getLon(i);
                    store(b, id, lat, lon);
                }
            }
            for (Osmformat.Node n : g.getNodesList()) {
                store(b, n.getId(), n.getLat(), n.getLon());
            }
        }
    }

    /** Keeps a node's coordinates if a kept way uses it; a cursor makes sorted files cost O(1) per node. */
    private void store(Osmformat.PrimitiveBlock b, long id, long lat, long lon) {
        long[] ids = data.nodeIds;
        int n = ids.length;
        int lo = cursor < n && (cursor == 0 || ids[cursor - 1] < id) ? cursor : 0;
        int i;
        if (lo < n && ids[lo] == id) {
            i = lo;
        } else if (lo >= n || ids[lo] > id && lo == cursor) {
            return;
        } else {
            i = Arrays.binarySearch(ids, lo, n, id);
            if (i < 0) {
                cursor = -i - 1;
                return;
            }
        }
        cursor = i + 1;
        data.lat[i] = fixed(b.getLatOffset(), b.getGranularity(), lat);
        data.lon[i] = fixed(b.getLonOffset(), b.getGranularity(), lon);
    }

    /** 1e-7 degrees from a PBF coordinate ((offset + granularity * v) nanodegrees). */
    private static int fixed(long offset, int granularity, long v) {
        return offset == 0 && granularity == 100 ? (int) v : (int) Math.round((offset + (double) granularity * v) / 100);
    }

    private static double latOf(Osmformat.PrimitiveBlock b, long v) {
        return (b.getLatOffset() + (double) b.getGranularity() * v) * 1e-9;
    }

    private static double lonOf(Osmformat.PrimitiveBlock b, long v) {
        return (b.getLonOffset() + (double) b.getGranularity() * v) * 1e-9;
    }
}
