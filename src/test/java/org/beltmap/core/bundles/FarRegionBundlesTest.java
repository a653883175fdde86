package org.beltmap.core.bundles;

import static org.beltmap.core.bundles.SyntheticLayers.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.LayerKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The synthetic layouts far from the Kuban: in Siberia (60N 100E, where a degree of longitude is half as long) and
 * in the southern hemisphere (35S 58W, a UTM south zone). Bundles are found in metres, so the answers are those
 * of {@link BundleAnalysisTest}.
 */
class FarRegionBundlesTest {

    @ParameterizedTest(name = "at {0}, {1}")
    @CsvSource({"100, 60", "-58, -35", "39, 45"})
    void threeParallelLayersMakeOneBundleOfStrength3WhereverTheRegionIs(double lon0, double lat0) {
        SyntheticLayers.Frame f = new SyntheticLayers.Frame(lon0, lat0);
        BundleAnalysis.Result r = BundleAnalysis.run(List.of(layer("roads", LayerKind.ROADS, f.eastWest(0)),
                layer("railways", LayerKind.RAILWAYS, f.eastWest(1)),
                layer("powerlines", LayerKind.ENGINEERING, f.eastWest(2)),
                layer("pipelines", LayerKind.ENGINEERING, f.eastWest(12))), List.of(f.town("Near", 0, -4.5, 30_000),
                f.town("Far", 0, 32.5, 10_000)), List.of(), List.of(), null, BundleSettings.DEFAULTS);
        assertEquals(1, r.bundles().size(), () -> "bundles " + r.bundles());
        Bundle b = r.bundles().get(0);
        assertEquals(3, b.strength());
        assertEquals(List.of("roads-1"), b.members().get(0).features());
        assertTrue(b.lengthKm() > 45 && b.lengthKm() < 60, "length " + b.lengthKm());
        assertTrue(b.areaKm2() > 200 && b.areaKm2() < 300, "area " + b.areaKm2());
        assertEquals(1, r.shares().townsInStrips(), "only the town 3 km from the bundle is in the strip");
        var c = b.area().getCentroid();
        assertEquals(lon0, c.getX(), 0.5, "the bundle stays where its lines are");
        assertEquals(lat0, c.getY(), 0.5);
        assertTrue(b.area().isValid() && r.strips().isValid());
    }

    static List<Bundle> halfWay(double lon0, double lat0) {
        SyntheticLayers.Frame f = new SyntheticLayers.Frame(lon0, lat0);
        return BundleAnalysis.run(List.of(layer("roads", LayerKind.ROADS, f.line(-40, 0, 40, 0)),
                layer("railways", LayerKind.RAILWAYS, f.line(-40, 1, 40, 1)),
                layer("pipelines", LayerKind.ENGINEERING, f.line(0, 0.5, 40, 0.5))), List.of(), List.of(),
                List.of(), null, BundleSettings.DEFAULTS).bundles();
    }

    /**
     * The same layout measures the same anywhere: before pieces were glued with snapping, a zero-width crack left
     * along glued fringes made this 40 km bundle 46 km at 39E 45N, 61 km in Siberia and 123 km at 38.2E 44.7N.
     */
    @ParameterizedTest(name = "at {0}, {1}")
    @CsvSource({"100, 60", "-58, -35", "38.2, 44.7", "39.5, 45.3"})
    void aLayerJoiningForHalfTheWayMakesTheSameBundlesWhereverTheRegionIs(double lon0, double lat0) {
        List<Bundle> home = halfWay(39, 45);
        List<Bundle> there = halfWay(lon0, lat0);
        assertEquals(2, there.size(), () -> "bundles " + there);
        for (int i = 0; i < 2; i++) {
            Bundle b = there.get(i);
            assertEquals(3 - i, b.strength());
            assertEquals(40, b.lengthKm(), 6);
            assertEquals(home.get(i).lengthKm(), b.lengthKm(), 0.01 * home.get(i).lengthKm(), "length as at home");
            assertEquals(home.get(i).areaKm2(), b.areaKm2(), 0.01 * home.get(i).areaKm2(), "area as at home");
            assertEquals(1, b.area().getNumGeometries(), "one polygon, no slivers split off");
        }
    }
}
