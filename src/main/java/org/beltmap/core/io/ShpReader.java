package org.beltmap.core.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * The geometry of an ESRI Shapefile (.shp, as in the 1998 ESRI technical description): Point, MultiPoint,
 * PolyLine and Polygon records and their Z and M variants, of which only X and Y are kept. Polygon rings follow
 * the format's rule: clockwise rings are shells, counter-clockwise rings are holes of the shell around them.
 * Coordinates are returned as stored (the caller reprojects).
 */
final class ShpReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final int FILE_CODE = 9994;

    private ShpReader() {
    }

    /** Geometries in record order (null for Null shapes), the header's shape type and bounding box. */
    record Shapes(List<Geometry> geometries, String type, Envelope bounds) {
    }

    static Shapes read(Path shp, byte[] bytes) {
        if (bytes.length < 100 || ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).getInt(0) != FILE_CODE) {
            throw new DataException(shp, null, "is not a Shapefile (it does not start with the file code 9994)",
                    "name the .shp file of the set (.shp, .shx, .dbf, .prj), or export the layer again");
        }
        ByteBuffer be = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long declared = (be.getInt(24) & 0xFFFFFFFFL) * 2;
        int type = le.getInt(32);
        if (declared > bytes.length) {
            throw truncated(shp, "the header says " + declared + " bytes but the file has " + bytes.length);
        }
        if (type == 31) {
            throw new DataException(shp, null, "holds MultiPatch shapes (3-D surfaces), which BeltMap does not read",
                    "export the layer as polygons, e.g. ogr2ogr -nlt MULTIPOLYGON out.shp in.shp");
        }
        Envelope bounds = new Envelope(le.getDouble(36), le.getDouble(52), le.getDouble(44), le.getDouble(60));
        List<Geometry> out = new ArrayList<>();
        int at = 100;
        while (at < declared) {
            int n = out.size() + 1;
            if (at + 12 > bytes.length) {
                throw truncated(shp, "record " + n + " starts at byte " + at + " but the file ends at " + bytes.length);
            }
            long length = (be.getInt(at + 4) & 0xFFFFFFFFL) * 2;
            int content = at + 8;
            if (content + length > bytes.length) {
                throw truncated(shp, "record " + n + " needs " + length + " bytes from byte " + content
                        + " but the file ends at " + bytes.length);
            }
            out.add(shape(shp, le, content, (int) length, n));
            at = (int) (content + length);
        }
        return new Shapes(out, typeName(type), bounds);
    }

    private static DataException truncated(Path shp, String detail) {
        return new DataException(shp, null, "is truncated (" + detail + ")",
                "copy the .shp again from its source (it was cut short), or export the layer again");
    }

    private static Geometry shape(Path shp, ByteBuffer le, int at, int length, int n) {
        if (length < 4) {
            throw malformed(shp, n, "is shorter than its shape type");
        }
        int type = le.getInt(at);
        switch (type) {
            case 0 -> {
                return null;
            }
            case 1, 11, 21 -> {
                need(shp, n, length, 20);
                return FACTORY.createPoint(coordinate(shp, n, le, at + 4));
            }
            case 8, 18, 28 -> {
                need(shp, n, length, 40);
                int points = le.getInt(at + 36);
                need(shp, n, length, 40 + 16L * points);
                Coordinate[] cs = new Coordinate[points];
                for (int i = 0; i < points; i++) {
                    cs[i] = coordinate(shp, n, le, at + 40 + 16 * i);
                }
                // A one-point MultiPoint is how some tools write points; a towns layer needs plain points.
                return cs.length == 1 ? FACTORY.createPoint(cs[0]) : FACTORY.createMultiPointFromCoords(cs);
            }
            case 3, 13, 23, 5, 15, 25 -> {
                return parts(shp, le, at, length, n, type % 10 == 5);
            }
            default -> throw malformed(shp, n, "has shape type " + type + ", which is not a Shapefile type");
        }
    }

    private static Geometry parts(Path shp, ByteBuffer le, int at, int length, int n, boolean polygon) {
        need(shp, n, length, 44);
        int parts = le.getInt(at + 36);
        int points = le.getInt(at + 40);
        if (parts < 1 || points < 0) {
            throw malformed(shp, n, "declares " + parts + " parts and " + points + " points");
        }
        need(shp, n, length, 44 + 4L * parts + 16L * points);
        int pointsAt = at + 44 + 4 * parts;
        List<Coordinate[]> lines = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = le.getInt(at + 44 + 4 * p);
            int to = p + 1 < parts ? le.getInt(at + 44 + 4 * (p + 1)) : points;
            if (from < 0 || to > points || from > to) {
                throw malformed(shp, n, "has part " + (p + 1) + " pointing outside its points");
            }
            Coordinate[] cs = new Coordinate[to - from];
            for (int i = from; i < to; i++) {
                cs[i - from] = coordinate(shp, n, le, pointsAt + 16 * i);
            }
            lines.add(cs);
        }
        return polygon ? polygon(shp, n, lines) : lines(shp, n, lines);
    }

    private static Geometry lines(Path shp, int n, List<Coordinate[]> parts) {
        List<LineString> out = new ArrayList<>();
        for (Coordinate[] cs : parts) {
            if (cs.length == 1) {
                throw malformed(shp, n, "has a line part with one point");
            }
            if (cs.length > 1) {
                out.add(FACTORY.createLineString(cs));
            }
        }
        return out.size() == 1 ? out.get(0) : FACTORY.createMultiLineString(out.toArray(LineString[]::new));
    }

    /** Clockwise rings are shells; each counter-clockwise ring becomes a hole of the smallest shell around it. */
    private static Geometry polygon(Path shp, int n, List<Coordinate[]> rings) {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] cs : rings) {
            if (cs.length == 0) {
                continue;
            }
            if (!cs[0].equals2D(cs[cs.length - 1])) {
                cs = java.util.Arrays.copyOf(cs, cs.length + 1);
                cs[cs.length - 1] = cs[0].copy();
            }
            if (cs.length < 4) {
                throw malformed(shp, n, "has a polygon ring of fewer than 3 distinct points");
            }
            LinearRing ring = FACTORY.createLinearRing(cs);
            (Orientation.isCCW(cs) ? holes : shells).add(ring);
        }
        if (shells.isEmpty()) {
            shells.addAll(holes); // all rings counter-clockwise: written against the rule; read them as shells
            holes.clear();
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            int best = -1;
            double bestArea = Double.MAX_VALUE;
            for (int i = 0; i < shells.size(); i++) {
                LinearRing s = shells.get(i);
                if (s.getEnvelopeInternal().contains(hole.getEnvelopeInternal()) && inside(hole, s)) {
                    double area = s.getEnvelopeInternal().getArea();
                    if (area < bestArea) {
                        best = i;
                        bestArea = area;
                    }
                }
            }
            if (best < 0) {
                shells.add(FACTORY.createLinearRing(hole.getCoordinateSequence().copy()));
                holesOf.add(new ArrayList<>()); // an island written the wrong way round
            } else {
                holesOf.get(best).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = FACTORY.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    }

    /** True when a vertex of {@code hole} not on the shell's boundary lies inside it. */
    private static boolean inside(LinearRing hole, LinearRing shell) {
        Coordinate[] shellCs = shell.getCoordinates();
        for (Coordinate c : hole.getCoordinates()) {
            int loc = PointLocation.locateInRing(c, shellCs);
            if (loc != Location.BOUNDARY) {
                return loc == Location.INTERIOR;
            }
        }
        return true;
    }

    private static Coordinate coordinate(Path shp, int n, ByteBuffer le, int at) {
        double x = le.getDouble(at);
        double y = le.getDouble(at + 8);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw malformed(shp, n, "has a coordinate that is not a finite number (" + x + ", " + y + ")");
        }
        return new Coordinate(x, y);
    }

    private static void need(Path shp, int n, int length, long bytes) {
        if (bytes > length) {
            throw malformed(shp, n, "is " + length + " bytes long but its contents need " + bytes);
        }
    }

    private static DataException malformed(Path shp, int n, String problem) {
        return new DataException(shp, "shape " + n, problem,
                "repair the layer in QGIS (Vector → Geometry Tools → Fix Geometries) or export it again");
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0 -> "Null";
            case 1 -> "Point";
            case 3 -> "PolyLine";
            case 5 -> "Polygon";
            case 8 -> "MultiPoint";
            case 11 -> "PointZ";
            case 13 -> "PolyLineZ";
            case 15 -> "PolygonZ";
            case 18 -> "MultiPointZ";
            case 21 -> "PointM";
            case 23 -> "PolyLineM";
            case 25 -> "PolygonM";
            case 28 -> "MultiPointM";
            default -> "type " + type;
        };
    }
}
