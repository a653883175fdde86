package org.beltmap.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * GeoJSON geometry object to JTS, straight from Jackson's token stream: a line's positions go into one packed
 * array of doubles as they are read, so a 5-million-position line costs its coordinates, not a JSON tree.
 * A bad geometry is still read to its end (so the parser stays in step and the feature's name can be given)
 * and then refused with an {@link IllegalArgumentException} saying what is wrong.
 */
final class GeoJsonGeometry {

    private final GeometryFactory factory;
    /** The first problem seen in the geometry being read; reported once the geometry object has been consumed. */
    private String problem;
    /** The position just read by {@link #array}, handed to the enclosing array without an object per position. */
    private double lastX;
    private double lastY;

    GeoJsonGeometry(GeometryFactory factory) {
        this.factory = factory;
    }

    /** The current token starts a geometry (an object, or null); on return the parser is on its last token. */
    Geometry read(JsonParser p) throws IOException {
        problem = null;
        Geometry g = readObject(p);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return g;
    }

    private Geometry readObject(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            note("geometry must be a JSON object, found " + found(p));
            p.skipChildren();
            return null;
        }
        String type = null;
        Object coords = null;
        List<Geometry> parts = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "type" -> {
                    type = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    p.skipChildren();
                }
                case "coordinates" -> {
                    // anything but an array is "no coordinates array", said once the type is known
                    coords = v == JsonToken.START_ARRAY ? top(p) : null;
                    p.skipChildren();
                }
                case "geometries" -> {
                    if (v == JsonToken.START_ARRAY) {
                        parts = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            Geometry part = readObject(p);
                            if (part != null) {
                                parts.add(part);
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (problem != null) {
            return null;
        }
        if (type == null) {
            note("geometry has no 'type' member");
            return null;
        }
        try {
            return build(type, coords, parts);
        } catch (IllegalArgumentException e) {
            note(e.getMessage());
            return null;
        }
    }

    private Geometry build(String type, Object c, List<Geometry> parts) {
        if (type.equals("GeometryCollection")) {
            return factory.createGeometryCollection(parts == null ? new Geometry[0] : parts.toArray(Geometry[]::new));
        }
        if (!(c instanceof Position || c instanceof Line || c instanceof List)) {
            if (!isKnown(type)) {
                throw new IllegalArgumentException("unknown geometry type '" + DataException.quote(type) + "'");
            }
            throw new IllegalArgumentException(type + " has no 'coordinates' array");
        }
        switch (type) {
            case "Point":
                if (!(c instanceof Position pos)) {
                    throw new IllegalArgumentException("a position must be [lon, lat] numbers, found " + shape(c));
                }
                return factory.createPoint(new Coordinate(pos.x, pos.y));
            case "MultiPoint":
                return factory.createMultiPoint(line(c, "MultiPoint", 0));
            case "LineString":
                return factory.createLineString(line(c, "LineString", 2));
            case "MultiLineString": {
                List<?> ls = list(c, "MultiLineString");
                LineString[] lines = new LineString[ls.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = factory.createLineString(line(ls.get(i), "MultiLineString", 2));
                }
                return factory.createMultiLineString(lines);
            }
            case "Polygon":
                return polygon(c, "Polygon");
            case "MultiPolygon": {
                List<?> ps = list(c, "MultiPolygon");
                Polygon[] polys = new Polygon[ps.size()];
                for (int i = 0; i < polys.length; i++) {
                    polys[i] = polygon(ps.get(i), "MultiPolygon");
                }
                return factory.createMultiPolygon(polys);
            }
            default:
                throw new IllegalArgumentException("unknown geometry type '" + DataException.quote(type) + "'");
        }
    }

    private static boolean isKnown(String type) {
        return List.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon").contains(type);
    }

    private Polygon polygon(Object c, String type) {
        List<?> rings = list(c, type);
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0), type);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), type);
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Object c, String type) {
        CoordinateSequence cs = line(c, type, 0);
        int n = cs.size();
        // RFC 7946 3.1.6: rings are closed. An open ring usually means a truncated export, so say so.
        if (n > 0 && (cs.getX(0) != cs.getX(n - 1) || cs.getY(0) != cs.getY(n - 1))) {
            throw new IllegalArgumentException("polygon ring is not closed (first position " + xy(cs.getCoordinate(0))
                    + ", last " + xy(cs.getCoordinate(n - 1)) + ")");
        }
        if (n < 4) {
            throw new IllegalArgumentException("polygon ring has fewer than 4 positions");
        }
        return factory.createLinearRing(cs);
    }

    /**
     * An array of positions; {@code min} 2 for a line (1 position is no line; 0 is an empty geometry). The packed
     * array read from the file becomes the geometry's coordinates as it is: 16 bytes a position.
     */
    private static CoordinateSequence line(Object c, String type, int min) {
        if (c instanceof List<?> l && l.isEmpty()) {
            return new PackedCoordinateSequence.Double(new double[0], 2, 0);
        }
        if (!(c instanceof Line line)) {
            throw new IllegalArgumentException(type + " coordinates must be an array of positions, found " + shape(c));
        }
        if (min == 2 && line.xy.length == 2) {
            throw new IllegalArgumentException("a line needs at least 2 positions");
        }
        return new PackedCoordinateSequence.Double(line.xy, 2, 0);
    }

    private static List<?> list(Object c, String type) {
        if (c instanceof List<?> l) {
            return l;
        }
        if (c instanceof Line line && line.xy.length == 0) {
            return List.of();
        }
        throw new IllegalArgumentException(type + " coordinates are nested too shallow, found " + shape(c));
    }

    /** A coordinates member: a position stays a {@link Position} here (in arrays it is packed by the parent). */
    private Object top(JsonParser p) throws IOException {
        Object a = array(p);
        return a == POSITION ? new Position(lastX, lastY) : a;
    }

    /**
     * The array starting at the current token: {@link #POSITION} (numbers; the values in lastX/lastY), a
     * {@link Line} (an array of positions, packed), or a List of lines or lists. Problems are noted, not thrown.
     */
    private Object array(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return List.of();
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return position(p);
        }
        if (t != JsonToken.START_ARRAY) {
            note("a position must be [lon, lat] numbers, found " + found(p));
            skipRest(p);
            return List.of();
        }
        Object first = array(p);
        if (first == POSITION) {
            DoubleList xy = new DoubleList();
            xy.add(lastX, lastY);
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.START_ARRAY && array(p) == POSITION) {
                    xy.add(lastX, lastY);
                } else {
                    if (t != JsonToken.START_ARRAY) {
                        note("a position must be [lon, lat] numbers, found " + found(p));
                        p.skipChildren();
                    } else {
                        note("an array mixes positions and arrays of positions");
                    }
                }
            }
            return new Line(xy.toArray());
        }
        List<Object> out = new ArrayList<>();
        out.add(first);
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            Object next = t == JsonToken.START_ARRAY ? array(p) : skip(p);
            if (next == POSITION) {
                note("an array mixes positions and arrays of positions");
            }
            out.add(next);
        }
        return out;
    }

    /** The current token is the first number of a position: read it to its closing bracket. */
    private Object position(JsonParser p) throws IOException {
        double x = p.getDoubleValue();
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            note("a position must be [lon, lat] numbers, found [" + DataException.quote(x) + (t == JsonToken.END_ARRAY
                    ? "]" : ", " + found(p) + "]"));
            if (t != JsonToken.END_ARRAY) {
                skipRest(p);
            }
            return POSITION;
        }
        double y = p.getDoubleValue();
        skipRest(p); // altitude and measures are not used
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            note("position [" + x + ", " + y + "] is not a finite number");
        }
        lastX = x;
        lastY = y;
        return POSITION;
    }

    /** Skips to the END_ARRAY closing the array the parser is in. */
    private static void skipRest(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            p.skipChildren();
        }
    }

    private Object skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NULL) {
            note("a position must be [lon, lat] numbers, found " + found(p));
        }
        p.skipChildren();
        return null;
    }

    private void note(String message) {
        if (problem == null) {
            problem = message;
        }
    }

    /** The current token as a message shows it: a capped string or number, or the kind of structure. */
    private static String found(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case VALUE_STRING -> "the text \"" + DataException.quote(p.getText()) + "\"";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NULL -> "null";
            default -> DataException.quote(p.getText());
        };
    }

    private static String shape(Object c) {
        if (c instanceof Position pos) {
            return "one position " + xy(new Coordinate(pos.x, pos.y));
        }
        if (c instanceof Line line) {
            return "an array of " + line.xy.length / 2 + " position(s)";
        }
        if (c instanceof List<?> l) {
            return l.isEmpty() ? "[]" : "an array of " + l.size() + " arrays";
        }
        return "nothing";
    }

    private static String xy(Coordinate c) {
        return "[" + c.x + ", " + c.y + "]";
    }

    private static final Object POSITION = new Object();

    private record Position(double x, double y) {
    }

    /** Positions as x0, y0, x1, y1, ... */
    private record Line(double[] xy) {
    }

    /** A growable array of doubles: 16 bytes a position while reading, no object per number. */
    private static final class DoubleList {
        private double[] a = new double[16];
        private int n;

        void add(double x, double y) {
            if (n + 2 > a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = x;
            a[n++] = y;
        }

        double[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
