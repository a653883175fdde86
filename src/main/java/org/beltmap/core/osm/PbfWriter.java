package org.beltmap.core.osm;

import com.google.protobuf.ByteString;
import crosby.binary.Fileformat;
import crosby.binary.Osmformat;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * A minimal OSM PBF writer (dense nodes, ways, relations with way members; zlib blocks of 8,000 entities), for test
 * fixtures and the bench's synthetic extract. Entities must come sorted by type, nodes first, as in any extract.
 * Tags are given as key, value, key, value...
 */
public final class PbfWriter implements Closeable {

    private static final int BLOCK = 8000;

    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> table = new ArrayList<>();
    private Osmformat.DenseNodes.Builder dense;
    private boolean denseTags;
    private long lastId;
    private long lastLat;
    private long lastLon;
    private final List<Osmformat.Way> ways = new ArrayList<>();
    private final List<Osmformat.Relation> relations = new ArrayList<>();
    private int count;

    public PbfWriter(OutputStream out) throws IOException {
        this.out = new DataOutputStream(out);
        Osmformat.HeaderBlock header = Osmformat.HeaderBlock.newBuilder().addRequiredFeatures("OsmSchema-V0.6")
                .addRequiredFeatures("DenseNodes").setWritingprogram("BeltMap").build();
        blob("OSMHeader", header.toByteArray());
    }

    public void node(long id, double lon, double lat, String... tags) throws IOException {
        if (!ways.isEmpty() || !relations.isEmpty()) {
            throw new IllegalStateException("nodes must come before ways and relations");
        }
        if (dense == null) {
            dense = Osmformat.DenseNodes.newBuilder();
            lastId = lastLat = lastLon = 0;
            denseTags = false;
        }
        long la = Math.round(lat * 1e7);
        long lo = Math.round(lon * 1e7);
        dense.addId(id - lastId).addLat(la - lastLat).addLon(lo - lastLon);
        lastId = id;
        lastLat = la;
        lastLon = lo;
        if (tags.length > 0 && !denseTags) {
            // keys_vals, once present, needs a (possibly empty) entry for every node of the block
            for (int i = 0; i < dense.getIdCount() - 1; i++) {
                dense.addKeysVals(0);
            }
            denseTags = true;
        }
        if (denseTags) {
            for (String t : tags) {
                dense.addKeysVals(string(t));
            }
            dense.addKeysVals(0);
        }
        if (++count == BLOCK) {
            flush();
        }
    }

    public void way(long id, long[] refs, String... tags) throws IOException {
        if (dense != null) {
            flush();
        }
        if (!relations.isEmpty()) {
            throw new IllegalStateException("ways must come before relations");
        }
        Osmformat.Way.Builder w = Osmformat.Way.newBuilder().setId(id);
        for (int i = 0; i < tags.length; i += 2) {
            w.addKeys(string(tags[i])).addVals(string(tags[i + 1]));
        }
        long last = 0;
        for (long r : refs) {
            w.addRefs(r - last);
            last = r;
        }
        ways.add(w.build());
        if (++count == BLOCK) {
            flush();
        }
    }

    /** A relation whose members are all ways. */
    public void relation(long id, long[] wayIds, String[] roles, String... tags) throws IOException {
        if (dense != null || !ways.isEmpty()) {
            flush();
        }
        Osmformat.Relation.Builder r = Osmformat.Relation.newBuilder().setId(id);
        for (int i = 0; i < tags.length; i += 2) {
            r.addKeys(string(tags[i])).addVals(string(tags[i + 1]));
        }
        long last = 0;
        for (int i = 0; i < wayIds.length; i++) {
            r.addMemids(wayIds[i] - last).addTypes(Osmformat.Relation.MemberType.WAY).addRolesSid(string(roles[i]));
            last = wayIds[i];
        }
        relations.add(r.build());
        if (++count == BLOCK) {
            flush();
        }
    }

    private int string(String s) {
        if (table.isEmpty()) {
            table.add("");
            strings.put("", 0);
        }
        return strings.computeIfAbsent(s, k -> {
            table.add(k);
            return table.size() - 1;
        });
    }

    private void flush() throws IOException {
        if (count == 0) {
            return;
        }
        Osmformat.PrimitiveGroup.Builder g = Osmformat.PrimitiveGroup.newBuilder();
        if (dense != null) {
            g.setDense(dense);
        }
        g.addAllWays(ways).addAllRelations(relations);
        Osmformat.StringTable.Builder st = Osmformat.StringTable.newBuilder();
        if (table.isEmpty()) {
            table.add("");
        }
        for (String s : table) {
            st.addS(ByteString.copyFrom(s, StandardCharsets.UTF_8));
        }
        Osmformat.PrimitiveBlock block = Osmformat.PrimitiveBlock.newBuilder().setStringtable(st)
                .addPrimitivegroup(g).build();
        blob("OSMData", block.toByteArray());
        dense = null;
        ways.clear();
        relations.clear();
        strings.clear();
        table.clear();
        count = 0;
    }

    private void blob(String type, byte[] raw) throws IOException {
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        byte[] buf = new byte[raw.length + 64];
        int n = 0;
        while (!d.finished()) {
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            n += d.deflate(buf, n, buf.length - n);
        }
        d.end();
        byte[] blob = Fileformat.Blob.newBuilder().setRawSize(raw.length).setZlibData(ByteString.copyFrom(buf, 0, n))
                .build().toByteArray();
        byte[] header = Fileformat.BlobHeader.newBuilder().setType(type).setDatasize(blob.length).build().toByteArray();
        out.writeInt(header.length);
        out.write(header);
        out.write(blob);
    }

    @Override
    public void close() throws IOException {
        flush();
        out.flush();
        out.close();
    }
}
