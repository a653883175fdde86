package org.beltmap.core.isochrones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beltmap.core.belts.AccessAnalysis;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.Arrivals;
import org.beltmap.core.network.GraphBuilder;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.OffRoad;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.TestRegions;
import org.beltmap.core.network.Way;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The travel-time field: bands against shapes known in closed form (WKT in km from the centre, compared with a
 * tolerance of a cell), and every cell against the exact fastest exit the МТД uses ({@link Arrivals}).
 */
class TravelTimeGridTest {

    static final GeometryFactory GF = new GeometryFactory();
    static final double K = OffRoad.minutesPerMetre(1.3, 40) * 1000;
    static final double CELL_M = 250;

    /** A frame at an origin: lines in km become a graph, bands come back in km. */
    record Frame(TestRegions r, double lon0, double lat0) {
        Frame(double lon0, double lat0) {
            this(new TestRegions(lon0, lat0, false), lon0, lat0);
        }

        Geometry toKm(Geometry lonLat) {
            Geometry g = lonLat.copy();
            double mx = Geodesy.metresPerDegreeLon(lat0) / 1000;
            double my = Geodesy.METRES_PER_DEGREE / 1000;
            g.apply((CoordinateFilter) c -> {
                c.x = (c.x - lon0) * mx;
                c.y = (c.y - lat0) * my;
            });
            g.geometryChanged();
            return g;
        }

        Town town(double x, double y) {
            return new Town("K", "K", "K", r.lon(x), r.lat(y), 1, null, org.beltmap.core.model.Published.NONE, null);
        }
    }

    static RoadGraph graph(Frame f, double kmh, byte dir, double[]... lines) {
        GraphBuilder b = new GraphBuilder(30, 0, f.lat0());
        for (double[] km : lines) {
            Coordinate[] cs = new Coordinate[km.length / 2];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = new Coordinate(f.r().lon(km[2 * i]), f.r().lat(km[2 * i + 1]));
            }
            b.addLines(GF.createLineString(cs), new Way("roads", 0, "test", "R", kmh), dir);
        }
        return b.build();
    }

    static Geometry band(Frame f, RoadGraph g, List<Town> centres, double minutes, double maxAccessM) {
        AccessAnalysis a = new AccessAnalysis(g, new NetworkAccess(g, 1.3, 40), centres).maxAccess(maxAccessM)
                .run(minutes);
        return f.toKm(new IsochroneBuilder(1.3, 40).cell(CELL_M).smooth(0).build(a, List.of(minutes)).get(0).area());
    }

    /** Same shape to within the cell: Hausdorff distance below the cell's diagonal, area within 3 %. */
    static void assertShape(Geometry expected, Geometry actual) {
        double tol = CELL_M / 1000 * Math.sqrt(2);
        double h = DiscreteHausdorffDistance.distance(expected, actual, 0.05);
        assertTrue(h <= tol, "Hausdorff " + h + " km > " + tol);
        assertEquals(expected.getArea(), actual.getArea(), 0.03 * expected.getArea(), "area");
        assertTrue(actual.isValid());
    }

    static Geometry wkt(String text) throws ParseException {
        return new WKTReader(GF).read(text);
    }

    @Test
    void withNoRoadInReachTheBandIsADiscAtTheAccessPace() throws ParseException {
        Frame f = new Frame(39, 45);
        RoadGraph g = graph(f, 60, RoadGraph.BOTH, new double[] {300, 300, 310, 300});
        // 30 min at 1.95 min/km: 15.4 km.
        assertShape(wkt("POINT (0 0)").buffer(30 / K, 64), band(f, g, List.of(f.town(0, 0)), 30, 100_000));
    }

    @Test
    void alongARoadTheBandIsTheHullOfTheDiscsAtItsEnds() throws ParseException {
        Frame f = new Frame(39, 45);
        RoadGraph g = graph(f, 60, RoadGraph.BOTH, new double[] {0, 0, 50, 0, 100, 0});
        // 60 km/h = 1 min/km: in 30 min the road reaches 30 km; the disc radius falls linearly to 0 there, so the
        // union of the discs along it is the hull of the disc at the centre and the point at 30 km.
        Geometry expected = wkt("POINT (0 0)").buffer(30 / K, 64).union(wkt("POINT (30 0)")).convexHull();
        assertShape(expected, band(f, g, List.of(f.town(0, 0)), 30, 100_000));
    }

    @Test
    void theMaximumAccessDistanceCapsTheDiscs() throws ParseException {
        Frame f = new Frame(39, 45);
        RoadGraph g = graph(f, 300, RoadGraph.BOTH, new double[] {0, 0, 50, 0, 100, 0});
        // 300 km/h = 0.2 min/km. Off-road legs at most 8 km: radius min(8, (30 − 0.2 u) / 1.95), 8 km up to
        // u = 72 km, then 5.1 km at the road's end (100 km, 20 min).
        double end = (30 - 20) / K;
        Geometry expected = wkt("MULTIPOINT ((0 0), (72.0 0))").buffer(8, 64)
                .union(wkt("POINT (100 0)").buffer(end, 64)).convexHull();
        assertShape(expected, band(f, g, List.of(f.town(0, 0)), 30, 8_000));
    }

    @Test
    void aOneWayRoadAwayFromTheCentreGivesTheSameHullAndNothingBack() throws ParseException {
        Frame f = new Frame(39, 45);
        // The road runs east only, digitised west to east; the same road digitised east to west is closed to us.
        RoadGraph out = graph(f, 60, RoadGraph.FORWARD, new double[] {0, 0, 50, 0, 100, 0});
        RoadGraph back = graph(f, 60, RoadGraph.FORWARD, new double[] {100, 0, 50, 0, 0, 0});
        Geometry disc = wkt("POINT (0 0)").buffer(30 / K, 64);
        assertShape(disc.union(wkt("POINT (30 0)")).convexHull(), band(f, out, List.of(f.town(0, 0)), 30, 100_000));
        assertShape(disc, band(f, back, List.of(f.town(0, 0)), 30, 100_000));
    }

    /**
     * Every cell's time is the exact fastest exit at its centre (what a town there would get as МТД), on
     * networks with one-way streets, several centres and off-road gaps, north and south of the equator.
     */
    @Test
    void everyCellIsTheExactFieldTheMtdUses() {
        for (int run = 0; run < 6; run++) {
            double lat0 = run % 2 == 0 ? 45 : -38;
            Frame f = new Frame(lat0 > 0 ? 39 : -63, lat0);
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(run);
            GraphBuilder b = new GraphBuilder(30, 300, lat0);
            for (int i = 0; i < 25; i++) {
                double x = rnd.nextDouble() * 60 - 30;
                double y = rnd.nextDouble() * 60 - 30;
                double[] km = {x, y, x + rnd.nextDouble() * 30 - 15, y + rnd.nextDouble() * 30 - 15,
                    x + rnd.nextDouble() * 30 - 15, y + rnd.nextDouble() * 30 - 15};
                Coordinate[] cs = new Coordinate[3];
                for (int k = 0; k < 3; k++) {
                    cs[k] = new Coordinate(f.r().lon(km[2 * k]), f.r().lat(km[2 * k + 1]));
                }
                byte dir = (byte) (rnd.nextInt(3) - 1);
                b.addLines(GF.createLineString(cs), new Way("roads", i, "test", "R" + i, 30 + rnd.nextInt(90)), dir);
            }
            RoadGraph g = b.build();
            List<Town> centres = List.of(f.town(0, 0), f.town(12, -7));
            double limit = 45;
            double maxM = 12_000;
            NetworkAccess access = new NetworkAccess(g, 1.3, 40);
            AccessAnalysis a = new AccessAnalysis(g, access, centres).maxAccess(maxM).run(limit);
            Arrivals exits = access.arrivals(a.paths());
            TravelTimeGrid grid = TravelTimeGrid.build(a.paths(), centres, limit, 500, K / 1000, maxM, 2_000_000,
                    () -> exits);
            int compared = 0;
            int exactCells = 0;
            for (int k = 0; k < grid.t.length; k++) {
                double lon = grid.lon(grid.minX + (k % grid.w + 0.5) * grid.cell);
                double lat = grid.lat(grid.minY + (k / grid.w + 0.5) * grid.cell);
                double direct = Double.POSITIVE_INFINITY;
                for (Town c : centres) {
                    double dx = (c.lon() - lon) * Geodesy.metresPerDegreeLon(lat);
                    double dy = (c.lat() - lat) * Geodesy.METRES_PER_DEGREE;
                    double m = Math.hypot(dx, dy);
                    direct = m <= maxM ? Math.min(direct, m * K / 1000) : direct;
                }
                Arrivals.Arrival best = exits.best(lon, lat, maxM, direct);
                double exact = best != null ? best.minutes() : direct;
                if (exact <= limit) {
                    compared++;
                    // Float storage: 1e-4 relative. A very rare cell (one in tens of thousands) is handed a
                    // source a hair worse than the best; never by more than a hundredth of a minute.
                    assertEquals(exact, grid.t[k], 0.02, "run " + run + ", cell " + k);
                    exactCells += Math.abs(exact - grid.t[k]) <= 1e-4 * Math.max(1, exact) ? 1 : 0;
                } else {
                    assertTrue(grid.t[k] > limit - 1e-4, "run " + run + ", cell " + k + ": " + grid.t[k]);
                }
            }
            assertTrue(compared > 5_000, "cells compared: " + compared);
            assertTrue(exactCells >= compared * 0.999, exactCells + " of " + compared + " exact");
        }
    }
}
