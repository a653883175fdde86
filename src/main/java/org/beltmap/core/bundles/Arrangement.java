package org.beltmap.core.bundles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Overlay of layer corridors into disjoint faces keyed by the set of layers covering them (bit i = layer i).
 * Built incrementally: each new corridor splits every existing face into "inside" and "outside", and adds what
 * no earlier corridor covered. At most 2^n − 1 keys, but only sets that really occur are kept.
 */
final class Arrangement {

    private Arrangement() {
    }

    static Map<Long, Geometry> faces(List<Geometry> corridors) {
        if (corridors.size() > 62) {
            throw new IllegalArgumentException("at most 62 linear layers can be overlaid, got " + corridors.size());
        }
        Map<Long, Geometry> faces = new LinkedHashMap<>();
        Geometry covered = null;
        for (int i = 0; i < corridors.size(); i++) {
            Geometry c = corridors.get(i);
            if (c.isEmpty()) {
                continue;
            }
            long bit = 1L << i;
            Map<Long, Geometry> next = new LinkedHashMap<>();
            for (Map.Entry<Long, Geometry> f : faces.entrySet()) {
                Geometry g = f.getValue();
                if (!g.getEnvelopeInternal().intersects(c.getEnvelopeInternal())) {
                    put(next, f.getKey(), g);
                    continue;
                }
                put(next, f.getKey() | bit, Geometries.intersection(g, c));
                put(next, f.getKey(), Geometries.difference(g, c));
            }
            put(next, bit, covered == null ? c : Geometries.difference(c, covered));
            covered = covered == null ? c : Geometries.union(covered, c);
            faces = next;
        }
        return faces;
    }

    private static void put(Map<Long, Geometry> faces, long key, Geometry g) {
        if (Geometries.isSubstantial(g)) {
            faces.merge(key, g, Geometries::union);
        }
    }
}
