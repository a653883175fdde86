package org.beltmap.app.map;

import javafx.scene.paint.Color;
import org.beltmap.core.model.SizeClassScheme;
import org.beltmap.core.model.Town;

/**
 * Sequential palette for town size classes (largest darkest, ColorBrewer YlOrRd-like) and symbol radii, so size
 * reads at a glance. Works for any number of configured classes by interpolating along the ramp.
 */
public final class SizeClassPalette {

    private static final Color[] RAMP = java.util.Arrays.stream(org.beltmap.core.style.Colours.SIZE_CLASSES)
            .map(Color::web).toArray(Color[]::new);
    public static final Color UNKNOWN = Color.web("#9e9e9e");
    public static final Color OUTLINE = Color.web("#2b2b2b");

    private final SizeClassScheme scheme;

    public SizeClassPalette(SizeClassScheme scheme) {
        this.scheme = scheme;
    }

    public Color colour(int rank) {
        int n = scheme.classes().size();
        if (rank < 0) {
            return UNKNOWN;
        }
        if (n <= 1) {
            return RAMP[RAMP.length - 1];
        }
        double pos = rank * (RAMP.length - 1) / (double) (n - 1);
        int i = (int) Math.floor(pos);
        if (i >= RAMP.length - 1) {
            return RAMP[RAMP.length - 1];
        }
        return RAMP[i].interpolate(RAMP[i + 1], pos - i);
    }

    public Color colour(Town t) {
        return t.sizeClass() == null ? UNKNOWN : colour(scheme.rank(t.sizeClass()));
    }

    /** Symbol radius in px: 11 for the largest class down to 4.5 for the smallest. */
    public double radius(int rank) {
        int n = scheme.classes().size();
        if (rank < 0 || n <= 1) {
            return 4.5;
        }
        return 11.0 - rank * (6.5 / (n - 1));
    }

    public double radius(Town t) {
        return t.sizeClass() == null ? 4.0 : radius(scheme.rank(t.sizeClass()));
    }

    public SizeClassScheme scheme() {
        return scheme;
    }
}
