package org.beltmap.core.isochrones;

import static org.beltmap.core.network.TestGraphs.lat;
import static org.beltmap.core.network.TestGraphs.line;
import static org.beltmap.core.network.TestGraphs.lon;
import static org.beltmap.core.network.TestGraphs.town;
import static org.beltmap.core.network.TestGraphs.way;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beltmap.core.belts.AccessAnalysis;
import org.beltmap.core.network.GraphBuilder;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.RoadGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class IsochroneBuilderTest {

    static final GeometryFactory GF = new GeometryFactory();

    static Geometry point(double xKm, double yKm) {
        return GF.createPoint(new Coordinate(lon(xKm), lat(yKm)));
    }

    static List<Isochrone> build(RoadGraph g, double smooth, Double... minutes) {
        AccessAnalysis a = new AccessAnalysis(g, new NetworkAccess(g, 1.3, 40), List.of(town("K", 0, 0)))
                .run(List.of(minutes).stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        return new IsochroneBuilder(1.3, 40).cell(250).smooth(smooth).build(a, List.of(minutes));
    }

    /*
     *  K ===== 60 km/h ===== 100 km east
     */
    @Test
    void bandsFollowTheRoadAndNest() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 50, 0, 100, 0), way("R", 60));
        List<Isochrone> bands = build(b.build(), 0, 30.0, 45.0, 90.0);
        assertEquals(3, bands.size());
        Isochrone i30 = bands.get(0);
        Isochrone i45 = bands.get(1);
        Isochrone i90 = bands.get(2);
        for (Isochrone i : bands) {
            assertTrue(i.area().isValid(), i.minutes() + " min band invalid");
        }
        // 30 min at 60 km/h reaches 30 km along the road; 35 km is out of the 30-min band but inside 45.
        assertTrue(i30.area().contains(point(29, 0)));
        assertFalse(i30.area().contains(point(35, 0)));
        assertTrue(i45.area().contains(point(35, 0)));
        // Off the road: 10 km beside the road at 10 km takes 10 + 19.5 min.
        assertTrue(i30.area().contains(point(10, 9)));
        assertFalse(i30.area().contains(point(10, 13)));
        // Nesting: the smaller band lies inside the larger (to within a grid cell, here exactly).
        assertTrue(i45.area().covers(i30.area()));
        assertTrue(i90.area().covers(i45.area()));
        assertTrue(i30.areaKm2() < i45.areaKm2() && i45.areaKm2() < i90.areaKm2());
        // Not a convex hull: a point 20 km off the road's middle is out of the 45 band though both ends are in.
        assertFalse(i45.area().contains(point(30, 20)));
    }

    /*
     *   +------------------------------+   a fast (300 km/h) square ring road of 80 km sides,
     *   |                              |   K on its south-west corner: the whole ring within 32 min,
     *   |            (hole)            |   its middle 40 km from any road: 78 min off the network
     *   |                              |
     *   K------------------------------+
     */
    @Test
    void unreachedMiddleOfARingRoadIsAHole() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 80, 0, 80, 80, 0, 80, 0, 0), way("ring", 300));
        List<Isochrone> bands = build(b.build(), 0, 45.0, 90.0);
        Geometry i45 = bands.get(0).area();
        assertTrue(i45.isValid());
        assertTrue(i45.contains(point(80, 80)), "far corner of the ring is reached");
        assertFalse(i45.contains(point(40, 40)), "the middle is not");
        Polygon p = (Polygon) i45.getGeometryN(0);
        assertEquals(1, p.getNumInteriorRing());
        assertTrue(bands.get(1).area().contains(point(40, 40)), "by 90 min the middle is reached");
    }

    @Test
    void smoothingKeepsBandsValidAndNested() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 30, 20, 60, 0, 90, 30), way("R", 80));
        b.addLines(line(30, 20, 30, 60), way("S", 60));
        List<Isochrone> bands = build(b.build(), 500, 30.0, 45.0, 90.0);
        for (int k = 0; k < bands.size(); k++) {
            assertTrue(bands.get(k).area().isValid());
            if (k > 0) {
                assertTrue(bands.get(k).area().buffer(1e-9).covers(bands.get(k - 1).area()));
            }
        }
    }
}
