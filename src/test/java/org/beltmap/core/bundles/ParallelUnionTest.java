package org.beltmap.core.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** The parallel union gives JTS's cascaded union bit for bit: bundles must not move when it is used. */
class ParallelUnionTest {

    /** Buffers of short random road pieces around a few junctions, overlapping heavily like a corridor's. */
    static List<Geometry> capsules(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = rnd.nextDouble(0, 200_000);
            double y = rnd.nextDouble(0, 200_000);
            Geometry seg = Geometries.FACTORY.createLineString(new Coordinate[] {new Coordinate(x, y),
                new Coordinate(x + rnd.nextDouble(-3000, 3000), y + rnd.nextDouble(-3000, 3000)),
                new Coordinate(x + rnd.nextDouble(-3000, 3000), y + rnd.nextDouble(-3000, 3000))});
            out.add(Geometries.buffer(seg, 2500));
        }
        return out;
    }

    static Geometry robust(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.UNION);
    }

    @Test
    void manyOverlappingBuffersGiveExactlyTheCascadedUnion() {
        List<Geometry> parts = capsules(1500, 7);
        Geometry expected = OverlayNGRobust.union(parts);
        Geometry actual = Geometries.unionOverlapping(parts);
        assertTrue(expected.equalsExact(actual), "the same vertices in the same order");
        assertTrue(actual.getNumGeometries() > 1 && actual.isValid());
    }

    @Test
    void multiPolygonsAndEmptiesAreTakenApartAsJtsDoes() throws Exception {
        WKTReader r = new WKTReader();
        List<Geometry> parts = List.of(r.read("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0)))"),
                r.read("POLYGON EMPTY"), r.read("POLYGON ((5 5, 25 5, 25 8, 5 8, 5 5))"));
        Geometry actual = ParallelUnion.union(parts, ParallelUnionTest::robust);
        assertTrue(OverlayNGRobust.union(parts).equalsExact(actual));
        assertEquals(1, actual.getNumGeometries());
        assertEquals(200 + 60 - 2 * 15, actual.getArea(), 1e-9);
    }

    @Test
    void nothingToUnionIsAnEmptyPolygon() throws Exception {
        assertTrue(ParallelUnion.union(List.of(new WKTReader().read("POLYGON EMPTY")), ParallelUnionTest::robust).isEmpty());
    }
}
