package org.beltmap.core.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The text encoding of a DBF table: named by a {@code .cpg} file, by the DBF header's language-driver byte, or
 * detected from the bytes when neither says (UTF-8, then Windows-1251, then CP866, the encodings Russian GIS
 * data comes in). Detection refuses text that fits none of them rather than showing mojibake.
 */
final class DbfEncoding {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset CP866 = Charset.forName("IBM866");

    /** Language-driver IDs (DBF header byte 29) → code page, as ESRI and GDAL map them; 0 and 0x57 say nothing. */
    private static final Map<Integer, String> LDID = Map.ofEntries(
            Map.entry(0x01, "IBM437"), Map.entry(0x02, "IBM850"), Map.entry(0x03, "windows-1252"),
            Map.entry(0x08, "IBM865"), Map.entry(0x09, "IBM437"), Map.entry(0x0A, "IBM850"),
            Map.entry(0x0B, "IBM437"), Map.entry(0x0D, "IBM437"), Map.entry(0x0E, "IBM850"),
            Map.entry(0x0F, "IBM437"), Map.entry(0x10, "IBM850"), Map.entry(0x11, "IBM437"),
            Map.entry(0x12, "IBM850"), Map.entry(0x13, "windows-31j"), Map.entry(0x14, "IBM850"),
            Map.entry(0x15, "IBM437"), Map.entry(0x16, "IBM850"), Map.entry(0x17, "IBM865"),
            Map.entry(0x18, "IBM437"), Map.entry(0x19, "IBM437"), Map.entry(0x1A, "IBM850"),
            Map.entry(0x1B, "IBM437"), Map.entry(0x1C, "IBM863"), Map.entry(0x1D, "IBM850"),
            Map.entry(0x1F, "IBM852"), Map.entry(0x22, "IBM852"), Map.entry(0x23, "IBM852"),
            Map.entry(0x24, "IBM860"), Map.entry(0x25, "IBM850"), Map.entry(0x26, "IBM866"),
            Map.entry(0x37, "IBM850"), Map.entry(0x40, "IBM852"), Map.entry(0x4D, "GBK"),
            Map.entry(0x4E, "x-windows-949"), Map.entry(0x4F, "x-windows-950"), Map.entry(0x50, "x-IBM874"),
            Map.entry(0x58, "windows-1252"), Map.entry(0x59, "windows-1252"), Map.entry(0x64, "IBM852"),
            Map.entry(0x65, "IBM866"), Map.entry(0x66, "IBM865"), Map.entry(0x67, "IBM861"),
            Map.entry(0x6A, "x-IBM737"), Map.entry(0x6B, "IBM857"), Map.entry(0x6C, "IBM863"),
            Map.entry(0x78, "x-windows-950"), Map.entry(0x79, "x-windows-949"), Map.entry(0x7A, "GBK"),
            Map.entry(0x7B, "windows-31j"), Map.entry(0x7C, "x-windows-874"), Map.entry(0x7D, "windows-1255"),
            Map.entry(0x7E, "windows-1256"), Map.entry(0x86, "x-IBM737"), Map.entry(0x87, "IBM852"),
            Map.entry(0x88, "IBM857"), Map.entry(0xC8, "windows-1250"), Map.entry(0xC9, "windows-1251"),
            Map.entry(0xCA, "windows-1254"), Map.entry(0xCB, "windows-1253"), Map.entry(0xCC, "windows-1257"));

    private DbfEncoding() {
    }

    /** The code page a language-driver byte names, or null when it names none (0, 0x57 "ANSI", unknown). */
    static Charset ofLanguageDriver(int ldid) {
        String name = LDID.get(ldid);
        return name != null && Charset.isSupported(name) ? Charset.forName(name) : null;
    }

    /**
     * The charset a {@code .cpg} names: "UTF-8", "1251", "CP1251", "ANSI 1251", "866", "88591", "windows-1251"…
     *
     * @throws IllegalArgumentException when Java knows no such encoding
     */
    static Charset ofCpg(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("ANSI ")) {
            s = s.substring(5).trim();
        }
        if (s.equals("UTF8") || s.equals("UTF-8") || s.equals("65001")) {
            return StandardCharsets.UTF_8;
        }
        String digits = s.startsWith("CP") ? s.substring(2).trim() : s;
        if (digits.matches("\\d+")) {
            if (digits.startsWith("8859") && digits.length() > 4) {
                s = "ISO-8859-" + digits.substring(4);
            } else if (digits.matches("125\\d")) {
                s = "windows-" + digits;
            } else if (digits.equals("874") || digits.equals("932") || digits.equals("936") || digits.equals("949")
                    || digits.equals("950")) {
                s = Map.of("874", "x-windows-874", "932", "windows-31j", "936", "GBK", "949", "x-windows-949",
                        "950", "x-windows-950").get(digits);
            } else {
                s = "IBM" + digits;
            }
        }
        try {
            return Charset.forName(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("names the encoding '" + text.trim() + "', which is not one Java knows", e);
        }
    }

    /** UTF-8 if the bytes decode strictly as UTF-8, else Windows-1251 or CP866 if plausible; null when none fits. */
    static Charset detect(byte[] text) {
        if (isUtf8(text)) {
            return StandardCharsets.UTF_8;
        }
        if (oddShare(text, DbfEncoding::plausibleCp1251) <= 0.1) {
            return CP1251;
        }
        if (oddShare(text, DbfEncoding::plausibleCp866) <= 0.1) {
            return CP866;
        }
        return null;
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The first byte >= 0x80 that is a letter in neither Windows-1251 nor CP866, for the error message. */
    static int firstOddByte(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x80 && !plausibleCp1251(c) && !plausibleCp866(c)) {
                return c;
            }
        }
        for (byte b : bytes) {
            if ((b & 0xFF) >= 0x80) {
                return b & 0xFF;
            }
        }
        return 0;
    }

    private static double oddShare(byte[] bytes, java.util.function.IntPredicate plausible) {
        int high = 0;
        int odd = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x80) {
                high++;
                odd += plausible.test(c) ? 0 : 1;
            }
        }
        return high == 0 ? 0 : (double) odd / high;
    }

    /** Russian Windows text: bytes >= 0x80 are nearly all letters, Ё/ё, №, quotes, dashes, nbsp, degree. */
    /** Russian Windows text (most bytes >= 0x80 are letters and their punctuation); the CSV reader asks the same. */
    static boolean looksLikeCp1251(byte[] bytes) {
        return oddShare(bytes, DbfEncoding::plausibleCp1251) <= 0.1;
    }

    /** The first byte >= 0x80 that Russian Windows text would not hold, 0 if none. */
    static int firstOddCp1251Byte(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0xFF) >= 0x80 && !plausibleCp1251(b & 0xFF)) {
                return b & 0xFF;
            }
        }
        return 0;
    }

    private static boolean plausibleCp1251(int c) {
        return c >= 0xC0 || c == 0xA8 || c == 0xB8 || c == 0xB9 || c == 0xAB || c == 0xBB || c == 0x96 || c == 0x97
                || c == 0xA0 || c == 0x93 || c == 0x94 || c == 0x84 || c == 0x85 || c == 0xB0 || c == 0xB2 || c == 0xB3;
    }

    /** Russian DOS text: А–п at 0x80–0xAF, р–я at 0xE0–0xEF, Ё/ё, degree, №, nbsp; 0xB0–0xDF draws boxes. */
    private static boolean plausibleCp866(int c) {
        return c <= 0xAF || (c >= 0xE0 && c <= 0xF1) || c == 0xF8 || c == 0xFC || c == 0xFF;
    }
}
