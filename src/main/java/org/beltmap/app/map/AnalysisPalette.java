package org.beltmap.app.map;

import javafx.scene.paint.Color;

/** Colours of the analysis layers: three calm, distinct belt hues and green isochrone bands, light to dark. */
public final class AnalysisPalette {

    private static final Color[] BELTS = {Color.web("#2a9d8f"), Color.web("#e9c46a"), Color.web("#e76f51"),
        Color.web("#8d6cab"), Color.web("#6c757d")};
    private static final Color[] BANDS = {Color.web("#1b7837"), Color.web("#5aae61"), Color.web("#a6dba0"),
        Color.web("#d9f0d3"), Color.web("#f1f8ee")};
    public static final Color ROUTE = Color.web("#1d3557");
    public static final Color UNREACHABLE = Color.web("#bdbdbd");

    private AnalysisPalette() {
    }

    /** Colour of belt 1, 2, 3…; beyond the palette the last colour repeats. */
    public static Color belt(int belt) {
        return BELTS[Math.max(0, Math.min(BELTS.length - 1, belt - 1))];
    }

    /** Fill of the k-th band counted from the smallest (0 = 30 min). */
    public static Color band(int k) {
        return BANDS[Math.max(0, Math.min(BANDS.length - 1, k))];
    }
}
