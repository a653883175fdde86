package org.beltmap.core.bundles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.RecursiveTask;
import java.util.function.BinaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.GeometryFilter;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Union of polygons computed as JTS 1.20's cascaded union does it (an STR-tree of node capacity 4, subtrees unioned
 * recursively, each list halved and the halves unioned pairwise), but with independent subtrees unioned on the
 * fork-join pool. With {@code OverlayNGRobust} as the binary union the same unions run on the same inputs as in
 * {@code OverlayNGRobust.union}, so the result is the same bit for bit.
 */
final class ParallelUnion {

    /** Below this many input polygons a subtree is unioned on the calling thread. */
    private static final int SEQUENTIAL = 8;

    private ParallelUnion() {
    }

    /** The union, or an empty geometry of the first part's factory when there is nothing to union. */
    static Geometry union(Collection<Geometry> parts, BinaryOperator<Geometry> union) {
        List<Geometry> polygons = new ArrayList<>();
        GeometryFactory factory = null;
        for (Geometry g : parts) {
            factory = factory == null ? g.getFactory() : factory;
            g.apply((GeometryFilter) c -> {
                if (!(c instanceof GeometryCollection) && !c.isEmpty() && c instanceof Polygon) {
                    polygons.add(c);
                }
            });
        }
        if (polygons.isEmpty()) {
            return factory == null ? Geometries.FACTORY.createPolygon() : factory.createPolygon();
        }
        STRtree index = new STRtree(4);
        for (Geometry p : polygons) {
            index.insert(p.getEnvelopeInternal(), p);
        }
        return new Tree(index.itemsTree(), union).invoke();
    }

    /** {@code unionTree}: the subtrees reduced to geometries, then their binary union. */
    private static final class Tree extends RecursiveTask<Geometry> {
        private final List<?> tree;
        private final BinaryOperator<Geometry> union;

        Tree(List<?> tree, BinaryOperator<Geometry> union) {
            this.tree = tree;
            this.union = union;
        }

        @Override
        protected Geometry compute() {
            List<Tree> forked = new ArrayList<>();
            boolean parallel = size(tree) >= SEQUENTIAL;
            for (Object o : tree) {
                if (o instanceof List<?> sub) {
                    Tree t = new Tree(sub, union);
                    forked.add(t);
                    if (parallel) {
                        t.fork();
                    }
                }
            }
            List<Geometry> geoms = new ArrayList<>(tree.size());
            int next = 0;
            for (Object o : tree) {
                if (o instanceof List<?>) {
                    Tree t = forked.get(next++);
                    geoms.add(parallel ? t.join() : t.compute());
                } else {
                    geoms.add((Geometry) o);
                }
            }
            return new Halves(geoms, 0, geoms.size(), parallel, union).compute();
        }
    }

    /** {@code binaryUnion} of a section of a list. */
    private static final class Halves extends RecursiveTask<Geometry> {
        private final List<Geometry> geoms;
        private final int start;
        private final int end;
        private final boolean parallel;
        private final BinaryOperator<Geometry> union;

        Halves(List<Geometry> geoms, int start, int end, boolean parallel, BinaryOperator<Geometry> union) {
            this.geoms = geoms;
            this.start = start;
            this.end = end;
            this.parallel = parallel;
            this.union = union;
        }

        @Override
        protected Geometry compute() {
            if (end - start <= 1) {
                return unionSafe(get(start), null, union);
            }
            if (end - start == 2) {
                return unionSafe(get(start), get(start + 1), union);
            }
            int mid = (end + start) / 2;
            Halves right = new Halves(geoms, mid, end, parallel, union);
            if (parallel) {
                right.fork();
            }
            Geometry g0 = new Halves(geoms, start, mid, parallel, union).compute();
            Geometry g1 = parallel ? right.join() : right.compute();
            return unionSafe(g0, g1, union);
        }

        private Geometry get(int i) {
            return i >= geoms.size() ? null : geoms.get(i);
        }
    }

    private static Geometry unionSafe(Geometry g0, Geometry g1, BinaryOperator<Geometry> union) {
        if (g0 == null && g1 == null) {
            return null;
        }
        if (g0 == null) {
            return g1.copy();
        }
        if (g1 == null) {
            return g0.copy();
        }
        return restrictToPolygons(union.apply(g0, g1));
    }

    @SuppressWarnings("unchecked")
    private static Geometry restrictToPolygons(Geometry g) {
        if (g instanceof Polygonal) {
            return g;
        }
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        if (polygons.size() == 1) {
            return polygons.get(0);
        }
        return g.getFactory().createMultiPolygon(GeometryFactory.toPolygonArray(polygons));
    }

    /** Number of geometries under a tree node, to keep small subtrees off the pool. */
    private static int size(List<?> tree) {
        int n = 0;
        for (Object o : tree) {
            n += o instanceof List<?> sub ? size(sub) : 1;
            if (n >= SEQUENTIAL) {
                return n;
            }
        }
        return n;
    }
}
