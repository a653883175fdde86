package org.beltmap.core.osm;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import crosby.binary.Fileformat;
import crosby.binary.Osmformat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.beltmap.core.io.DataException;

/**
 * The file blocks of an OSM PBF, read one at a time: the header block is checked, each data block is inflated and
 * parsed (on a small thread pool, handed to the visitor in file order), so memory holds a few blocks, never the
 * file. Every way a file can be wrong (OSM XML or gzip under a .pbf name, truncated, corrupt, an unsupported
 * compression or feature) is a {@link DataException} naming the file, the block and the fix.
 */
final class PbfBlocks {

    /** What a data block holds, as bits, learnt on the first pass so later passes read only the blocks they need. */
    static final int NODES = 1;
    static final int WAYS = 2;
    static final int RELATIONS = 4;

    private static final Set<String> SUPPORTED = Set.of("OsmSchema-V0.6", "DenseNodes", "Sort.Type_then_ID",
            "LocationsOnWays");
    private static final int MAX_HEADER = 64 * 1024;
    private static final int MAX_BLOB = 32 * 1024 * 1024;

    interface Visitor {
        /** @param index the data block's number in the file (0 = first after the header) */
        void block(int index, Osmformat.PrimitiveBlock block);
    }

    /** Where each data block starts and what it holds (filled on the first pass). */
    static final class Index {
        final List<Long> offsets = new ArrayList<>();
        final List<Integer> kinds = new ArrayList<>();
        Osmformat.HeaderBlock header;

        int size() {
            return offsets.size();
        }
    }

    private final Path file;
    private final BooleanSupplier cancelled;

    PbfBlocks(Path file, BooleanSupplier cancelled) {
        this.file = file;
        this.cancelled = cancelled;
    }

    /** Reads every block, filling {@code index}; the visitor sees every data block. */
    void scan(Index index, Visitor visitor) throws IOException {
        run(index, -1, visitor);
    }

    /** Reads only the data blocks whose kinds (from an earlier {@link #scan}) include one of {@code kinds}. */
    void scan(Index index, int kinds, Visitor visitor) throws IOException {
        run(index, kinds, visitor);
    }

    private record Raw(int index, long offset, Fileformat.Blob blob) {
    }

    private void run(Index index, int kinds, Visitor visitor) throws IOException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pbf-inflate");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Osmformat.PrimitiveBlock>> pending = new ArrayDeque<>();
        ArrayDeque<Integer> pendingIndex = new ArrayDeque<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (kinds < 0) {
                index.offsets.clear();
                index.kinds.clear();
                sniff(ch, size);
            }
            long pos = 0;
            int data = 0;
            int block = 0;
            while (pos < size) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                if (kinds >= 0) {
                    // Skip to the next data block this pass needs; the header block is not read again.
                    while (data < index.size() && (index.kinds.get(data) & kinds) == 0) {
                        data++;
                    }
                    if (data >= index.size()) {
                        break;
                    }
                    pos = index.offsets.get(data);
                    block = data + 1;
                }
                long start = pos;
                int headerLen = readInt(ch, pos, size, block);
                pos += 4;
                if (headerLen <= 0 || headerLen > MAX_HEADER) {
                    throw corrupt(block, start, "its header length " + headerLen + " is impossible");
                }
                Fileformat.BlobHeader bh;
                try {
                    bh = Fileformat.BlobHeader.parseFrom(read(ch, pos, headerLen, size, block, start));
                } catch (InvalidProtocolBufferException e) {
                    throw corrupt(block, start, "its header does not parse (" + e.getMessage() + ")");
                }
                pos += headerLen;
                if (bh.getDatasize() < 0 || bh.getDatasize() > MAX_BLOB) {
                    throw corrupt(block, start, "its size " + bh.getDatasize() + " is impossible");
                }
                ByteBuffer body = read(ch, pos, bh.getDatasize(), size, block, start);
                pos += bh.getDatasize();
                Fileformat.Blob blob;
                try {
                    blob = Fileformat.Blob.parseFrom(body);
                } catch (InvalidProtocolBufferException e) {
                    throw corrupt(block, start, "its data does not parse (" + e.getMessage() + ")");
                }
                if (block == 0 && kinds < 0) {
                    if (!bh.getType().equals("OSMHeader")) {
                        throw new DataException(file, null, "does not start with an OSM header block (found '"
                                + bh.getType() + "')", "download the extract again or convert it with osmium cat");
                    }
                    index.header = header(inflate(blob, block, start));
                } else if (bh.getType().equals("OSMData")) {
                    if (kinds < 0) {
                        index.offsets.add(start);
                        index.kinds.add(0);
                    }
                    final int b = block;
                    final int d = kinds < 0 ? index.size() - 1 : data;
                    Raw raw = new Raw(b, start, blob);
                    pending.add(pool.submit(() -> parse(raw)));
                    pendingIndex.add(d);
                    if (kinds >= 0) {
                        data++;
                    }
                    if (pending.size() >= 2 * threads) {
                        deliver(pending, pendingIndex, index, kinds < 0, visitor);
                    }
                }
                block++;
            }
            while (!pending.isEmpty()) {
                deliver(pending, pendingIndex, index, kinds < 0, visitor);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void deliver(ArrayDeque<Future<Osmformat.PrimitiveBlock>> pending, ArrayDeque<Integer> pendingIndex,
                         Index index, boolean learn, Visitor visitor) {
        Osmformat.PrimitiveBlock pb;
        try {
            pb = pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DataException de) {
                throw de;
            }
            throw new IllegalStateException(e.getCause());
        }
        int d = pendingIndex.removeFirst();
        if (learn) {
            int k = 0;
            for (Osmformat.PrimitiveGroup g : pb.getPrimitivegroupList()) {
                k |= (g.hasDense() || g.getNodesCount() > 0 ? NODES : 0) | (g.getWaysCount() > 0 ? WAYS : 0)
                        | (g.getRelationsCount() > 0 ? RELATIONS : 0);
            }
            index.kinds.set(d, k);
        }
        visitor.block(d, pb);
    }

    private Osmformat.PrimitiveBlock parse(Raw raw) {
        byte[] bytes = inflate(raw.blob(), raw.index(), raw.offset());
        try {
            return Osmformat.PrimitiveBlock.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw corrupt(raw.index(), raw.offset(), "its OSM data does not parse (" + e.getMessage() + ")");
        }
    }

    private Osmformat.HeaderBlock header(byte[] bytes) {
        Osmformat.HeaderBlock h;
        try {
            h = Osmformat.HeaderBlock.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw corrupt(0, 0, "its header block does not parse (" + e.getMessage() + ")");
        }
        for (String f : h.getRequiredFeaturesList()) {
            if (!SUPPORTED.contains(f)) {
                throw new DataException(file, null, "needs the PBF feature '" + f + "', which BeltMap does not read",
                        f.startsWith("Historical") ? "use a current extract, not a history file"
                                : "convert it with osmium cat in.osm.pbf -o out.osm.pbf");
            }
        }
        return h;
    }

    private byte[] inflate(Fileformat.Blob blob, int block, long offset) {
        if (blob.hasRaw()) {
            return blob.getRaw().toByteArray();
        }
        if (!blob.hasZlibData()) {
            String kind = blob.hasLzmaData() ? "LZMA" : blob.hasZstdData() ? "ZSTD" : blob.hasLz4Data() ? "LZ4" : "bzip2";
            throw new DataException(file, "block " + block, "is " + kind + "-compressed, which BeltMap does not read",
                    "recompress the extract with zlib: osmium cat in.osm.pbf -o out.osm.pbf");
        }
        if (blob.getRawSize() < 0 || blob.getRawSize() > MAX_BLOB) {
            throw corrupt(block, offset, "its stated size " + blob.getRawSize() + " is impossible");
        }
        ByteString z = blob.getZlibData();
        byte[] out = new byte[blob.getRawSize()];
        Inflater inf = new Inflater();
        try {
            inf.setInput(z.asReadOnlyByteBuffer());
            int n = 0;
            while (n < out.length && !inf.finished()) {
                int got = inf.inflate(out, n, out.length - n);
                if (got == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != out.length) {
                throw corrupt(block, offset, "it inflates to " + n + " bytes, not the " + out.length + " it states");
            }
        } catch (DataFormatException e) {
            throw corrupt(block, offset, "its zlib data is damaged (" + e.getMessage() + ")");
        } finally {
            inf.end();
        }
        return out;
    }

    /** OSM XML, gzip or bzip2 under a .pbf name, or no PBF at all: said before any block is parsed. */
    private void sniff(FileChannel ch, long size) throws IOException {
        if (size == 0) {
            throw new DataException(file, null, "is empty", "download the extract again");
        }
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, 256));
        ch.read(head, 0);
        byte[] b = java.util.Arrays.copyOf(head.array(), head.position());
        String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\uFEFF", "").trim();
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3).trim();
        }
        if (text.startsWith("<?xml") || text.startsWith("<osm")) {
            throw new DataException(file, null, "is OSM XML, not PBF",
                    "convert it with osmium cat " + file.getFileName() + " -o extract.osm.pbf, or download the .osm.pbf");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            throw new DataException(file, null, "is gzip-compressed (an .osm.gz?), not PBF",
                    "convert it with osmium cat in.osm.gz -o extract.osm.pbf");
        }
        if (b.length >= 3 && b[0] == 'B' && b[1] == 'Z' && b[2] == 'h') {
            throw new DataException(file, null, "is bzip2-compressed (an .osm.bz2?), not PBF",
                    "convert it with osmium cat in.osm.bz2 -o extract.osm.pbf");
        }
        int len = b.length >= 4 ? ByteBuffer.wrap(b, 0, 4).getInt() : -1;
        if (len <= 0 || len > MAX_HEADER) {
            throw new DataException(file, null, "is not an OSM PBF file (no block header at its start)",
                    "give an .osm.pbf extract, e.g. from a regional extract site, or convert with osmium cat");
        }
    }

    private int readInt(FileChannel ch, long pos, long size, int block) throws IOException {
        return read(ch, pos, 4, size, block, pos).getInt();
    }

    private ByteBuffer read(FileChannel ch, long pos, int len, long size, int block, long start) throws IOException {
        if (pos + len > size) {
            throw new DataException(file, "block " + block + " at byte " + start, "is truncated: the file ends at byte "
                    + size + ", " + (pos + len - size) + " bytes short",
                    "the download was cut off: download the extract again");
        }
        ByteBuffer buf = ByteBuffer.allocate(len);
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0) {
                throw new DataException(file, "block " + block, "is truncated", "download the extract again");
            }
        }
        buf.flip();
        return buf;
    }

    private DataException corrupt(int block, long offset, String what) {
        return new DataException(file, "block " + block + " at byte " + offset, "is damaged: " + what,
                "download the extract again (or check it with osmium fileinfo -e)");
    }
}
