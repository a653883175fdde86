package org.beltmap.core.basemap;

/** The palette tiles are drawn in; part of the tile cache key, so switching themes never shows stale tiles. */
public enum BasemapTheme {
    LIGHT, DARK;

    public static BasemapTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
