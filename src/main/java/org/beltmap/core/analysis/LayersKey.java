package org.beltmap.core.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Region;

/**
 * What a region's layers were read from, for the pipeline's caches: the layer entries with the size and content
 * checksum (or, for big files, place and time) of every file they read. Two loads of the same unchanged files (a reload, a settings change that re-derives the
 * region, a language switch) then share their network and bundles. A region not read from files, or one whose
 * files cannot be looked at, is its own key (its layers map, by identity).
 */
final class LayersKey {

    private LayersKey() {
    }

    static Object of(Region region) {
        Project p = region.project();
        if (p.file() == null) {
            return region.layers();
        }
        StringBuilder b = new StringBuilder();
        try {
            for (LayerSpec spec : p.layers()) {
                b.append(spec.id()).append(region.layers().containsKey(spec.id()) ? '+' : '-').append(spec.kind())
                        .append(spec.fields()).append('|').append(stamp(p, spec.path()));
                if (spec.joinPath() != null) {
                    b.append('|').append(spec.joinKey()).append('|').append(stamp(p, spec.joinPath()));
                }
                b.append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return region.layers();
        }
        return b.toString();
    }

    /** Files up to this size are known by their content (a copied project is the same project); larger by place. */
    private static final long HASHED_BYTES = 32L << 20;

    private static String stamp(Project p, String path) throws IOException {
        int hash = path.indexOf('#'); // a GeoPackage table: the file is what changes
        Path f = p.resolve(hash < 0 ? path : path.substring(0, hash)).toRealPath();
        long size = Files.size(f);
        if (size <= HASHED_BYTES) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(Files.readAllBytes(f));
            return f.getFileName() + "@" + size + "#" + Long.toHexString(crc.getValue());
        }
        return f + "@" + size + "@" + Files.getLastModifiedTime(f).toMillis();
    }
}
