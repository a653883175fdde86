package org.beltmap.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Region;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A one-way street changes the route, and МТД runs outbound, centre → town.
 *
 * <pre>
 *   (0,10) ───────── regional 60 km/h, two-way ───────── (40,10)
 *     │                                                     │
 *     │                                                     │
 *   K (0,0) ◄════ federal 90 km/h, one-way towards K ════ T (40,0)
 * </pre>
 * Undirected, K → T is the federal road: 40 km at 90 = 26.7 min. With the one-way street only T → K takes it;
 * K → T drives round the loop: 60 km at 60 = 60 min.
 */
class DirectedNetworkTest {

    static final double FEDERAL = 40.0 / 90 * 60;
    static final double LOOP = 60.0;

    static Region region(boolean mapped, Object oneway, boolean digitisedTowardsK, String centre) {
        TestRegions r = new TestRegions(TestGraphs.LON0, TestGraphs.LAT0, mapped);
        if (digitisedTowardsK) {
            r.road("federal_M", oneway, 40, 0, 0, 0);
        } else {
            r.road("federal_M", oneway, 0, 0, 40, 0);
        }
        r.road("regional", null, 0, 0, 0, 10, 40, 10, 40, 0);
        if (centre.equals("K")) {
            r.centre("K", 0, 0);
            r.town("T", 40, 0);
        } else {
            r.town("K", 0, 0);
            r.centre("T", 40, 0);
        }
        return r.region();
    }

    static TownAccess mtd(Region region, String town) {
        AnalysisResult res = RegionAnalysis.once(region, AnalysisRequest.of(AnalysisRequest.Part.BELTS));
        return res.belts().towns().stream().filter(a -> a.town().id().equals(town)).findFirst().orElseThrow();
    }

    @Test
    void aOneWayStreetSendsTheOutboundRouteRoundTheLoop() {
        assertEquals(FEDERAL, mtd(region(true, null, true, "K"), "T").mtdMin(), 0.05, "no oneway value: two-way");
        for (Object yes : List.<Object>of("yes", "true", "1", 1L, 1.0)) {
            TownAccess t = mtd(region(true, yes, true, "K"), "T");
            assertEquals(LOOP, t.mtdMin(), 0.1, "oneway=" + yes + " digitised T → K");
            assertTrue(t.routeKm() > 59, "the route runs round the loop: " + t.routeKm());
        }
        for (Object reverse : List.<Object>of("-1", -1L, "reverse")) {
            assertEquals(LOOP, mtd(region(true, reverse, false, "K"), "T").mtdMin(), 0.1,
                    "oneway=" + reverse + " digitised K → T runs T → K");
        }
        for (Object both : List.<Object>of("no", "0", 0L, "")) {
            assertEquals(FEDERAL, mtd(region(true, both, true, "K"), "T").mtdMin(), 0.05, "oneway=" + both);
        }
    }

    @Test
    void aLayerThatDoesNotMapOnewayStaysUndirected() {
        // The column is there but the layer's fields do not map it: existing projects give the same МТД.
        assertEquals(FEDERAL, mtd(region(false, "yes", true, "K"), "T").mtdMin(), 0.05);
        assertFalse(RegionNetwork.build(region(false, "yes", true, "K"), RegionNetwork.Mode.ROADS).directed());
        assertTrue(RegionNetwork.build(region(true, "yes", true, "K"), RegionNetwork.Mode.ROADS).directed());
    }

    @Test
    void mtdIsOutboundFromTheCentre() {
        // The same roads with T as the centre: T → K may take the one-way federal road.
        assertEquals(FEDERAL, mtd(region(true, "yes", true, "T"), "K").mtdMin(), 0.05);
        assertEquals(LOOP, mtd(region(true, "yes", true, "K"), "T").mtdMin(), 0.1);
    }

    @Test
    void isochronesAndRaysFollowTheOneWayStreet() {
        GeometryFactory gf = new GeometryFactory();
        TestRegions frame = new TestRegions(TestGraphs.LON0, TestGraphs.LAT0, true);
        Geometry onTheStreet = gf.createPoint(new Coordinate(frame.lon(30), frame.lat(0)));
        AnalysisRequest req = AnalysisRequest.of(AnalysisRequest.Part.ISOCHRONES, AnalysisRequest.Part.RAYS)
                .withIsochrones(List.of(45.0), 250, 0);
        AnalysisResult two = RegionAnalysis.once(region(true, "no", true, "K"), req);
        AnalysisResult one = RegionAnalysis.once(region(true, "yes", true, "K"), req);
        // 30 km along the federal road: 20 min both ways; with the one-way street the best is off the loop's top
        // road (10 km away), about 57 min.
        assertTrue(two.isochrones().get(0).area().contains(onTheStreet));
        assertFalse(one.isochrones().get(0).area().contains(onTheStreet));
        assertTrue(one.isochrones().get(0).area().isValid());
        assertTrue(one.isochrones().get(0).areaKm2() < two.isochrones().get(0).areaKm2());
        // The ray to T follows T's route: straight along the federal road, or round the loop's top road.
        assertEquals(1, two.rays().size());
        assertEquals(1, one.rays().size());
        assertTrue(two.rays().get(0).line().getEnvelopeInternal().getMaxY() < frame.lat(1));
        assertTrue(one.rays().get(0).line().getEnvelopeInternal().getMaxY() > frame.lat(9));
    }
}
