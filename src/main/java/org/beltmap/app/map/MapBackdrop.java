package org.beltmap.app.map;

import javafx.scene.paint.Color;

/**
 * The basemap's land colour in each theme: what translucent overlays are seen against, so the legend draws its
 * swatches on it and they look as they do on the map, and the map's own boxes (scale bar, measure) sit well on it.
 */
public final class MapBackdrop {

    /** core.basemap's BasemapStyle.LAND. */
    public static final Color LIGHT_LAND = Color.web("#f3f0e8");
    /** Land of the dark basemap (a dark neutral grey, as dark GIS basemaps have it). */
    public static final Color DARK_LAND = Color.web("#2c2e33"); // the dark basemap's land (BasemapStyle.DARK)

    private MapBackdrop() {
    }

    /** The basemap's sea (BasemapStyle WATER / DARK water): what lies beyond the world's edge on screen. */
    public static Color water(boolean dark) {
        return dark ? Color.web("#1c2e3f") : Color.web("#b3d1e1");
    }

    public static Color land(boolean dark) {
        return dark ? DARK_LAND : LIGHT_LAND;
    }

    /** Fill of a box drawn on the map (scale bar, measure readout). */
    public static Color panel(boolean dark) {
        return dark ? Color.rgb(30, 33, 38, 0.85) : Color.rgb(255, 255, 255, 0.85);
    }

    public static Color ink(boolean dark) {
        return dark ? Color.web("#e6e6e6") : Color.web("#1f1f1f");
    }
}
