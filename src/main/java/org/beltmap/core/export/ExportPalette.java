package org.beltmap.core.export;

import java.awt.Color;

/** Print colours, the same hues as on screen: belts teal/sand/terracotta, green isochrone bands, purple rays. */
final class ExportPalette {

    static final Color[] BELTS = {new Color(0x2a9d8f), new Color(0xe9c46a), new Color(0xe76f51), new Color(0x8d6cab)};
    static final Color[] BANDS = {new Color(0x1b7837), new Color(0x5aae61), new Color(0xa6dba0), new Color(0xd9f0d3)};
    static final Color RAY = new Color(0x3d348b);
    static final Color LAND = new Color(0xF6F3EC);
    static final Color BOUNDARY = new Color(0x8E7CC3);
    static final Color ROAD = new Color(0xE0904A);
    static final Color RAIL = new Color(0x555555);
    static final Color RIVER = new Color(0x7DAFD6);
    static final Color TEXT = new Color(0x222222);
    static final Color GREY = new Color(0xBDBDBD);
    static final Color[] BUNDLES = {new Color(0xe9a23b), new Color(0xd1603d), new Color(0x9b2226)};

    /** Size classes, largest first: the same sequential ramp as on screen. */
    static final Color[] SIZE = {new Color(0x7a0177), new Color(0xc51b8a), new Color(0xf03b20), new Color(0xfd8d3c),
        new Color(0xfecc5c)};

    static Color size(org.beltmap.core.model.Town t, org.beltmap.core.model.SizeClassScheme scheme) {
        return t.sizeClass() == null ? GREY : SIZE[Math.min(SIZE.length - 1, scheme.rank(t.sizeClass()))];
    }

    private ExportPalette() {
    }

    static Color belt(int b) {
        return BELTS[Math.max(0, Math.min(BELTS.length - 1, b - 1))];
    }

    static Color band(int k) {
        return BANDS[Math.max(0, Math.min(BANDS.length - 1, k))];
    }

    static Color bundle(int strength) {
        return BUNDLES[Math.max(0, Math.min(BUNDLES.length - 1, strength - 2))];
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
    }
}
