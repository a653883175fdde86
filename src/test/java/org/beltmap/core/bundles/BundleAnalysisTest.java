package org.beltmap.core.bundles;

import static org.beltmap.core.bundles.SyntheticLayers.eastWest;
import static org.beltmap.core.bundles.SyntheticLayers.layer;
import static org.beltmap.core.bundles.SyntheticLayers.line;
import static org.beltmap.core.bundles.SyntheticLayers.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Town;
import org.junit.jupiter.api.Test;

/** Bundles on synthetic layouts whose answer is known: parallel lines, crossings, one layer twice, strips. */
class BundleAnalysisTest {

    static BundleAnalysis.Result run(List<Layer> layers, List<Town> towns) {
        return BundleAnalysis.run(layers, towns, List.of(), List.of(), null, BundleSettings.DEFAULTS);
    }

    static void assertAllValid(BundleAnalysis.Result r) {
        r.bundles().forEach(b -> assertTrue(b.area().isValid(), "invalid bundle " + b.layers()));
        assertTrue(r.strips().isValid(), "invalid strips");
    }

    @Test
    void threeParallelLayersOneKmApartMakeOneBundleOfStrength3AndALineTenKmAwayStaysOut() {
        BundleAnalysis.Result r = run(List.of(layer("roads", LayerKind.ROADS, eastWest(0)),
                layer("railways", LayerKind.RAILWAYS, eastWest(1)),
                layer("powerlines", LayerKind.ENGINEERING, eastWest(2)),
                layer("pipelines", LayerKind.ENGINEERING, eastWest(12))), List.of());
        assertEquals(1, r.bundles().size(), () -> "bundles " + r.bundles());
        Bundle b = r.bundles().get(0);
        assertEquals(3, b.strength());
        assertEquals(List.of("roads", "railways", "powerlines"), b.layers());
        assertEquals(List.of("roads-1"), b.members().get(0).features());
        assertEquals("engineering", b.members().get(2).kind());
        // 50 km lines with 2.5 km caps; the whole ≥2-layer zone (fringes included) is 52–57 km by ~5 km.
        assertTrue(b.lengthKm() > 45 && b.lengthKm() < 60, "length " + b.lengthKm());
        assertTrue(b.areaKm2() > 200 && b.areaKm2() < 300, "area " + b.areaKm2());
        assertEquals(4, r.layers().size());
        assertAllValid(r);
    }

    @Test
    void twoLinesCrossingAtRightAnglesAreNoBundle() {
        BundleAnalysis.Result r = run(List.of(layer("roads", LayerKind.ROADS, eastWest(0)),
                layer("railways", LayerKind.RAILWAYS, line(0, -25, 0, 25))), List.of());
        assertTrue(r.bundles().isEmpty(), () -> "bundles " + r.bundles());
        assertAllValid(r);
    }

    @Test
    void twoParallelLinesOfTheSameLayerHaveStrength1AndAreNoBundle() {
        BundleAnalysis.Result r = run(List.of(layer("roads", LayerKind.ROADS, eastWest(0), eastWest(1))), List.of());
        assertTrue(r.bundles().isEmpty(), () -> "bundles " + r.bundles());
    }

    @Test
    void aCrossingLineDoesNotSplitABundle() {
        BundleAnalysis.Result r = run(List.of(layer("roads", LayerKind.ROADS, eastWest(0)),
                layer("railways", LayerKind.RAILWAYS, eastWest(1)),
                layer("pipelines", LayerKind.ENGINEERING, line(0, -25, 0, 25))), List.of());
        assertEquals(1, r.bundles().size(), () -> "bundles " + r.bundles());
        assertEquals(2, r.bundles().get(0).strength());
        assertTrue(r.bundles().get(0).lengthKm() > 45, "length " + r.bundles().get(0).lengthKm());
        assertAllValid(r);
    }

    @Test
    void aLayerJoiningForHalfTheWayMakesAStrongerBundleThere() {
        BundleAnalysis.Result r = run(List.of(layer("roads", LayerKind.ROADS, line(-40, 0, 40, 0)),
                layer("railways", LayerKind.RAILWAYS, line(-40, 1, 40, 1)),
                layer("pipelines", LayerKind.ENGINEERING, line(0, 0.5, 40, 0.5))), List.of());
        assertEquals(2, r.bundles().size(), () -> "bundles " + r.bundles());
        assertEquals(3, r.bundles().get(0).strength());
        assertEquals(2, r.bundles().get(1).strength());
        assertTrue(Math.abs(r.bundles().get(0).lengthKm() - 40) < 6, "length " + r.bundles().get(0).lengthKm());
        assertTrue(Math.abs(r.bundles().get(1).lengthKm() - 40) < 6, "length " + r.bundles().get(1).lengthKm());
        assertAllValid(r);
    }

    @Test
    void aTownThreeKmFromABundleIsInTheStripAndOneThirtyKmAwayIsNot() {
        // roads at y=0, railways at y=1: the bundle spans y -1.5 … 2.5 km.
        Town near = town("Near", 0, -4.5, 30_000);
        Town far = town("Far", 0, 32.5, 10_000);
        BundleAnalysis.Result r = run(List.of(layer("roads", LayerKind.ROADS, eastWest(0)),
                layer("railways", LayerKind.RAILWAYS, eastWest(1))), List.of(near, far));
        assertEquals(1, r.bundles().size());
        StripShares s = r.shares();
        assertEquals(2, s.towns());
        assertEquals(1, s.townsInStrips());
        assertEquals(50.0, s.townsShare(), 1e-9);
        assertEquals(75.0, s.townPopulationShare(), 1e-9);
        assertEquals(30_000, s.townPopulationInStrips());
        assertFalse(r.strips().isEmpty());
        assertAllValid(r);
    }
}
