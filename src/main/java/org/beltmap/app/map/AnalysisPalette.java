package org.beltmap.app.map;

import javafx.scene.paint.Color;
import org.beltmap.core.style.Colours;

/** Colours of the analysis layers: three calm, distinct belt hues and green isochrone bands, light to dark. */
public final class AnalysisPalette {

    public static final Color ROUTE = Color.web("#1d3557");
    public static final Color UNREACHABLE = Color.web(Colours.UNREACHABLE);
    /** Parsed once: town colours are looked up every frame. */
    private static final Color[] BELTS = java.util.Arrays.stream(Colours.BELTS).map(Color::web).toArray(Color[]::new);
    private static final Color[] BANDS = java.util.Arrays.stream(Colours.BANDS).map(Color::web).toArray(Color[]::new);

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
