package org.beltmap.core.export;

import java.util.Locale;

/** What to export and how: layout, format, paper, orientation, raster resolution and optional parts. */
public record ExportOptions(Layout layout, Format format, Paper paper, boolean landscape, int dpi,
                            boolean smallTownsTable, String title) {

    public enum Layout { MAP, RINGS }

    public enum Format { SVG, PDF, PNG }

    /** ISO paper sizes in PostScript points (1/72 inch). */
    public enum Paper {
        A4(595.28, 841.89), A3(841.89, 1190.55);

        final double shortPt;
        final double longPt;

        Paper(double shortPt, double longPt) {
            this.shortPt = shortPt;
            this.longPt = longPt;
        }
    }

    public ExportOptions {
        if (dpi < 36 || dpi > 1200) {
            throw new IllegalArgumentException("--dpi must be between 36 and 1200, got " + dpi);
        }
    }

    public static ExportOptions defaults(Layout layout, Format format) {
        return new ExportOptions(layout, format, Paper.A4, true, 300, true, null);
    }

    public double widthPt() {
        return landscape ? paper.longPt : paper.shortPt;
    }

    public double heightPt() {
        return landscape ? paper.shortPt : paper.longPt;
    }

    /** Pixel size of a PNG: paper in inches × dpi (A4 landscape at 300 dpi is 3508 × 2480). */
    public int widthPx() {
        return (int) Math.round(widthPt() / 72.0 * dpi);
    }

    public int heightPx() {
        return (int) Math.round(heightPt() / 72.0 * dpi);
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be one of " + java.util.Arrays.toString(
                    type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not '" + value + "'");
        }
    }
}
