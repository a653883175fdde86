package org.beltmap.core.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans (full Cyrillic), so labels look the same everywhere and PDFs embed it. Sheets use whole
 * point sizes only: JFreeSVG writes {@code font-size} as an integer, so a 7.5 pt label would be 8 px in the SVG
 * and wider than the room measured for it.
 */
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
        // Marked bold too, so an SVG says font-weight: bold (the face itself is already the bold one).
        return bold.deriveFont(Font.BOLD, size);
    }

    /** Width of text in points, as PDF and SVG lay it out (fractional advances, no device rounding). */
    static double width(Font f, String text) {
        return f.getStringBounds(text, FRC).getWidth();
    }

    /** Ascent of the font in points (the text box above the baseline). */
    static double ascent(Font f) {
        return f.getLineMetrics("Ag", FRC).getAscent();
    }

    static double descent(Font f) {
        return f.getLineMetrics("Ag", FRC).getDescent();
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

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
