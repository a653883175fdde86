package org.beltmap.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void krasnodarToSochiIsAbout172KmAsTheCrowFlies() {
        Measurement m = new Measurement();
        m.add(38.9753, 45.0355);
        m.add(39.7231, 43.5855);
        // Great circle on the mean sphere; GeographicLib on WGS84 gives 171.6 km.
        assertEquals(171.9, m.lengthKm(), 0.3);
        assertTrue(Double.isNaN(m.areaKm2()), "two points enclose no area");
    }

    @Test
    void aPathSumsItsLegsAndTheRunningLengthIncludesTheCursor() {
        Measurement m = new Measurement();
        m.add(39.0, 45.0);
        m.add(40.0, 45.0);
        double leg = Geodesy.distanceM(39, 45, 40, 45) / 1000;
        assertEquals(78.7, leg, 0.3, "a degree of longitude at 45° N");
        assertEquals(2 * leg, m.lengthKmTo(41.0, 45.0), 1e-9);
        assertEquals(leg, m.lengthKm(), 1e-9, "the cursor is not part of the path");
    }

    @Test
    void aOneDegreeCellAt45NorthHas8762Km2AndItsPerimeter() {
        Measurement m = new Measurement();
        m.add(39.0, 44.5);
        m.add(40.0, 44.5);
        m.add(40.0, 45.5);
        m.add(39.0, 45.5);
        // Ellipsoid, integrated independently (M·N·cos φ over the cell): 8,762.3 km².
        assertEquals(8762.3, m.areaKm2(), 1.0);
        assertFalse(m.isClosed());
        double open = m.lengthKm();
        m.close();
        assertTrue(m.isClosed());
        assertEquals(open + Geodesy.distanceM(39, 45.5, 39, 44.5) / 1000, m.lengthKm(), 1e-9, "closing edge counted");
        m.add(50, 50);
        assertEquals(4, m.size(), "a closed ring takes no more points");
    }

    @Test
    void aLongEdgeIsDrawnAlongTheGreatCircleNotTheMercatorLine() {
        List<double[]> arc = Measurement.greatCircle(new double[] {0, 60}, new double[] {90, 60}, 8);
        assertEquals(9, arc.size());
        assertEquals(0, arc.get(0)[0], 1e-9);
        assertEquals(90, arc.get(8)[0], 1e-9);
        assertTrue(arc.get(4)[1] > 65, "the arc bulges poleward: " + arc.get(4)[1]);
    }
}
