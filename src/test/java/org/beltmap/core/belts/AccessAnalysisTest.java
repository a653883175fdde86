package org.beltmap.core.belts;

import static org.beltmap.core.network.TestGraphs.line;
import static org.beltmap.core.network.TestGraphs.minutes;
import static org.beltmap.core.network.TestGraphs.town;
import static org.beltmap.core.network.TestGraphs.way;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.GraphBuilder;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.RoadGraph;
import org.junit.jupiter.api.Test;

class AccessAnalysisTest {

    static final List<Double> BELTS = List.of(45.0, 90.0);

    static RoadGraph graph(GraphBuilder b) {
        return b.build();
    }

    /*
     *  K(centre) ======== 90 km/h ======== T1        T1 at 60 km: 40 min
     *  0                                   60 km
     *                                      |
     *                                      T2 sits 1 km south of the road end: + access leg
     */
    @Test
    void minutesAlongTheNetworkPlusAccessLegs() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 30, 0, 60, 0), way("M", 90));
        RoadGraph g = b.build();
        NetworkAccess access = new NetworkAccess(g, 1.3, 40);
        Town k = town("K", 0, 0);
        AccessAnalysis a = new AccessAnalysis(g, access, List.of(k)).run(Double.POSITIVE_INFINITY);
        double road = minutes(line(0, 0, 30, 0, 60, 0), 90);
        TownAccess t1 = a.town(town("T1", 60, 0), BELTS);
        assertEquals(road, t1.mtdMin(), 0.01);
        assertEquals(TownAccess.Status.NETWORK, t1.status());
        assertEquals(60.0, t1.routeKm(), 0.1);
        TownAccess t2 = a.town(town("T2", 60, -1), BELTS);
        // Off-road 1.95 min/km (× 1.3 detour at 40 km/h), the road 2/3 min/km. Leaving the road at its end would
        // add 1.95 min; leaving it 364 m earlier (refraction: sin = road pace / off-road pace) adds only
        // h × √(1.95² − (2/3)²) = 1.83 min, over a leg of √(1 + 0.364²) km × 1.3.
        double pace = 60.0 / 90;
        assertEquals(road + Math.sqrt(1.95 * 1.95 - pace * pace), t2.mtdMin(), 0.02);
        assertEquals(Math.hypot(1, pace / Math.sqrt(1.95 * 1.95 - pace * pace)) * 1.3, t2.accessKm(), 0.01);
        assertEquals(1, t1.belt());
        assertSame(k, t1.centre());
    }

    /*
     *  C1 ====== 60 km/h ====== X ====== 60 km/h ====== C2
     *  0                        50                       100 km
     *             T(20)                       U(80)
     */
    @Test
    void eachTownGoesToItsNearestCentre() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 50, 0, 100, 0), way("R", 60));
        RoadGraph g = b.build();
        Town c1 = town("C1", 0, 0);
        Town c2 = town("C2", 100, 0);
        AccessAnalysis a = new AccessAnalysis(g, new NetworkAccess(g, 1.3, 40), List.of(c1, c2))
                .run(Double.POSITIVE_INFINITY);
        TownAccess t = a.town(town("T", 20, 0), BELTS);
        TownAccess u = a.town(town("U", 80, 0), BELTS);
        assertSame(c1, t.centre());
        assertSame(c2, u.centre());
        assertEquals(20.0, t.mtdMin(), 0.05);
        assertEquals(20.0, u.mtdMin(), 0.05);
    }

    @Test
    void beltThresholdsAreInclusiveAndAnyNumberWorks() {
        assertEquals(1, Belts.classify(45.0, BELTS));
        assertEquals(1, Belts.classify(15.0 + 30.000000000001, BELTS), "floating-point noise at the threshold");
        assertEquals(2, Belts.classify(45.01, BELTS));
        assertEquals(2, Belts.classify(90.0, BELTS));
        assertEquals(3, Belts.classify(90.5, BELTS));
        assertEquals(4, Belts.classify(130, List.of(30.0, 60.0, 120.0)));
        assertEquals(List.of(30.0, 60.0), Belts.validated(List.of(60.0, 30.0)));
    }

    /*
     *  K ===== road =====            ===== island road =====  T
     *  0                 40 km       200                 240
     *  (no link between the two; T is 120 km from the main road)
     */
    @Test
    void aTownCutOffFromEveryCentreIsUnreachable() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 40, 0), way("main", 90));
        b.addLines(line(200, 0, 240, 0), way("island", 90));
        RoadGraph g = b.build();
        assertEquals(2, g.componentCount());
        AccessAnalysis a = new AccessAnalysis(g, new NetworkAccess(g, 1.3, 40), List.of(town("K", 0, 0)))
                .run(Double.POSITIVE_INFINITY);
        TownAccess t = a.town(town("T", 240, 0.5), BELTS);
        assertFalse(t.reachable(), t.toString());
        assertEquals(TownAccess.Status.UNREACHABLE, t.status());
        assertTrue(Double.isNaN(t.mtdMin()));
    }

    @Test
    void aTownBesideAnIsolatedFragmentReachesTheMainNetworkFurtherAway() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 40, 0), way("main", 90));
        b.addLines(line(38, 5, 42, 5), way("fragment", 90));
        RoadGraph g = b.build();
        AccessAnalysis a = new AccessAnalysis(g, new NetworkAccess(g, 1.3, 40), List.of(town("K", 0, 0)))
                .run(Double.POSITIVE_INFINITY);
        TownAccess t = a.town(town("T", 40, 4), BELTS);
        assertTrue(t.reachable());
        // 40 km at 90 km/h, then 4 km off-road at 1.95 min/km, leaving the road at the best point before its end
        // (see minutesAlongTheNetworkPlusAccessLegs): 4 × √(1.95² − (2/3)²) instead of 4 × 1.95 min.
        double pace = 60.0 / 90;
        assertEquals(40.0 / 90 * 60 + 4 * Math.sqrt(1.95 * 1.95 - pace * pace), t.mtdMin(), 0.05);
    }

    @Test
    void calibrationFindsTheGlobalFactor() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 100, 0), way("R", 60));
        RoadGraph g = b.build();
        AccessAnalysis a = new AccessAnalysis(g, new NetworkAccess(g, 1.3, 40), List.of(town("K", 0, 0)))
                .run(Double.POSITIVE_INFINITY);
        // Published times are exactly half the computed ones: roads are really twice as fast.
        List<TownAccess> towns = List.of(published(a, 30), published(a, 60), published(a, 90));
        Calibration.Fit fit = Calibration.fit(towns);
        assertEquals(2.0, fit.speedFactor(), 0.01);
        assertEquals(0.0, fit.rmsAfter(), 0.05);
        assertTrue(fit.rmsBefore() > 10);
    }

    private static TownAccess published(AccessAnalysis a, double km) {
        Town plain = town("T" + km, km, 0);
        Town t = new Town(plain.id(), plain.nameRu(), plain.nameEn(), plain.lon(), plain.lat(), 1000, null,
                new org.beltmap.core.model.Published(null, null, null, km / 2, null, null, "test"), null);
        return a.town(t, BELTS);
    }
}
