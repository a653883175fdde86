package org.beltmap.core.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beltmap.core.basemap.Basemap.Role;
import org.beltmap.core.basemap.Basemap.Shape;
import org.beltmap.core.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class BasemapTest {

    @Test
    void loadsEveryManifestLayer() {
        Basemap map = TestBasemap.get();
        for (Role role : Role.values()) {
            if (role != Role.BORDER) {
                assertTrue(map.featureCount(role) > 0, role + " has features");
            }
        }
        Basemap world = TestBasemap.set().background();
        assertTrue(world.featureCount(Role.LAND) > 1000 && world.featureCount(Role.BORDER) > 100,
                "world land and country borders");
        assertTrue(map.version().matches("[0-9a-f]{16}"), map.version());
        assertTrue(map.attribution().contains("OpenStreetMap"));
    }

    @Test
    void extentIsTheClipBox() {
        Envelope e = TestBasemap.get().worldExtent();
        assertEquals(WebMercator.x(36.5), e.getMinX(), 1e-9);
        assertEquals(WebMercator.x(42.0), e.getMaxX(), 1e-9);
        assertEquals(WebMercator.y(47.0), e.getMinY(), 1e-9);
        assertEquals(WebMercator.y(43.2), e.getMaxY(), 1e-9);
    }

    @Test
    void roadsNearKrasnodarCarryTheirClass() {
        List<Shape> roads = TestBasemap.get().query(Role.ROAD, around(45.04, 38.98, 0.3), 10);
        assertFalse(roads.isEmpty());
        assertTrue(roads.stream().allMatch(s -> s.cls() != null && s.cls().startsWith("federal_")));
    }

    @Test
    void lowZoomsGetSimplerGeometry() {
        Envelope all = TestBasemap.get().worldExtent();
        int z6 = vertices(TestBasemap.get().query(Role.COAST, all, 6));
        int z12 = vertices(TestBasemap.get().query(Role.COAST, all, 12));
        int full = vertices(TestBasemap.get().query(Role.COAST, all, 16));
        assertTrue(z6 * 3 < full, z6 + " vs " + full);
        assertTrue(z6 < z12 && z12 <= full, z6 + " < " + z12 + " <= " + full);
    }

    @Test
    void landFollowsTheDetailedCoastline() {
        // Derived from GSHHG: the land is far more detailed than Natural Earth's ~600 vertices.
        int land = vertices(TestBasemap.get().query(Role.LAND, TestBasemap.get().worldExtent(), 16));
        assertTrue(land > 2000, "land vertices " + land);
    }

    @Test
    void locatorHonoursTheSystemProperty() throws Exception {
        String old = System.getProperty("beltmap.maps");
        try {
            System.setProperty("beltmap.maps", "maps");
            assertEquals(Path.of("maps").toAbsolutePath().normalize(), MapsLocator.find().orElseThrow());
            System.setProperty("beltmap.maps", Files.createTempDirectory("nomaps").toString());
            // the property points nowhere useful: the next candidate (./maps) still wins
            assertTrue(Files.isRegularFile(MapsLocator.find().orElseThrow().resolve(MapsLocator.MANIFEST)));
        } finally {
            if (old == null) {
                System.clearProperty("beltmap.maps");
            } else {
                System.setProperty("beltmap.maps", old);
            }
        }
    }

    static Envelope around(double lat, double lon, double deg) {
        return new Envelope(WebMercator.x(lon - deg), WebMercator.x(lon + deg),
                WebMercator.y(lat + deg), WebMercator.y(lat - deg));
    }

    private static int vertices(List<Shape> shapes) {
        return shapes.stream().mapToInt(s -> s.geometry().getNumPoints()).sum();
    }
}
