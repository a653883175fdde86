package org.beltmap.core.bundles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Overlay of layer corridors into disjoint faces keyed by the set of layers covering them (bit i = layer i).
 * Built incrementally: each new corridor splits every existing face into "inside" and "outside", and adds what
 * no earlier corridor covered. At most 2^n − 1 keys, but only sets that really occur are kept. Faces are cut in
 * floating precision (faster); the finder glues them with snapping, which dissolves their common edges.
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
            // Each face splits independently, and the new corridor's uncovered part and the grown cover do not
            // depend on the faces: all run in parallel; results are then put in the sequential order.
            Geometry before = covered;
            ForkJoinTask<Geometry> fresh = ForkJoinTask.adapt(() -> before == null ? c
                    : Geometries.floating(c, before, OverlayNG.DIFFERENCE)).fork();
            ForkJoinTask<Geometry> cover = ForkJoinTask.adapt(() -> before == null ? c
                    : Geometries.floating(before, c, OverlayNG.UNION)).fork();
            List<Map.Entry<Long, Geometry>> old = new ArrayList<>(faces.entrySet());
            List<Geometry[]> split = old.parallelStream().map(f -> split(f.getValue(), c)).toList();
            Map<Long, Geometry> next = new LinkedHashMap<>();
            for (int f = 0; f < old.size(); f++) {
                long key = old.get(f).getKey();
                Geometry[] parts = split.get(f);
                if (parts.length == 1) {
                    put(next, key, parts[0]);
                } else {
                    put(next, key | bit, parts[0]);
                    put(next, key, parts[1]);
                }
            }
            put(next, bit, fresh.join());
            covered = cover.join();
            faces = next;
        }
        return faces;
    }

    /** The face itself when the corridor's envelope misses it, else its parts inside and outside the corridor. */
    private static Geometry[] split(Geometry g, Geometry c) {
        if (!g.getEnvelopeInternal().intersects(c.getEnvelopeInternal())) {
            return new Geometry[] {g};
        }
        return new Geometry[] {Geometries.floating(g, c, OverlayNG.INTERSECTION),
            Geometries.floating(g, c, OverlayNG.DIFFERENCE)};
    }

    private static void put(Map<Long, Geometry> faces, long key, Geometry g) {
        if (Geometries.isSubstantial(g)) {
            faces.merge(key, g, Geometries::union);
        }
    }
}
