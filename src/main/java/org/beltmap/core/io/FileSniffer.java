package org.beltmap.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Looks at a file's first bytes so a file that is not what its extension says (a PNG renamed .csv, a CSV
 * saved as .geojson, an .xlsx renamed .csv) gets a message naming what it really is, not a parser error.
 */
public final class FileSniffer {

    /** What the content looks like. */
    public enum Kind {
        EMPTY("an empty file (0 bytes)"), BLANK("a file with only whitespace"), PNG("a PNG image"),
        JPEG("a JPEG image"), PDF("a PDF document"), ZIP("a ZIP archive (an Excel .xlsx or a zipped shapefile?)"),
        GZIP("a gzip archive"), SQLITE("an SQLite database (a GeoPackage?)"), JSON("JSON"), TEXT("text"),
        BINARY("binary data, not text");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final int HEAD = 4096;

    private FileSniffer() {
    }

    public static Kind sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        return sniff(head);
    }

    public static Kind sniff(byte[] b) {
        if (b.length == 0) {
            return Kind.EMPTY;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Kind.PNG;
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return Kind.PDF;
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return Kind.ZIP;
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Kind.GZIP;
        }
        if (startsWith(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't')) {
            return Kind.SQLITE;
        }
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            return Kind.TEXT; // UTF-16 with BOM, as Excel's "Unicode text" export writes it
        }
        int control = 0;
        for (int i = 0; i < Math.min(b.length, HEAD); i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return Kind.BINARY;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control * 100 > b.length) {
            return Kind.BINARY;
        }
        int i = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < b.length && Character.isWhitespace(b[i])) {
            i++;
        }
        if (i == b.length) {
            return Kind.BLANK;
        }
        return b[i] == '{' || b[i] == '[' ? Kind.JSON : Kind.TEXT;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
