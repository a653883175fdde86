package org.beltmap.core.export;

import java.awt.Color;
import org.beltmap.core.style.Colours;

/** Print colours, the same hues as on screen: belts teal/sand/terracotta, green isochrone bands, purple rays. */
final class ExportPalette {

    static final Color RAY = Color.decode(Colours.RAY);
    static final Color LAND = new Color(0xF6F3EC);
    static final Color BOUNDARY = new Color(0x8E7CC3);
    static final Color ROAD = new Color(0xE0904A);
    static final Color RAIL = new Color(0x555555);
    static final Color RIVER = new Color(0x7DAFD6);
    static final Color TEXT = new Color(0x222222);
    static final Color GREY = Color.decode(Colours.UNREACHABLE);

    /** Size classes, largest first: the same sequential ramp as on screen. */
    static final Color[] SIZE = java.util.Arrays.stream(Colours.SIZE_CLASSES).map(Color::decode).toArray(Color[]::new);

    static Color size(org.beltmap.core.model.Town t, org.beltmap.core.model.SizeClassScheme scheme) {
        return t.sizeClass() == null ? GREY : SIZE[Math.min(SIZE.length - 1, scheme.rank(t.sizeClass()))];
    }

    private ExportPalette() {
    }

    static Color belt(int b) {
        return Color.decode(Colours.pick(Colours.BELTS, b - 1));
    }

    static Color band(int k) {
        return Color.decode(Colours.pick(Colours.BANDS, k));
    }

    static Color bundle(int strength) {
        return Color.decode(Colours.pick(Colours.BUNDLES, strength - 2));
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
    }
}
