package org.beltmap.core.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bundles of the Krasnodar Krai sample: roads, railways, power lines and pipelines. */
class SampleBundlesTest {

    static Region region;
    static BundleAnalysis.Result result;

    @BeforeAll
    static void run() {
        region = RegionLoader.load(Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap"));
        result = BundleAnalysis.run(region, region.project().settings().bundles());
    }

    @Test
    void overlaysEveryRoadRailwayAndEngineeringLayer() {
        assertEquals(java.util.List.of("roads", "railways", "powerlines", "pipelines"), result.layers());
        assertTrue(result.crs().contains("37"), result.crs());
    }

    @Test
    void findsValidBundlesOfPlausibleStrength() {
        assertFalse(result.bundles().isEmpty());
        int n = result.layers().size();
        for (Bundle b : result.bundles()) {
            assertTrue(b.area().isValid(), "invalid " + b.layers());
            assertTrue(b.strength() >= 2 && b.strength() <= n, "strength " + b.strength());
            assertEquals(b.strength(), b.layers().size());
            assertTrue(b.lengthKm() >= 10, "length " + b.lengthKm());
            assertTrue(b.members().stream().allMatch(m -> !m.features().isEmpty()), b.members()::toString);
            var c = b.area().getCentroid();
            assertTrue(c.getX() > 36 && c.getX() < 42.5 && c.getY() > 43 && c.getY() < 47.5, c::toString);
        }
        assertTrue(result.bundles().stream().anyMatch(b -> b.members().stream()
                .anyMatch(m -> m.features().contains("M-4"))), "the M-4 runs in some bundle");
    }

    @Test
    void stripsHoldMostTownsButNotAll() {
        StripShares s = result.shares();
        assertEquals(26, s.towns());
        assertTrue(s.townsInStrips() > 0 && s.townsInStrips() < 26, "towns in strips " + s.townsInStrips());
        assertTrue(s.territoryShare() > 0 && s.territoryShare() < 100, "territory share " + s.territoryShare());
        assertTrue(result.strips().isValid());
    }
}
