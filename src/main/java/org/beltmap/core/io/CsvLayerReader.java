package org.beltmap.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads a CSV table. Detects the encoding (UTF-8, UTF-8 with BOM, Windows-1251 as Russian Excel writes it)
 * and the delimiter ({@code ,} {@code ;} tab). Geometry from lat/lon columns or a WKT column, when present.
 */
public final class CsvLayerReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String[] LAT_NAMES = {"lat", "latitude", "y", "широта"};
    private static final String[] LON_NAMES = {"lon", "lng", "long", "longitude", "x", "долгота"};
    private static final String[] WKT_NAMES = {"wkt", "geometry", "geom", "the_geom"};

    private CsvLayerReader() {
    }

    /** What was detected, for {@code info} and the add-layer dialog. */
    public record Result(List<Feature> features, List<String> fields, Charset encoding, char delimiter,
                         String geometrySource) {
    }

    public static Result read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file, null, "file not found", "check the path (relative paths in a project are relative to the project file)");
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + e.getMessage() + ")", "check file permissions", e);
        }
        Charset cs = detectEncoding(bytes);
        String text = new String(bytes, cs);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader r = new StringReader(text); CSVParser parser = CSVParser.parse(r, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new DataException(file, "header", "the file has no header row", "put column names in the first row");
            }
            String lat = find(header, LAT_NAMES);
            String lon = find(header, LON_NAMES);
            String wkt = find(header, WKT_NAMES);
            String source = lat != null && lon != null ? lat + "/" + lon : wkt;
            List<Feature> features = new ArrayList<>();
            WKTReader wktReader = new WKTReader(FACTORY);
            for (CSVRecord rec : parser) {
                Map<String, Object> attrs = new LinkedHashMap<>();
                for (String h : header) {
                    attrs.put(h, rec.isSet(h) ? blankToNull(rec.get(h)) : null);
                }
                String record = "row " + (rec.getRecordNumber() + 1);
                features.add(new Feature(features.size(), geometry(file, record, attrs, lat, lon, wkt, wktReader), attrs));
            }
            return new Result(features, header, cs, delimiter, source);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new DataException(file, null, "malformed CSV (" + e.getMessage() + ")",
                    "check quoting and that every row has as many columns as the header", e);
        }
    }

    private static Geometry geometry(Path file, String record, Map<String, Object> attrs, String lat, String lon,
                                     String wkt, WKTReader wktReader) {
        if (lat != null && lon != null) {
            Object la = attrs.get(lat);
            Object lo = attrs.get(lon);
            if (la == null || lo == null) {
                return null;
            }
            try {
                double y = Double.parseDouble(la.toString().replace(',', '.'));
                double x = Double.parseDouble(lo.toString().replace(',', '.'));
                if (!Crs.looksGeographic(x, y)) {
                    throw new DataException(file, record, "lat/lon (" + la + ", " + lo + ") out of range",
                            "lat/lon columns must hold WGS84 degrees");
                }
                return FACTORY.createPoint(new Coordinate(x, y));
            } catch (NumberFormatException e) {
                throw new DataException(file, record, "lat/lon '" + la + "', '" + lo + "' are not numbers",
                        "use decimal degrees such as 45.04 and 38.97");
            }
        }
        if (wkt != null && attrs.get(wkt) != null) {
            try {
                return wktReader.read(attrs.get(wkt).toString());
            } catch (ParseException e) {
                throw new DataException(file, record, "invalid WKT (" + e.getMessage() + ")",
                        "write geometry as WKT, e.g. LINESTRING (38.9 45.0, 39.1 45.2)");
            }
        }
        return null;
    }

    private static Object blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String find(List<String> header, String[] names) {
        for (String n : names) {
            for (String h : header) {
                if (h.trim().toLowerCase(Locale.ROOT).equals(n)) {
                    return h;
                }
            }
        }
        return null;
    }

    /** UTF-8 if the bytes decode strictly as UTF-8; otherwise Windows-1251, the Russian Excel default. */
    public static Charset detectEncoding(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1251");
        }
    }

    /** The candidate that splits the header line into the most columns. */
    public static char detectDelimiter(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        char best = ',';
        int bestCount = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            int n = (int) first.chars().filter(ch -> ch == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }
}
