package org.beltmap.core.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The border two pieces share, however their common edge is split into vertices. */
class SharedBorderTest {

    static Geometry wkt(String s) throws Exception {
        return new WKTReader().read(s);
    }

    @Test
    void aCommonEdgeSplitAtDifferentVerticesCountsOnce() throws Exception {
        Geometry a = wkt("POLYGON ((0 0, 1000 0, 1000 300, 1000 1000, 0 1000, 0 0))");
        Geometry b = wkt("POLYGON ((1000 0, 2000 0, 2000 1000, 1000 1000, 1000 700, 1000 0))");
        assertEquals(1000, SharedBorder.lengthM(a, b), 1e-9);
        assertEquals(1000, SharedBorder.lengthM(b, a), 1e-9);
    }

    @Test
    void partOfAnEdgeAndAnEdgeOffByLessThanTheToleranceCount() throws Exception {
        Geometry a = wkt("POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");
        // touches a's east edge from y 200 to 600, 1 mm off
        Geometry b = wkt("POLYGON ((1000.001 200, 1500 200, 1500 600, 1000.001 600, 1000.001 200))");
        assertEquals(400, SharedBorder.lengthM(a, b), 1e-6);
    }

    @Test
    void piecesTouchingAtACornerOrApartShareNothing() throws Exception {
        Geometry a = wkt("POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");
        assertEquals(0, SharedBorder.lengthM(a, wkt("POLYGON ((1000 1000, 2000 1000, 2000 2000, 1000 2000, 1000 1000))")));
        assertEquals(0, SharedBorder.lengthM(a, wkt("POLYGON ((1001 0, 2000 0, 2000 1000, 1001 1000, 1001 0))")));
        assertEquals(0, SharedBorder.lengthM(a, wkt("POLYGON ((5000 0, 6000 0, 6000 1000, 5000 1000, 5000 0))")));
    }

    @Test
    void manyEdgesAlongAnotherPieceSumUp() throws Exception {
        // a zigzag-free staircase of 50 edges along b's west side (the index path)
        StringBuilder ring = new StringBuilder("POLYGON ((0 0");
        for (int i = 1; i <= 50; i++) {
            ring.append(", 1000 ").append(i * 20);
        }
        ring.append(", 0 1000, 0 0))");
        Geometry a = wkt(ring.toString().replace("POLYGON ((0 0, 1000 20", "POLYGON ((0 0, 1000 0, 1000 20"));
        Geometry b = wkt("POLYGON ((1000 0, 2000 0, 2000 1000, 1000 1000, 1000 0))");
        assertEquals(1000, SharedBorder.lengthM(a, b), 1e-9);
        assertEquals(Geometries.sharedBorderM(a, b), SharedBorder.lengthM(a, b));
    }
}
