package org.beltmap.app.map;

import javafx.scene.paint.Color;

/** A colour-blind-safe graduated ramp (viridis stops) for scores 0–100, in five classes with a legend each. */
public final class ScorePalette {

    private static final Color[] STOPS = {Color.web("#440154"), Color.web("#3b528b"), Color.web("#21918c"),
        Color.web("#5ec962"), Color.web("#fde725")};

    private ScorePalette() {
    }

    public static int classes() {
        return STOPS.length;
    }

    /** Class of a score: 0 for 0–20, …, 4 for 80–100. */
    public static int classOf(double score) {
        return Math.max(0, Math.min(STOPS.length - 1, (int) (score / (100.0 / STOPS.length))));
    }

    public static Color colour(double score) {
        return STOPS[classOf(score)];
    }

    public static Color colourOfClass(int k) {
        return STOPS[k];
    }
}
