package org.beltmap.core.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * Overrides for detection; a null member means "detect".
     *
     * @param encoding e.g. windows-1251 for a Russian Excel export
     * @param delimiter e.g. ';'
     */
    public record Options(Charset encoding, Character delimiter, String lonColumn, String latColumn, String wktColumn) {
        public static final Options DETECT = new Options(null, null);

        public Options(Charset encoding, Character delimiter) {
            this(encoding, delimiter, null, null, null);
        }

        /** Keys under which a layer's {@code fields} keep the choices, so a reload reads the file the same way. */
        public static final String ENCODING = "csv.encoding";
        public static final String DELIMITER = "csv.delimiter";
        public static final String LON = "lon";
        public static final String LAT = "lat";
        public static final String WKT = "wkt";

        /** The choices stored in a layer's fields (absent: detect). */
        public static Options of(java.util.Map<String, String> fields) {
            String enc = fields.get(ENCODING);
            String del = fields.get(DELIMITER);
            return new Options(enc == null ? null : Charset.forName(enc), del == null ? null : parseDelimiter(del),
                    fields.get(LON), fields.get(LAT), fields.get(WKT));
        }

        /** The choices as layer fields, only those given. */
        public java.util.Map<String, String> toFields() {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            if (encoding != null) {
                m.put(ENCODING, encoding.name());
            }
            if (delimiter != null) {
                m.put(DELIMITER, delimiterName(delimiter));
            }
            if (lonColumn != null && latColumn != null) {
                m.put(LON, lonColumn);
                m.put(LAT, latColumn);
            }
            if (wktColumn != null) {
                m.put(WKT, wktColumn);
            }
            return m;
        }
    }

    public static Result read(Path file) {
        return read(file, Options.DETECT);
    }

    /** Bytes read for encoding and delimiter detection; the table itself is streamed. */
    static final int SNIFF = 1 << 20;

    public static Result read(Path file, Options options) {
        Options o = options == null ? Options.DETECT : options;
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF + 1);
        } catch (NoSuchFileException e) {
            throw new DataException(file, null, "file not found", "check the path (relative paths in a project are relative to the project file)");
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + DataException.quote(e.getMessage()) + ")",
                    "check file permissions", e);
        }
        boolean whole = head.length <= SNIFF;
        byte[] sample = whole ? head : wholeLines(head, SNIFF);
        Charset cs = o.encoding() != null ? o.encoding() : detectEncoding(sample);
        try {
            return read(file, o, cs, sample, whole, o.encoding() != null);
        } catch (LaterBytes e) {
            // The first megabyte was UTF-8, a later byte is not: detect again on the bytes around it, read again.
            byte[] around = bytesAround(file, e.bad.offset);
            Charset later = detectEncoding(around);
            if (later.equals(cs)) {
                throw notValid(file, cs, e.bad);
            }
            checkPlausible(file, around, later, false);
            return read(file, o, later, sample, false, true);
        }
    }

    /** A later byte did not decode in the charset detected from the first {@link #SNIFF} bytes. */
    private static final class LaterBytes extends RuntimeException {
        final DecodingReader.BadBytes bad;

        LaterBytes(DecodingReader.BadBytes bad) {
            super(bad.getMessage(), null, false, false);
            this.bad = bad;
        }
    }

    private static Result read(Path file, Options o, Charset cs, byte[] sample, boolean whole, boolean forced) {
        checkPlausible(file, sample, cs, forced);
        String text = new String(sample, cs);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (whole && text.isBlank()) {
            throw new DataException(file, null, "is empty", "export the table again with a header row and data rows");
        }
        char delimiter = o.delimiter() != null ? o.delimiter() : detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_EMPTY).get();
        CSVParser parser = null;
        try (Reader r = new DecodingReader(Files.newInputStream(file), cs)) {
            parser = CSVParser.parse(r, format);
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new DataException(file, "header", "the file has no header row", "put column names in the first row");
            }
            String lat = chosen(file, header, o.latColumn(), LAT_NAMES);
            String lon = chosen(file, header, o.lonColumn(), LON_NAMES);
            String wkt = chosen(file, header, o.wktColumn(), WKT_NAMES);
            if (o.wktColumn() != null) {
                lat = null;
                lon = null;
            } else if (o.lonColumn() != null) {
                wkt = null;
            }
            if ((lat == null) != (lon == null) && wkt == null) {
                throw new DataException(file, "header", lat != null
                        ? "has a latitude column '" + lat + "' but no longitude column"
                        : "has a longitude column '" + lon + "' but no latitude column",
                        "name the coordinate columns lat and lon");
            }
            String source = lat != null && lon != null ? lat + "/" + lon : wkt;
            List<Feature> features = new ArrayList<>();
            RowMap.Columns columns = new RowMap.Columns(header);
            WKTReader wktReader = new WKTReader(FACTORY);
            for (CSVRecord rec : parser) {
                String record = "row " + (rec.getRecordNumber() + 1) + " (line " + parser.getCurrentLineNumber() + ")";
                if (rec.size() != header.size()) {
                    throw new DataException(file, record, "has " + rec.size() + " columns but the header has "
                            + header.size() + " (delimiter '" + delimiterName(delimiter) + "')",
                            "quote values that contain the delimiter, or pick the delimiter with --delimiter");
                }
                Object[] values = new Object[columns.names.length];
                for (int i = 0; i < values.length; i++) {
                    String h = columns.names[i];
                    values[i] = rec.isSet(h) ? blankToNull(rec.get(h)) : null;
                }
                Map<String, Object> attrs = new RowMap(columns, values);
                Geometry g = geometry(file, record, attrs, lat, lon, wkt, wktReader);
                if (g != null && source.equals(wkt)) {
                    CoordinateChecks.lonLat(file, record, g, "WKT in a CSV layer must be WGS84 longitude/latitude",
                            "reproject to EPSG:4326 before writing the CSV (QGIS: Export → Save Features As, CRS EPSG:4326)");
                }
                features.add(new Feature(features.size(), g, attrs));
            }
            return new Result(features, header, cs, delimiter, source);
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            DecodingReader.BadBytes bad = badBytes(e);
            if (bad != null && !forced && !whole && cs.equals(StandardCharsets.UTF_8)) {
                throw new LaterBytes(bad);
            }
            if (bad != null) {
                throw notValid(file, cs, bad);
            }
            String where = parser == null ? "line 1" : "line " + parser.getCurrentLineNumber();
            String msg = String.valueOf(rootMessage(e));
            java.util.regex.Matcher dup = java.util.regex.Pattern.compile("duplicate name: \"([^\"]*)\"").matcher(msg);
            if (dup.find()) {
                throw new DataException(file, "header", "the column name '" + dup.group(1) + "' appears twice",
                        "rename one of the columns so every name is unique", e);
            }
            java.util.regex.Matcher eof = java.util.regex.Pattern.compile("startline (\\d+)\\) EOF reached before encapsulated")
                    .matcher(msg);
            if (eof.find()) {
                throw new DataException(file, "line " + eof.group(1), "a quoted value starting here is never closed, so"
                        + " the rest of the file was swallowed", "add the closing \" or remove the stray quote", e);
            }
            throw new DataException(file, where, "malformed CSV (" + rootMessage(e) + ")",
                    "check quoting (an unclosed \" swallows the rest of the file) and that column names are unique", e);
        }
    }

    /** The user's column if given (it must exist), else the first header matching the usual names. */
    private static String chosen(Path file, List<String> header, String given, String[] names) {
        if (given == null || given.isBlank()) {
            return find(header, names);
        }
        if (!header.contains(given)) {
            throw new DataException(file, "header", "has no column '" + given + "' (columns: " + String.join(", ", header)
                    + ")", "choose one of the file's columns, or let BeltMap detect them");
        }
        return given;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Text that is neither UTF-8 nor plausible Windows-1251 is refused, not shown as mojibake. */
    private static void checkPlausible(Path file, byte[] bytes, Charset cs, boolean forced) {
        if (!forced && cs.name().equals("windows-1251") && !DbfEncoding.looksLikeCp1251(bytes)) {
            throw new DataException(file, null, "is neither UTF-8 nor Windows-1251 text (unexpected bytes such as 0x"
                    + Integer.toHexString(DbfEncoding.firstOddCp1251Byte(bytes)) + ")",
                    "save it as \"CSV UTF-8\" from Excel or LibreOffice, or name the encoding with --encoding");
        }
    }

    private static DataException notValid(Path file, Charset cs, DecodingReader.BadBytes bad) {
        return new DataException(file, "line " + bad.line, "is not valid " + cs.name() + " text (byte 0x"
                + Integer.toHexString(bad.value) + " at offset " + bad.offset + ")",
                "name the right encoding, e.g. --encoding windows-1251, or save the file as UTF-8", bad);
    }

    private static DecodingReader.BadBytes badBytes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DecodingReader.BadBytes b) {
                return b;
            }
        }
        return null;
    }

    /** The sniffed prefix cut after its last complete line, so no character is split at the end. */
    private static byte[] wholeLines(byte[] head, int max) {
        int end = max;
        while (end > 0 && head[end - 1] != '\n') {
            end--;
        }
        return java.util.Arrays.copyOf(head, end == 0 ? max : end);
    }

    /** Up to 64 KB of the file from the start of the line holding {@code offset} (for detection of a later part). */
    private static byte[] bytesAround(Path file, long offset) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            long from = Math.max(0, offset - 4096);
            in.skipNBytes(from);
            byte[] b = in.readNBytes(64 * 1024);
            int start = 0;
            while (start < b.length && start < offset - from && from > 0 && b[start] != '\n') {
                start++;
            }
            return java.util.Arrays.copyOfRange(b, Math.min(start, b.length), b.length);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** "tab" for a tab, otherwise the character itself. */
    public static String delimiterName(char d) {
        return d == '\t' ? "tab" : String.valueOf(d);
    }

    /** Parses a delimiter given by a user: {@code ;}, {@code ,}, {@code tab} or {@code \t}, {@code |}. */
    public static char parseDelimiter(String s) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException("empty delimiter; use ',', ';', 'tab' or '|'");
        }
        if (s.equalsIgnoreCase("tab") || s.equals("\\t") || s.equals("\t")) {
            return '\t';
        }
        if (s.length() != 1) {
            throw new IllegalArgumentException("delimiter '" + s + "' must be one character, or 'tab'");
        }
        return s.charAt(0);
    }

    private static Geometry geometry(Path file, String record, Map<String, Object> attrs, String lat, String lon,
                                     String wkt, WKTReader wktReader) {
        if (lat != null && lon != null) {
            Object la = attrs.get(lat);
            Object lo = attrs.get(lon);
            if (la == null || lo == null) {
                return null;
            }
            double y;
            double x;
            if (infinite(la) || infinite(lo)) {
                throw new DataException(file, record, "lat/lon '" + DataException.quote(la) + "', '"
                        + DataException.quote(lo) + "' is not a finite number",
                        "use decimal degrees such as 45.04 and 38.97, or leave both cells empty");
            }
            try {
                y = plainDecimal(la.toString());
                x = plainDecimal(lo.toString());
            } catch (NumberFormatException e) {
                throw new DataException(file, record, "lat/lon '" + DataException.quote(la) + "', '"
                        + DataException.quote(lo) + "' are not numbers (plain decimal numbers only)",
                        "use decimal degrees such as 45.04 and 38.97 (no suffixes like d or f, no hex)");
            }
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new DataException(file, record, "lat/lon '" + la + "', '" + lo + "' is not a finite number",
                        "use decimal degrees such as 45.04 and 38.97, or leave both cells empty");
            }
            if (Math.abs(y) > 90) {
                throw new DataException(file, record, "latitude " + la + " is outside -90..90",
                        "lat/lon columns must hold WGS84 degrees; check that lat and lon are not swapped or projected");
            }
            if (Math.abs(x) > 180) {
                throw new DataException(file, record, "longitude " + lo + " is outside -180..180",
                        "lat/lon columns must hold WGS84 degrees, not projected metres");
            }
            return FACTORY.createPoint(new Coordinate(x, y));
        }
        if (wkt != null && attrs.get(wkt) != null) {
            try {
                return wktReader.read(attrs.get(wkt).toString());
            } catch (ParseException | IllegalArgumentException e) {
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

    private static boolean infinite(Object cell) {
        String t = cell.toString().strip().replaceFirst("^[+-]", "");
        return t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("infinity") || t.equalsIgnoreCase("inf");
    }

    /** Digits with one decimal point or comma and an optional exponent: what a spreadsheet writes, nothing more. */
    private static final java.util.regex.Pattern PLAIN_DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d{1,3})?");

    /** Java's parser also takes 45.04d, 38.97f, hex floats and NaN: a coordinate cell must be a plain decimal. */
    static double plainDecimal(String cell) {
        String t = cell.strip();
        if (!PLAIN_DECIMAL.matcher(t).matches()) {
            throw new NumberFormatException(cell);
        }
        return Double.parseDouble(t.replace(',', '.'));
    }

    /**
     * Text that is not UTF-8 is single-byte: Windows-1251 (Russian Excel) when its high bytes run together as
     * Cyrillic words do, Windows-1252 (a superset of Latin-1) when they sit alone between Latin letters, as accents
     * do ("Zürich", "Göttingen"); both decode any byte, so the pattern decides.
     */
    static Charset singleByte(byte[] bytes) {
        int high = 0;
        int lone = 0;
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xFF) >= 0x80) {
                high++;
                boolean before = i > 0 && latinLetter(bytes[i - 1]);
                boolean after = i + 1 < bytes.length && latinLetter(bytes[i + 1]);
                if (before && after || before && i + 1 < bytes.length && !letterOrHigh(bytes[i + 1])
                        || after && (i == 0 || !letterOrHigh(bytes[i - 1]))) {
                    lone++;
                }
            }
        }
        return high > 0 && lone * 2 > high ? Charset.forName("windows-1252") : Charset.forName("windows-1251");
    }

    private static boolean latinLetter(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    private static boolean letterOrHigh(byte b) {
        return latinLetter(b) || (b & 0xFF) >= 0x80;
    }

    /** UTF-8 if the bytes decode strictly as UTF-8; otherwise a single-byte encoding ({@link #singleByte}). */
    public static Charset detectEncoding(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return singleByte(bytes);
        }
    }

    /** The candidate that splits the header line into the most columns. */
    public static char detectDelimiter(String text) {
        int nl = 0;
        while (nl < text.length() && text.charAt(nl) != '\n' && text.charAt(nl) != '\r') {
            nl++; // any line ending: LF, CRLF or an old Mac's CR alone
        }
        String first = text.substring(0, nl);
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
