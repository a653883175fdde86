package org.beltmap.core.bundles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Finds bundles among layer corridors (metric). Definition, strongest first (k = n … 2):
 * <ol>
 * <li>Faces covered by exactly the same k layers are merged where they touch.</li>
 * <li>Fringes: where k layers lie a little apart, the k-layer zone has thin ribbons (thinner than half the width)
 * alongside a stronger bundle of a superset of layers; those ribbons join that bundle instead of standing alone.</li>
 * <li>"Run together": a piece is a bundle when its run length (see {@link Geometries#runLengthM}) reaches the
 * minimum length. A shorter piece — a crossing, a junction — is demoted into the touching (k−1)-layer piece of a
 * subset of its layers with the longest common border, or dropped when there is none; so a crossing never splits
 * or creates a bundle.</li>
 * </ol>
 * Strength = number of layers in the set (distinct layers, so two engineering layers count as two).
 */
final class BundleFinder {

    /** A piece of territory and the set of layers (bitmask) running together over it. */
    record Piece(Geometry area, long layers) {
        int strength() {
            return Long.bitCount(layers);
        }
    }

    private final double widthM;
    private final double minLengthM;

    BundleFinder(double widthM, double minLengthM) {
        this.widthM = widthM;
        this.minLengthM = minLengthM;
    }

    List<Piece> find(Map<Long, Geometry> faces) {
        Map<Integer, List<Piece>> pool = new HashMap<>();
        int top = 0;
        for (Map.Entry<Long, Geometry> f : faces.entrySet()) {
            int k = Long.bitCount(f.getKey());
            if (k >= 2) {
                pool.computeIfAbsent(k, x -> new ArrayList<>()).add(new Piece(f.getValue(), f.getKey()));
                top = Math.max(top, k);
            }
        }
        List<Piece> kept = new ArrayList<>();
        for (int k = top; k >= 2; k--) {
            List<Piece> level = mergeSameSet(pool.getOrDefault(k, List.of()));
            List<Piece> lower = pool.getOrDefault(k - 1, List.of());
            Map<Piece, Geometry> thin = thinParts(level, kept);
            List<Piece> toDemote = new ArrayList<>();
            for (Piece p : level) {
                Geometry rest = absorbFringes(p, kept, thin);
                for (Polygon part : Geometries.polygons(rest)) {
                    Piece piece = new Piece(part, p.layers());
                    if (Geometries.runLengthM(part) >= minLengthM) {
                        kept.add(piece);
                    } else if (k > 2) {
                        toDemote.add(piece);
                    }
                }
            }
            // Demotion reads only the (k−1)-pieces, which do not change during the level: all at once.
            List<Piece> demoted = toDemote.parallelStream().map(piece -> demote(piece, lower))
                    .flatMap(Optional::stream).toList();
            pool.computeIfAbsent(k - 1, x -> new ArrayList<>()).addAll(demoted);
            kept = mergeSameSet(kept);
        }
        // Absorbed fringes touching a bundle only at a corner split off again on merging: they are no bundles.
        return kept.stream().filter(p -> Geometries.runLengthM(p.area()) >= minLengthM).toList();
    }

    /** Unions touching pieces of the same layer set; returns one piece per connected polygon. */
    private static List<Piece> mergeSameSet(List<Piece> pieces) {
        Map<Long, List<Geometry>> bySet = new LinkedHashMap<>();
        for (Piece p : pieces) {
            bySet.computeIfAbsent(p.layers(), x -> new ArrayList<>()).add(p.area());
        }
        List<Map.Entry<Long, List<Geometry>>> sets = new ArrayList<>(bySet.entrySet());
        List<Geometry> unions = sets.parallelStream().map(e -> Geometries.union(e.getValue())).toList();
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            for (Polygon poly : Geometries.polygons(unions.get(i))) {
                out.add(new Piece(poly, sets.get(i).getKey()));
            }
        }
        return out;
    }

    /**
     * The thin parts of the level's pieces that may have fringes to give away (a stronger kept piece of a
     * superset of layers has an envelope within reach), computed in parallel ahead of the sequential
     * absorption; a piece not foreseen here gets its thin part computed when needed.
     */
    private Map<Piece, Geometry> thinParts(List<Piece> level, List<Piece> kept) {
        List<Piece> candidates = level.stream().filter(p -> kept.stream().anyMatch(q ->
                (q.layers() & p.layers()) == p.layers() && q.strength() > p.strength()
                        && q.area().getEnvelopeInternal().distance(p.area().getEnvelopeInternal()) <= 1.0))
                .toList();
        List<Geometry> parts = candidates.parallelStream().map(this::thin).toList();
        Map<Piece, Geometry> out = new IdentityHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            out.put(candidates.get(i), parts.get(i));
        }
        return out;
    }

    /** What an opening at a quarter of the width removes from the piece: ribbons thinner than half the width. */
    private Geometry thin(Piece p) {
        double r = widthM / 4;
        Geometry thick = Geometries.buffer(Geometries.buffer(p.area(), -r), r);
        return Geometries.difference(p.area(), thick);
    }

    /**
     * Moves the thin parts of {@code p} that touch a kept stronger bundle of a superset of its layers into that
     * bundle (which is replaced in {@code kept}); returns what remains of {@code p}.
     */
    private Geometry absorbFringes(Piece p, List<Piece> kept, Map<Piece, Geometry> thinParts) {
        List<Integer> stronger = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Piece q = kept.get(i);
            if ((q.layers() & p.layers()) == p.layers() && q.strength() > p.strength()
                    && q.area().isWithinDistance(p.area(), 1.0)) {
                stronger.add(i);
            }
        }
        if (stronger.isEmpty()) {
            return p.area();
        }
        double r = widthM / 4;
        Geometry thin = thinParts.containsKey(p) ? thinParts.get(p) : thin(p);
        List<Geometry> absorbed = new ArrayList<>();
        for (Polygon t : Geometries.polygons(thin)) {
            int best = -1;
            double bestShared = 0;
            for (int i : stronger) {
                double shared = Geometries.sharedBorderM(t, kept.get(i).area());
                if (shared > bestShared) {
                    bestShared = shared;
                    best = i;
                }
            }
            if (best >= 0 && bestShared >= r) {
                Piece q = kept.get(best);
                kept.set(best, new Piece(Geometries.union(q.area(), t), q.layers()));
                absorbed.add(t);
            }
        }
        return absorbed.isEmpty() ? p.area() : Geometries.difference(p.area(), Geometries.union(absorbed));
    }

    /** The piece re-labelled with the layer set of its (k−1)-neighbour of a subset of its layers, if any. */
    private static Optional<Piece> demote(Piece p, List<Piece> lower) {
        List<Piece> subsets = lower.stream().filter(q -> (q.layers() & p.layers()) == q.layers()).toList();
        double[] shared = subsets.parallelStream().mapToDouble(q -> Geometries.sharedBorderM(p.area(), q.area()))
                .toArray();
        Piece best = null;
        double bestShared = 0;
        for (int i = 0; i < subsets.size(); i++) {
            if (shared[i] > bestShared) {
                bestShared = shared[i];
                best = subsets.get(i);
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Piece(p.area(), best.layers()));
    }
}
