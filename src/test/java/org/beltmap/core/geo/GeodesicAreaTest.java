package org.beltmap.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;

class GeodesicAreaTest {

    static final GeometryFactory GF = new GeometryFactory();

    static Geometry box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    @Test
    void oneDegreeCellAtTheEquatorMatchesTheEllipsoid() {
        // WGS84 1°×1° cell at the equator: 12,308.78 km² (GeographicLib Planimeter).
        assertEquals(12308.78, GeodesicArea.km2(box(0, 0, 1, 1)), 0.5);
    }

    @Test
    void northernHemisphereIsHalfTheEllipsoid() {
        // WGS84 surface 510,065,621.7 km²; a band 0–90 N is exactly half of it, whatever the edge shape.
        double half = 0;
        for (int lon = -180; lon < 180; lon += 90) {
            half += GeodesicArea.km2(box(lon, 0, lon + 90, 90));
        }
        assertEquals(510_065_621.7 / 2, half, 1.0);
    }

    @Test
    void holesAreSubtractedAndOrientationDoesNotMatter() {
        Geometry outer = box(39, 45, 40, 46);
        Geometry withHole = outer.difference(box(39.25, 45.25, 39.75, 45.75));
        double expected = GeodesicArea.km2(outer) - GeodesicArea.km2(box(39.25, 45.25, 39.75, 45.75));
        assertEquals(expected, GeodesicArea.km2(withHole), 1e-6);
        assertEquals(GeodesicArea.km2(outer), GeodesicArea.km2(outer.reverse()), 1e-9);
    }
}
