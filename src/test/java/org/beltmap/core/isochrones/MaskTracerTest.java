package org.beltmap.core.isochrones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Masks drawn as text (top row first, X = inside) and the polygons expected, as WKT in cell-corner units. */
class MaskTracerTest {

    static final GeometryFactory GF = new GeometryFactory();
    static final double TOLERANCE = 1e-9;

    static List<Polygon> trace(String... rows) {
        int h = rows.length;
        int w = rows[0].length();
        boolean[] in = new boolean[w * h];
        for (int r = 0; r < h; r++) {
            for (int i = 0; i < w; i++) {
                in[(h - 1 - r) * w + i] = rows[r].charAt(i) == 'X';
            }
        }
        return new MaskTracer(w, h, in).trace(GF);
    }

    /** Each expected polygon matches one traced polygon exactly once both are normalised (as JTS's tests do). */
    static void assertPolygons(List<Polygon> actual, String... expectedWkt) throws ParseException {
        WKTReader reader = new WKTReader(GF);
        assertEquals(expectedWkt.length, actual.size(), actual.toString());
        List<Geometry> got = actual.stream().map(Geometry::norm).sorted(Comparator.naturalOrder()).toList();
        List<Geometry> want = new java.util.ArrayList<>();
        for (String wkt : expectedWkt) {
            want.add(reader.read(wkt).norm());
        }
        want.sort(Comparator.naturalOrder());
        for (int k = 0; k < want.size(); k++) {
            assertTrue(want.get(k).equalsExact(got.get(k), TOLERANCE), "expected " + want.get(k) + " got " + got.get(k));
            assertTrue(got.get(k).isValid(), got.get(k) + " is invalid");
        }
    }

    @Test
    void aBlockWithAHoleAndCellsTouchingOnlyAtCornersStaySeparateValidPolygons() throws ParseException {
        List<Polygon> p = trace(
                "XXX..",
                "X.X..",
                "XXX..",
                "...X.",
                "....X");
        assertPolygons(p,
                "POLYGON ((0 2, 3 2, 3 5, 0 5, 0 2), (1 3, 1 4, 2 4, 2 3, 1 3))",
                "POLYGON ((3 1, 4 1, 4 2, 3 2, 3 1))",
                "POLYGON ((4 0, 5 0, 5 1, 4 1, 4 0))");
    }

    @Test
    void anIslandInAHoleIsItsOwnPolygonAndTheHoleBelongsToTheFrame() throws ParseException {
        List<Polygon> p = trace(
                "XXXXXXX",
                "X.....X",
                "X.....X",
                "X..X..X",
                "X.....X",
                "X.....X",
                "XXXXXXX");
        assertPolygons(p,
                "POLYGON ((0 0, 7 0, 7 7, 0 7, 0 0), (1 1, 1 6, 6 6, 6 1, 1 1))",
                "POLYGON ((3 3, 4 3, 4 4, 3 4, 3 3))");
    }

    @Test
    void aConcaveOutlineKeepsOnlyItsCorners() throws ParseException {
        List<Polygon> p = trace(
                "X..X",
                "X..X",
                "XXXX");
        assertPolygons(p, "POLYGON ((0 0, 4 0, 4 3, 3 3, 3 1, 1 1, 1 3, 0 3, 0 0))");
    }

    @Test
    void aRingClosedOnlyAtACornerLeavesAHoleTouchingTheShellAtThatPoint() throws ParseException {
        List<Polygon> p = trace(
                ".XX",
                "X.X",
                "XXX");
        assertPolygons(p, "POLYGON ((0 0, 3 0, 3 3, 1 3, 1 2, 0 2, 0 0), (1 1, 1 2, 2 2, 2 1, 1 1))");
    }

    @Test
    void randomMasksGiveValidPolygonsCoveringExactlyTheirCells() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int round = 0; round < 300; round++) {
            int w = 1 + rnd.nextInt(12);
            int h = 1 + rnd.nextInt(12);
            double density = rnd.nextDouble();
            boolean[] in = new boolean[w * h];
            int cells = 0;
            for (int k = 0; k < in.length; k++) {
                in[k] = rnd.nextDouble() < density;
                cells += in[k] ? 1 : 0;
            }
            List<Polygon> p = new MaskTracer(w, h, in).trace(GF);
            Geometry all = GF.createMultiPolygon(p.toArray(new Polygon[0]));
            assertTrue(all.isValid(), "mask " + round + ": " + all);
            assertEquals(cells, all.getArea(), TOLERANCE, "mask " + round);
            for (int k = 0; k < in.length; k++) {
                var centre = GF.createPoint(new org.locationtech.jts.geom.Coordinate(k % w + 0.5, k / w + 0.5));
                assertEquals(in[k], all.contains(centre), "mask " + round + " cell " + k);
            }
        }
    }

    @Test
    void aSaddleInsideAHoleGivesTwoHolesNotOneTouchingItself() throws ParseException {
        List<Polygon> p = trace(
                "XXXX",
                "X.XX",
                "XX.X",
                "XXXX");
        assertEquals(1, p.size());
        assertTrue(p.get(0).isValid());
        assertEquals(2, p.get(0).getNumInteriorRing(), p.get(0).toString());
        assertEquals(16 - 2, p.get(0).getArea(), TOLERANCE);
    }
}
