package org.beltmap.core.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled DejaVu Sans (full Cyrillic), so labels look the same everywhere and PDFs embed it. */
public final class ExportFonts {

    public static final String REGULAR = "/org/beltmap/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/org/beltmap/fonts/DejaVuSans-Bold.ttf";
    private static Font regular;
    private static Font bold;

    private ExportFonts() {
    }

    public static synchronized Font regular(float size) {
        if (regular == null) {
            regular = load(REGULAR);
        }
        return regular.deriveFont(size);
    }

    public static synchronized Font bold(float size) {
        if (bold == null) {
            bold = load(BOLD);
        }
        return bold.deriveFont(size);
    }

    public static InputStream stream(String resource) {
        return ExportFonts.class.getResourceAsStream(resource);
    }

    private static Font load(String resource) {
        try (InputStream in = stream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + resource + " is damaged", e);
        }
    }
}
