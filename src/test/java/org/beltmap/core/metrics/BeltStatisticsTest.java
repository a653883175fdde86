package org.beltmap.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Town;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's belt statistics: the figures a planner would add up and compare. */
class BeltStatisticsTest {

    static AnalysisResult result;
    static BeltStatistics stats;

    @BeforeAll
    static void analyse() {
        result = RegionAnalysis.once(Sample.region(), AnalysisRequest.of(AnalysisRequest.Part.BELTS,
                AnalysisRequest.Part.ISOCHRONES));
        stats = result.beltStatistics();
    }

    @Test
    void beltPopulationsAndTheUnreachableAddUpToTheRegion() {
        long sum = stats.unreachable().population();
        double share = stats.unreachable().sharePct();
        for (BeltStatistics.Row r : stats.belts()) {
            sum += r.population();
            share += r.sharePct();
        }
        assertEquals(stats.population(), sum);
        assertEquals(100, share, 1e-6);
        long towns = Sample.region().towns().stream().mapToLong(t -> Math.max(0, t.population())).sum();
        assertTrue(stats.population() > towns, "the settlements layer adds people to the towns'");
    }

    @Test
    void aSettlementAtATownIsCountedOnce() {
        // The sample's settlements layer (GeoNames) holds all 26 towns besides the other places.
        assertEquals(26, stats.duplicates());
        assertEquals(Sample.region().towns().size() + Sample.region().settlements().size() - 26, stats.places());
        Town krasnodar = Sample.region().town("Краснодар").orElseThrow();
        BeltStatistics.Row first = stats.belts().get(0);
        assertTrue(first.townPopulation() >= krasnodar.population());
        assertTrue(first.population() < krasnodar.population() + 899_541, "GeoNames' Krasnodar is not added again");
    }

    @Test
    void townsPerBeltMatchTheBelts() {
        int[] perBelt = result.belts().townsPerBelt();
        assertEquals(perBelt.length, stats.belts().size());
        for (int b = 0; b < perBelt.length; b++) {
            assertEquals(perBelt[b], stats.belts().get(b).towns());
        }
        long settlementsInBelt2 = result.settlements().stream().filter(a -> a.reachable() && a.belt() == 2)
                .filter(a -> !BeltStatistics.isTown(a.town(), Sample.region().towns())).count();
        assertEquals(settlementsInBelt2, stats.belts().get(1).settlements());
    }

    @Test
    void areasArePositiveGrowOutwardAndCoverTheTerritory() {
        double sum = 0;
        double previous = 0;
        for (BeltStatistics.Row r : stats.belts()) {
            assertNotNull(r.areaKm2(), "belt " + r.belt());
            assertTrue(r.areaKm2() > 0, "belt " + r.belt());
            assertTrue(r.withinKm2() > previous, "belt " + r.belt() + " reaches farther than the one inside it");
            assertTrue(r.densityPerKm2() > 0);
            previous = r.withinKm2();
            sum += r.areaKm2();
        }
        assertTrue(stats.belts().get(1).areaKm2() > stats.belts().get(0).areaKm2());
        // Krasnodar Krai with the Adygea enclave: the belts together are the territory.
        assertEquals(stats.territoryKm2(), sum, stats.territoryKm2() * 1e-3);
        assertEquals(84_650, stats.territoryKm2(), 300);
        assertNull(stats.unreachable().areaKm2());
        assertEquals(List.of(), stats.missingMinutes());
    }

    @Test
    void withoutTheThresholdBandsTheBeltsHaveNoArea() {
        AnalysisResult r = RegionAnalysis.once(Sample.region(), AnalysisRequest.of(AnalysisRequest.Part.BELTS));
        BeltStatistics s = r.beltStatistics();
        assertEquals(List.of(45.0, 90.0), s.missingMinutes());
        assertNull(s.belts().get(0).areaKm2());
        assertNull(s.belts().get(0).densityPerKm2());
        assertEquals(stats.population(), s.population(), "the people are counted without isochrones");
    }

    @Test
    void unreachablePlacesHaveARowOfTheirOwn() {
        List<TownAccess> far = result.belts().towns().stream().map(a -> a.town().nameEn().equals("Sochi")
                ? TownAccess.unreachable(a.town()) : a).toList();
        var belts = new org.beltmap.core.belts.BeltAnalysis.Result(far, result.belts().graph(), result.belts().access(),
                result.belts().thresholds(), 0);
        BeltStatistics s = BeltStatistics.of(Sample.region(), belts, result.settlements(), result.isochrones());
        assertEquals(1, s.unreachable().towns());
        long sochi = Sample.region().town("Sochi").orElseThrow().population();
        assertEquals(sochi, s.unreachable().townPopulation());
        assertFalse(s.unreachable().sharePct() <= 0);
        assertEquals(stats.population(), s.population());
    }

    @Test
    void theBandsNeededIncludeTheThresholds() {
        assertEquals(List.of(30.0, 45.0, 60.0, 90.0), BeltStatistics.bands(List.of(30.0, 90.0), List.of(45.0, 60.0)));
    }
}
