package org.beltmap.core.style;

/**
 * The analysis colours as hex strings, shared by the screen (JavaFX) and the exports (AWT), so a report looks like
 * the map. Belts: three calm distinct hues; isochrone bands: greens, dark to light; size classes: a sequential
 * ramp, largest darkest; bundles: warm, darker for stronger.
 */
public final class Colours {

    public static final String[] BELTS = {"#2a9d8f", "#e9c46a", "#e76f51", "#8d6cab", "#6c757d"};
    public static final String[] BANDS = {"#1b7837", "#5aae61", "#a6dba0", "#d9f0d3", "#f1f8ee"};
    public static final String[] SIZE_CLASSES = {"#7a0177", "#c51b8a", "#f03b20", "#fd8d3c", "#fecc5c"};
    public static final String[] BUNDLES = {"#e9a23b", "#d1603d", "#9b2226"};
    public static final String RAY = "#3d348b";
    public static final String UNREACHABLE = "#bdbdbd";

    private Colours() {
    }

    /** Entry {@code i} of a list, the last one repeating beyond its end. */
    public static String pick(String[] list, int i) {
        return list[Math.max(0, Math.min(list.length - 1, i))];
    }
}
