package org.beltmap.core.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.WKTReader;

/** Snapped lines as a network of distinct segments, walked into few long paths. */
class NetworkTest {

    static Network of(String... wkt) throws Exception {
        Network n = new Network();
        for (String s : wkt) {
            n.add(new WKTReader().read(s));
        }
        return n;
    }

    static double length(List<LineString> paths) {
        return paths.stream().mapToDouble(Geometry::getLength).sum();
    }

    @Test
    void twoCarriagewaysSnappedOntoTheSameSegmentsAreOneRoad() throws Exception {
        Network n = of("LINESTRING (0 0, 100 0, 200 0)", "LINESTRING (200 0, 100 0, 0 0)",
                "MULTILINESTRING ((0 0, 100 0))");
        assertEquals(2, n.segmentCount());
        List<LineString> paths = n.paths();
        assertEquals(1, paths.size());
        assertEquals(200, length(paths), 1e-9);
    }

    @Test
    void aStarOfFourArmsBecomesTwoPathsCoveringEverySegmentOnce() throws Exception {
        Network n = of("LINESTRING (0 0, 100 0)", "LINESTRING (0 0, -100 0)", "LINESTRING (0 0, 0 100)",
                "LINESTRING (0 0, 0 -100, 0 -200)");
        List<LineString> paths = n.paths();
        assertEquals(2, paths.size(), paths::toString);
        assertEquals(500, length(paths), 1e-9);
    }

    @Test
    void aRingIsWalkedRoundAndPointsAreIgnored() throws Exception {
        Network n = of("LINESTRING (0 0, 100 0, 100 100, 0 100, 0 0)", "LINESTRING (5 5, 5 5)");
        List<LineString> paths = n.paths();
        assertEquals(1, paths.size());
        assertTrue(paths.get(0).isClosed());
        assertEquals(400, length(paths), 1e-9);
    }
}
