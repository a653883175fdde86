package org.beltmap.core.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beltmap.core.geo.GeodesicArea;
import org.beltmap.core.geo.UtmProjection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The territory for the strips' share: simplified for speed, its area kept; an enclave fills its hole. */
class StripsTerritoryTest {

    static final UtmProjection UTM = new UtmProjection(39, 45);

    @Test
    void aKraiWithAnEnclaveHoleAndTheEnclaveMakeOneTerritoryOfTheirSummedArea() throws Exception {
        WKTReader r = new WKTReader();
        Geometry krai = r.read("POLYGON ((38 44, 40 44, 40 46, 38 46, 38 44), (38.8 44.8, 39.2 44.8, 39.2 45.2, 38.8 45.2, 38.8 44.8))");
        Geometry enclave = r.read("POLYGON ((38.8 44.8, 39.2 44.8, 39.2 45.2, 38.8 45.2, 38.8 44.8))");
        Strips.Territory t = Strips.Territory.of(List.of(krai, enclave), UTM);
        assertEquals(GeodesicArea.km2(krai) + GeodesicArea.km2(enclave), t.km2(), 1e-3 * t.km2());
        assertEquals(1, t.metric().getNumGeometries());
    }

    @Test
    void aCoastWithVerticesEveryTwentyMetresKeepsItsAreaWhenSimplified() {
        // a 20 × 20 km block whose every side zigzags ±15 m every 20 m, like a detailed coastline
        Coordinate o = UTM.toMetric(39, 45);
        List<Coordinate> ring = new java.util.ArrayList<>();
        double[][] corners = {{0, 0}, {20_000, 0}, {20_000, 20_000}, {0, 20_000}};
        for (int side = 0; side < 4; side++) {
            double[] a = corners[side];
            double[] b = corners[(side + 1) % 4];
            for (int i = 0; i < 1000; i++) {
                double t = i / 1000.0;
                double w = i % 2 == 0 ? -15 : 15;
                double nx = (b[1] - a[1]) / 20_000;
                double ny = -(b[0] - a[0]) / 20_000;
                ring.add(new Coordinate(o.x + a[0] + t * (b[0] - a[0]) + w * nx, o.y + a[1] + t * (b[1] - a[1]) + w * ny));
            }
        }
        ring.add(ring.get(0).copy());
        Geometry lonLat = UTM.toLonLat(Geometries.FACTORY.createPolygon(ring.toArray(new Coordinate[0])));
        Strips.Territory t = Strips.Territory.of(List.of(lonLat), UTM);
        assertEquals(GeodesicArea.km2(lonLat), t.km2(), 1e-3 * t.km2(), "area kept to 0.1 %");
        assertTrue(t.metric().getNumPoints() < 100, "vertices " + t.metric().getNumPoints());
    }

    @Test
    void noBoundaryLayerMeansNoTerritory() {
        assertNull(Strips.Territory.of(List.of(), UTM));
    }
}
