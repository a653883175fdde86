package org.beltmap.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.beltmap.core.io.AtomicFiles;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The analysis tables as ESRI Shapefiles, one set ({@code .shp .shx .dbf .prj .cpg}) per table, for desktop GIS
 * that still want them: WGS84 lon/lat, a UTF-8 table (declared in the {@code .cpg}), field names cut to the
 * format's 10 bytes and kept unique, text to 254 bytes. Polygon rings are written as the format asks: shells
 * clockwise, holes counter-clockwise. Every file is written atomically.
 */
public final class ShapefileExport {

    private static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final int DECIMALS = 6;

    private ShapefileExport() {
    }

    /** Writes {@code <name>.shp} (and its sidecars) per table into the folder; returns the .shp files written. */
    public static List<Path> write(List<AnalysisTables.Table> tables, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (AnalysisTables.Table t : tables) {
            int type = switch (t.kind()) {
                case POINT -> 1;
                case LINESTRING -> 3;
                case MULTIPOLYGON -> 5;
            };
            List<byte[]> shapes = new ArrayList<>();
            Envelope box = new Envelope();
            for (AnalysisTables.Row r : t.rows()) {
                Geometry g = r.geometry();
                shapes.add(g == null || g.isEmpty() ? nullShape() : shape(type, g));
                if (g != null && !g.isEmpty()) {
                    box.expandToInclude(g.getEnvelopeInternal());
                }
            }
            Path shp = folder.resolve(t.name() + ".shp");
            AtomicFiles.write(shp, main(type, box, shapes));
            AtomicFiles.write(folder.resolve(t.name() + ".shx"), index(type, box, shapes));
            AtomicFiles.write(folder.resolve(t.name() + ".dbf"), table(t.rows()));
            AtomicFiles.write(folder.resolve(t.name() + ".prj"), WGS84_PRJ.getBytes(StandardCharsets.US_ASCII));
            AtomicFiles.write(folder.resolve(t.name() + ".cpg"), "UTF-8".getBytes(StandardCharsets.US_ASCII));
            written.add(shp);
        }
        return written;
    }

    private static byte[] main(int type, Envelope box, List<byte[]> shapes) {
        int length = 100;
        for (byte[] s : shapes) {
            length += 8 + s.length;
        }
        ByteBuffer b = header(length, type, box);
        for (int i = 0; i < shapes.size(); i++) {
            b.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(shapes.get(i).length / 2);
            b.put(shapes.get(i));
        }
        return b.array();
    }

    private static byte[] index(int type, Envelope box, List<byte[]> shapes) {
        ByteBuffer b = header(100 + 8 * shapes.size(), type, box);
        int offset = 100;
        b.order(ByteOrder.BIG_ENDIAN);
        for (byte[] s : shapes) {
            b.putInt(offset / 2).putInt(s.length / 2);
            offset += 8 + s.length;
        }
        return b.array();
    }

    private static ByteBuffer header(int length, int type, Envelope box) {
        ByteBuffer b = ByteBuffer.allocate(length);
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        b.putInt(length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
        if (!box.isNull()) {
            b.putDouble(box.getMinX()).putDouble(box.getMinY()).putDouble(box.getMaxX()).putDouble(box.getMaxY());
        }
        b.position(100);
        return b;
    }

    private static byte[] nullShape() {
        return new byte[4]; // shape type 0
    }

    private static byte[] shape(int type, Geometry g) {
        if (type == 1) {
            Coordinate c = (g instanceof Point p ? p : g.getInteriorPoint()).getCoordinate();
            return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(1).putDouble(c.x).putDouble(c.y).array();
        }
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (type == 3 && part instanceof LineString l) {
                parts.add(l.getCoordinates());
            } else if (type == 5 && part instanceof Polygon p) {
                parts.add(oriented(p.getExteriorRing().getCoordinates(), false));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    parts.add(oriented(p.getInteriorRingN(h).getCoordinates(), true));
                }
            }
        }
        int points = parts.stream().mapToInt(p -> p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        Envelope e = g.getEnvelopeInternal();
        b.putInt(type).putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(parts.size()).putInt(points);
        int start = 0;
        for (Coordinate[] p : parts) {
            b.putInt(start);
            start += p.length;
        }
        for (Coordinate[] p : parts) {
            for (Coordinate c : p) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }

    private static Coordinate[] oriented(Coordinate[] ring, boolean ccw) {
        if (ring.length >= 4 && Orientation.isCCW(ring) != ccw) {
            Coordinate[] r = ring.clone();
            java.util.Collections.reverse(java.util.Arrays.asList(r));
            return r;
        }
        return ring;
    }

    /** A dBASE III table: integers N(18,0), other numbers N(24,6), booleans L, the rest UTF-8 text C. */
    private static byte[] table(List<AnalysisTables.Row> rows) {
        List<String> keys = new ArrayList<>(rows.isEmpty() ? List.of() : rows.get(0).attributes().keySet());
        char[] types = new char[keys.size()];
        int[] widths = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            types[i] = columnType(rows, key);
            widths[i] = switch (types[i]) {
                case 'L' -> 1;
                case 'I' -> 18;
                case 'N' -> 24;
                default -> Math.max(1, rows.stream().mapToInt(r -> utf8(r.attributes().get(key), 254).length)
                        .max().orElse(1));
            };
        }
        int recordLength = 1 + java.util.Arrays.stream(widths).sum();
        int headerLength = 32 + 32 * keys.size() + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        h.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth()).putInt(rows.size()).putShort((short) headerLength)
                .putShort((short) recordLength);
        h.position(32);
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            byte[] name = fieldName(keys.get(i), used);
            h.put(name).position(32 + 32 * i + 11);
            h.put((byte) (types[i] == 'I' ? 'N' : types[i])).position(32 + 32 * i + 16);
            h.put((byte) widths[i]).put((byte) (types[i] == 'N' ? DECIMALS : 0)).position(32 + 32 * (i + 1));
        }
        h.put((byte) 0x0D);
        out.writeBytes(h.array());
        for (AnalysisTables.Row r : rows) {
            out.write(' ');
            for (int i = 0; i < keys.size(); i++) {
                out.writeBytes(cell(r.attributes().get(keys.get(i)), types[i], widths[i]));
            }
        }
        out.write(0x1A);
        return out.toByteArray();
    }

    private static char columnType(List<AnalysisTables.Row> rows, String key) {
        boolean any = false;
        boolean integral = true;
        boolean numeric = true;
        boolean logical = true;
        for (AnalysisTables.Row r : rows) {
            Object v = r.attributes().get(key);
            if (v == null) {
                continue;
            }
            any = true;
            numeric &= v instanceof Number;
            integral &= v instanceof Long || v instanceof Integer || v instanceof Short;
            logical &= v instanceof Boolean;
        }
        return !any ? 'C' : logical ? 'L' : numeric && integral ? 'I' : numeric ? 'N' : 'C';
    }

    private static byte[] cell(Object v, char type, int width) {
        String s = switch (type) {
            case 'L' -> v == null ? "?" : (Boolean) v ? "T" : "F";
            case 'I' -> v == null ? "" : Long.toString(((Number) v).longValue());
            case 'N' -> v == null || !Double.isFinite(((Number) v).doubleValue()) ? ""
                    : String.format(Locale.ROOT, "%." + DECIMALS + "f", ((Number) v).doubleValue());
            default -> null;
        };
        byte[] cell = new byte[width];
        java.util.Arrays.fill(cell, (byte) ' ');
        byte[] text = s == null ? utf8(v, width) : s.getBytes(StandardCharsets.US_ASCII);
        if (text.length > width) {
            text = java.util.Arrays.copyOf(text, 0); // a number too wide for its field is written as null
        }
        int at = s == null ? 0 : width - text.length; // numbers right-aligned, text left-aligned
        System.arraycopy(text, 0, cell, at, text.length);
        return cell;
    }

    /** The value's UTF-8 bytes, cut at a character boundary to at most {@code max} bytes. */
    private static byte[] utf8(Object v, int max) {
        if (v == null) {
            return new byte[0];
        }
        byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
        if (b.length <= max) {
            return b;
        }
        int end = max;
        while (end > 0 && (b[end] & 0xC0) == 0x80) {
            end--;
        }
        return java.util.Arrays.copyOf(b, end);
    }

    /** At most 10 bytes, unique in the table: {@code user_defined} → {@code user_defin}, then {@code user_def_2}. */
    private static byte[] fieldName(String key, Set<String> used) {
        String base = new String(utf8(key, 10), StandardCharsets.UTF_8);
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "_" + i;
            name = new String(utf8(base, 10 - suffix.length()), StandardCharsets.UTF_8) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name.getBytes(StandardCharsets.UTF_8);
    }
}
