package org.beltmap.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleBarTest {

    /** Pixels per world unit at a zoom level, as the map has them. */
    static double scale(double zoom) {
        return 256 * Math.pow(2, zoom);
    }

    static boolean nice(double metres) {
        double decade = Math.pow(10, Math.floor(Math.log10(metres) + 1e-12));
        double lead = metres / decade;
        return Math.abs(lead - 1) < 1e-9 || Math.abs(lead - 2) < 1e-9 || Math.abs(lead - 5) < 1e-9;
    }

    @Test
    void theBarIsARoundDistanceThatFitsAndIsNotTooShort() {
        for (double zoom : new double[] {3, 5.5, 7.8, 10, 13.25, 16}) {
            for (double lat : new double[] {0, 43.6, 45, 60}) {
                double mpp = ScaleBar.metresPerPixel(scale(zoom), lat);
                ScaleBar.Step s = ScaleBar.choose(mpp, 120);
                assertTrue(nice(s.metres()), s + " at z" + zoom + " lat " + lat);
                assertTrue(s.pixels() <= 120 + 1e-6, "fits: " + s);
                // The next round step up would not fit, so at worst the bar is 2/5 of the space (5 → 2 → 1 steps).
                assertTrue(s.pixels() >= 120 * 0.4 - 1e-6, "not needlessly short: " + s);
                assertEquals(s.metres(), s.pixels() * mpp, 1e-6 * s.metres(), "pixels stand for the distance");
            }
        }
    }

    @Test
    void knownSteps() {
        // Zoom 7.8 at 45° N (the sample's start view): 496 m per px, so 120 px hold 59.5 km: a 50 km bar.
        double mpp = ScaleBar.metresPerPixel(scale(7.8), 45);
        assertEquals(496, mpp, 1);
        ScaleBar.Step s = ScaleBar.choose(mpp, 120);
        assertEquals(50_000, s.metres(), 1e-6);
        assertTrue(s.inKm());
        assertEquals(50, s.value(), 1e-9);
        // Zoom 16 at 45° N: 1.69 m per px, 120 px = 202 m: a 200 m bar, labelled in metres.
        ScaleBar.Step near = ScaleBar.choose(ScaleBar.metresPerPixel(scale(16), 45), 120);
        assertEquals(200, near.metres(), 1e-6);
        assertEquals(200, near.value(), 1e-9);
        // Further north the same zoom shows less ground per pixel: a shorter bar at 60° N than at the equator.
        assertTrue(ScaleBar.choose(ScaleBar.metresPerPixel(scale(5), 60), 120).metres()
                < ScaleBar.choose(ScaleBar.metresPerPixel(scale(5), 0), 120).metres());
    }
}
