package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON geometry object to JTS, straight from Jackson's tree so errors can name the record
 * (JTS's own GeoJsonReader needs the geometry re-serialised to a string first).
 */
final class GeoJsonGeometry {

    private final GeometryFactory factory;

    GeoJsonGeometry(GeometryFactory factory) {
        this.factory = factory;
    }

    Geometry read(JsonNode g) {
        if (g == null || g.isNull()) {
            return null;
        }
        if (!g.isObject()) {
            throw new IllegalArgumentException("geometry must be a JSON object, found " + g.getNodeType());
        }
        if (!g.hasNonNull("type")) {
            throw new IllegalArgumentException("geometry has no 'type' member");
        }
        String type = g.path("type").asText("");
        JsonNode c = g.path("coordinates");
        if (!type.equals("GeometryCollection") && !c.isArray()) {
            throw new IllegalArgumentException(type + " has no 'coordinates' array");
        }
        switch (type) {
            case "Point":
                return factory.createPoint(coordinate(c));
            case "MultiPoint": {
                Point[] pts = new Point[c.size()];
                for (int i = 0; i < pts.length; i++) {
                    pts[i] = factory.createPoint(coordinate(c.get(i)));
                }
                return factory.createMultiPoint(pts);
            }
            case "LineString":
                return factory.createLineString(coordinates(c));
            case "MultiLineString": {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = factory.createLineString(coordinates(c.get(i)));
                }
                return factory.createMultiLineString(lines);
            }
            case "Polygon":
                return polygon(c);
            case "MultiPolygon": {
                Polygon[] polys = new Polygon[c.size()];
                for (int i = 0; i < polys.length; i++) {
                    polys[i] = polygon(c.get(i));
                }
                return factory.createMultiPolygon(polys);
            }
            case "GeometryCollection": {
                JsonNode gs = g.path("geometries");
                Geometry[] parts = new Geometry[gs.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = read(gs.get(i));
                }
                return factory.createGeometryCollection(parts);
            }
            default:
                throw new IllegalArgumentException("unknown geometry type '" + type + "'");
        }
    }

    private Polygon polygon(JsonNode rings) {
        if (rings.size() == 0) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode c) {
        Coordinate[] cs = coordinates(c);
        // RFC 7946 3.1.6: rings are closed. An open ring usually means a truncated export, so say so.
        if (cs.length > 0 && !cs[0].equals2D(cs[cs.length - 1])) {
            throw new IllegalArgumentException("polygon ring is not closed (first position " + xy(cs[0])
                    + ", last " + xy(cs[cs.length - 1]) + ")");
        }
        if (cs.length < 4) {
            throw new IllegalArgumentException("polygon ring has fewer than 4 positions");
        }
        return factory.createLinearRing(cs);
    }

    private Coordinate[] coordinates(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("coordinates must be an array of positions");
        }
        Coordinate[] out = new Coordinate[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = coordinate(array.get(i));
        }
        if (out.length == 1) {
            throw new IllegalArgumentException("a line needs at least 2 positions");
        }
        return out;
    }

    private static Coordinate coordinate(JsonNode p) {
        if (p == null || !p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [lon, lat] numbers, found " + p);
        }
        double x = p.get(0).doubleValue();
        double y = p.get(1).doubleValue();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position " + p + " is not a finite number");
        }
        return new Coordinate(x, y);
    }

    private static String xy(Coordinate c) {
        return "[" + c.x + ", " + c.y + "]";
    }
}
