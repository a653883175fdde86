package org.beltmap.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.beltmap.core.model.Region;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;

class SettlementNetworkMetricsTest {

    static final Region SAMPLE = Sample.region();

    @Test
    void formulaOneWithThePublishedArea() {
        // The paper: S = 75.5 thousand km², n = 26 towns → L = 53.88 km.
        assertEquals(75_500.0, SAMPLE.project().publishedAreaKm2());
        assertEquals(53.88, SettlementNetworkMetrics.meanDistanceKm(SAMPLE.project().publishedAreaKm2(), 26), 0.01);
        assertThrows(IllegalArgumentException.class, () -> SettlementNetworkMetrics.meanDistanceKm(100, 0));
    }

    @Test
    void boundaryIsTheKraiWithoutAdygeaAndCloseToThePublishedArea() {
        var b = SettlementNetworkMetrics.boundary(SAMPLE).orElseThrow();
        assertTrue(b.name().contains("Krasnodar") || b.name().contains("Краснодар"), b.name());
        // Official 75,485 km²; the 1:1M DCW outline is coarser, so allow 2 %.
        assertEquals(75_485, b.areaKm2(), 75_485 * 0.02);
    }

    @Test
    void sizeClassSharesCoverAllTowns() {
        var rows = SettlementNetworkMetrics.byClass(SAMPLE);
        assertEquals(26, rows.stream().mapToInt(SettlementNetworkMetrics.ClassShare::towns).sum());
        assertEquals(100.0, rows.stream().mapToDouble(SettlementNetworkMetrics.ClassShare::populationSharePct).sum(), 1e-9);
        assertEquals(11, rows.stream().filter(r -> r.sizeClass().id().equals("small")).findFirst().orElseThrow().towns());
    }
}
