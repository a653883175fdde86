package org.beltmap.core.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dBASE III table as Shapefiles carry it (.dbf): field types C (text), N and F (numbers), L (logical) and
 * D (date, as YYYY-MM-DD text); other types are read as text. Text is decoded once the caller has chosen the
 * encoding, since the header alone often does not say it. Errors name {@code shp} (the file the user gave).
 */
final class DbfReader {

    /** One column: name bytes undecoded (GDAL writes non-ASCII names in the table's encoding). */
    record Field(byte[] rawName, char type, int offset, int length, int decimals) {
    }

    private final Path shp;
    private final String dbfName;
    private final byte[] bytes;
    private final List<Field> fields = new ArrayList<>();
    private final int headerLength;
    private final int recordLength;
    private final int records;
    private final int languageDriver;

    DbfReader(Path shp, String dbfName, byte[] bytes) {
        this.shp = shp;
        this.dbfName = dbfName;
        this.bytes = bytes;
        if (bytes.length < 32) {
            throw bad(null, "is too short for a dBASE table (" + bytes.length + " bytes)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int version = bytes[0] & 0x07;
        if (version != 3 && version != 4 && version != 5) {
            throw bad(null, "is not a dBASE table (version byte 0x" + Integer.toHexString(bytes[0] & 0xFF) + ")");
        }
        records = b.getInt(4);
        headerLength = b.getShort(8) & 0xFFFF;
        recordLength = b.getShort(10) & 0xFFFF;
        languageDriver = bytes[29] & 0xFF;
        if (records < 0 || headerLength < 33 || headerLength > bytes.length || recordLength < 1) {
            throw bad(null, "has a damaged header (" + records + " records of " + recordLength + " bytes after "
                    + headerLength + " header bytes)");
        }
        List<int[]> raw = new ArrayList<>(); // {at, low length byte, decimals byte}
        for (int at = 32; at + 32 <= headerLength && bytes[at] != 0x0D; at += 32) {
            raw.add(new int[] {at, bytes[at + 16] & 0xFF, bytes[at + 17] & 0xFF});
        }
        // Clipper and others keep text fields longer than 255 bytes with the decimals byte as the high byte.
        boolean wideText = 1 + raw.stream().mapToInt(d -> d[1]).sum() != recordLength;
        int offset = 1; // byte 0 of a record is the deletion flag
        for (int[] d : raw) {
            int at = d[0];
            int end = at;
            while (end < at + 11 && bytes[end] != 0) {
                end++;
            }
            char type = (char) (bytes[at + 11] & 0xFF);
            int len = type == 'C' && wideText ? d[1] | d[2] << 8 : d[1];
            fields.add(new Field(java.util.Arrays.copyOfRange(bytes, at, end), type, offset, len,
                    type == 'C' ? 0 : d[2]));
            offset += len;
        }
        if (offset != recordLength) {
            throw bad(null, "has fields adding up to " + offset + " bytes but records of " + recordLength);
        }
        long needed = headerLength + (long) records * recordLength;
        if (needed > bytes.length) {
            throw new DataException(shp, dbfName, "is truncated: " + records + " records need " + needed
                    + " bytes but the file has " + bytes.length,
                    "copy " + dbfName + " again from its source (it was cut short), or export the layer again");
        }
    }

    int records() {
        return records;
    }

    int languageDriver() {
        return languageDriver;
    }

    boolean deleted(int record) {
        return bytes[headerLength + record * recordLength] == '*';
    }

    /** Every text byte of names and text fields, for encoding detection. */
    byte[] textBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Field f : fields) {
            out.writeBytes(f.rawName());
        }
        for (int r = 0; r < records; r++) {
            for (Field f : fields) {
                if (f.type() == 'C') {
                    out.write(bytes, headerLength + r * recordLength + f.offset(), f.length());
                }
            }
        }
        return out.toByteArray();
    }

    /** The first record and field whose text has a byte >= 0x80, for messages about the encoding. */
    String firstNonAscii() {
        for (int r = 0; r < records; r++) {
            for (Field f : fields) {
                int at = headerLength + r * recordLength + f.offset();
                for (int i = 0; f.type() == 'C' && i < f.length(); i++) {
                    if (bytes[at + i] < 0) {
                        return dbfName + " record " + (r + 1) + " field " + new String(f.rawName(), StandardCharsets.ISO_8859_1);
                    }
                }
            }
        }
        return dbfName;
    }

    List<String> fieldNames(Charset cs) {
        List<String> names = new ArrayList<>();
        for (Field f : fields) {
            String n = decode(f.rawName(), 0, f.rawName().length, cs, "field names").trim();
            String unique = n;
            for (int i = 2; names.contains(unique); i++) {
                unique = n + "_" + i;
            }
            names.add(unique);
        }
        return names;
    }

    /** The attributes of one record under the given names (from {@link #fieldNames}). */
    Map<String, Object> record(int r, List<String> names, Charset cs) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        int base = headerLength + r * recordLength;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String text = decode(bytes, base + f.offset(), f.length(), cs, "record " + (r + 1));
            attrs.put(names.get(i), value(f, text, r));
        }
        return attrs;
    }

    private Object value(Field f, String raw, int r) {
        String s = f.type() == 'C' ? stripRight(raw) : raw.trim();
        if (s.isEmpty()) {
            return null;
        }
        switch (f.type()) {
            case 'N', 'F' -> {
                if (s.chars().allMatch(c -> c == '*') || s.equals("-")) {
                    return null; // numeric overflow markers and the null some writers use
                }
                try {
                    if (f.decimals() == 0 && s.matches("[-+]?\\d{1,18}")) {
                        return Long.parseLong(s);
                    }
                    return Double.parseDouble(s.replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new DataException(shp, dbfName + " record " + (r + 1), "field "
                            + new String(f.rawName(), StandardCharsets.ISO_8859_1) + " holds '" + s + "', not a number",
                            "correct the value in QGIS or LibreOffice, or export the table again");
                }
            }
            case 'L' -> {
                char c = Character.toUpperCase(s.charAt(0));
                return c == 'T' || c == 'Y' ? Boolean.TRUE : c == 'F' || c == 'N' ? Boolean.FALSE : null;
            }
            case 'D' -> {
                if (s.equals("00000000")) {
                    return null; // the empty date GDAL and others write
                }
                return s.matches("\\d{8}") ? s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6) : s;
            }
            default -> {
                return s;
            }
        }
    }

    private String decode(byte[] src, int at, int len, Charset cs, String where) {
        int end = at + len;
        while (end > at && src[end - 1] == 0) {
            end--; // NUL padding, as some writers leave it
        }
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(src, at, end - at)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            if (cs.equals(StandardCharsets.UTF_8) && len > 0 && isCutUtf8(src, at, end)) {
                // A UTF-8 character cut by the field width (writers count bytes): drop the partial character.
                return decode(src, at, lastWhole(src, at, end) - at, cs, where);
            }
            throw new DataException(shp, dbfName + " " + where, "is not valid " + cs.name() + " text",
                    "name the table's encoding in the .cpg file beside it (e.g. 1251, 866 or UTF-8), or give --encoding"
                            + " (in a project: \"dbf.encoding\" among the layer's fields)", e);
        }
    }

    private static boolean isCutUtf8(byte[] src, int at, int end) {
        int whole = lastWhole(src, at, end);
        return whole < end && DbfEncoding.isUtf8(java.util.Arrays.copyOfRange(src, at, whole));
    }

    /** The end of the last complete UTF-8 sequence at or before {@code end}. */
    private static int lastWhole(byte[] src, int at, int end) {
        int i = end - 1;
        while (i > at && (src[i] & 0xC0) == 0x80) {
            i--;
        }
        int lead = src[i] & 0xFF;
        int n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return i + n <= end ? i + n : i;
    }

    private static String stripRight(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end).stripLeading();
    }

    private DataException bad(String record, String problem) {
        return new DataException(shp, record == null ? dbfName : dbfName + " " + record, problem,
                "export the layer again with QGIS or ogr2ogr, or restore " + dbfName + " from its source");
    }
}
