package org.beltmap.core.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tag values as mappers write them, read the way a router would. */
class RoadTagsTest {

    @Test
    void maxspeedInKmhFromNumbersUnitsAndZones() {
        assertEquals(60, RoadTags.maxspeedKmh("60"));
        assertEquals(90, RoadTags.maxspeedKmh(" 90 km/h"));
        assertEquals(48.3, RoadTags.maxspeedKmh("30 mph"));
        assertEquals(60, RoadTags.maxspeedKmh("RU:urban"));
        assertEquals(90, RoadTags.maxspeedKmh("RU:rural"));
        assertEquals(110, RoadTags.maxspeedKmh("ru:motorway"));
        assertEquals(90, RoadTags.maxspeedKmh("90;30;90"));
        for (String none : new String[] {"none", "signals", "walk", "XX:urban", "", null, "0"}) {
            assertTrue(Double.isNaN(RoadTags.maxspeedKmh(none)), none);
        }
    }

    @Test
    void onewayIsOneMinusOneOrZero() {
        assertEquals(1, RoadTags.oneway("yes", null, "residential"));
        assertEquals(1, RoadTags.oneway("true", null, "residential"));
        assertEquals(1, RoadTags.oneway("1", null, "residential"));
        assertEquals(-1, RoadTags.oneway("-1", null, "residential"));
        assertEquals(0, RoadTags.oneway("no", null, "residential"));
        assertEquals(0, RoadTags.oneway(null, null, "residential"));
        assertEquals(1, RoadTags.oneway(null, "roundabout", "tertiary"));
        assertEquals(1, RoadTags.oneway(null, null, "motorway"));
        assertEquals(1, RoadTags.oneway(null, null, "motorway_link"));
        assertEquals(0, RoadTags.oneway("no", null, "motorway"), "oneway=no beats the motorway default");
        assertEquals(0, RoadTags.oneway("no", "roundabout", "primary"));
    }

    @Test
    void ferrySpeedFromDuration() {
        assertEquals(1.5, RoadTags.durationHours("PT1H30M"), 1e-9);
        assertEquals(1.5, RoadTags.durationHours("01:30"), 1e-9);
        assertEquals(0.75, RoadTags.durationHours("45"), 1e-9);
        assertEquals(20, RoadTags.ferrySpeedKmh(30, "1:30"), 1e-9);
        assertTrue(Double.isNaN(RoadTags.ferrySpeedKmh(30, null)));
    }

    @Test
    void carsStayOffClosedWays() {
        assertTrue(RoadTags.carsAllowed(null, null, null));
        assertTrue(!RoadTags.carsAllowed("private", null, null));
        assertTrue(RoadTags.carsAllowed("no", "yes", null), "motor_vehicle=yes opens access=no");
        assertTrue(RoadTags.isRoad("track") && !RoadTags.isRoad("footway") && !RoadTags.isRoad("ferry"));
    }

    @Test
    void populationTagsReadLeniently() {
        assertEquals(12345, Places.population("12345"));
        assertEquals(12345, Places.population("12 345"));
        assertEquals(12345, Places.population("12,345"));
        assertEquals(12345, Places.population("12.345"));
        assertEquals(1234567, Places.population("1 234 567 (2021)"));
        assertEquals(1200, Places.population("~1200"));
        assertEquals(-1, Places.population("unknown"));
        assertEquals(-1, Places.population(null));
    }
}
