package org.beltmap.core.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;

/**
 * Colours and widths of the offline basemap. Calm, low-saturation fills so the planner's own overlays (towns,
 * belts, rays) stay the loudest thing on screen; strong colour is reserved for the road hierarchy.
 * Widths are given at zooms 6, 8, 10, 12 and interpolated in between.
 */
final class BasemapStyle {

    static final Color OUTSIDE = new Color(0xE3E3E0);
    static final Color WATER = new Color(0xB3D1E1);
    static final Color WATER_EDGE = new Color(0x8DB4CC);
    static final Color LAND = new Color(0xF3F0E8);
    static final Color RIVER = new Color(0x7FAED6);
    static final Color REGION_HALO = new Color(0x66B89BCB, true);
    static final Color REGION_LINE = new Color(0x8E6AAA);
    static final Color RAIL_DARK = new Color(0x5A5A5A);
    static final Color RAIL_QUIET = new Color(0x8C8C8C);
    static final Color RAIL_LIGHT = new Color(0xFFFFFF);
    static final Color BORDER = new Color(0xA393B3);

    /** Every colour one theme needs; the light one is the constants above, the dark one keeps the same hierarchy. */
    record Palette(Color outside, Color water, Color waterEdge, Color land, Color river, Color regionHalo,
            Color regionLine, Color railDark, Color railQuiet, Color railLight, Color border, boolean dark) {

        Color roadFill(RoadClass c) {
            return dark ? c.darkFill : c.fill;
        }

        Color roadCasing(RoadClass c) {
            return dark ? c.darkCasing : c.casing;
        }
    }

    static final Palette LIGHT = new Palette(OUTSIDE, WATER, WATER_EDGE, LAND, RIVER, REGION_HALO, REGION_LINE,
            RAIL_DARK, RAIL_QUIET, RAIL_LIGHT, BORDER, false);
    /** Near-black land and deep blue water under muted roads: the overlays stay the brightest thing here too. */
    static final Palette DARK = new Palette(new Color(0x1B1C1F), new Color(0x1C2E3F), new Color(0x35597A),
            new Color(0x2C2E33), new Color(0x3F6F9A), new Color(0x667A5C99, true), new Color(0xA68BC6),
            new Color(0xA3A3A3), new Color(0x76787D), new Color(0x2C2E33), new Color(0x6F6680), true);

    static Palette palette(BasemapTheme theme) {
        return theme == BasemapTheme.DARK ? DARK : LIGHT;
    }

    /** Road classes, least important first = drawing order. */
    enum RoadClass {
        LOCAL(0xBEBEBE, 0x9A9A9A, 0x5E6066, 0x3A3B3F, 0.45), REGIONAL(0xF7E38C, 0xB9A253, 0x9A8A46, 0x5C5228, 0.65),
        TRUNK(0xF5B06A, 0xB7763D, 0xB07B47, 0x684527, 0.85), MOTORWAY(0xE8775C, 0xA5452F, 0xB85A42, 0x6C2E21, 1.0);

        final Color fill;
        final Color casing;
        final Color darkFill;
        final Color darkCasing;
        final double scale;

        RoadClass(int fill, int casing, int darkFill, int darkCasing, double scale) {
            this.fill = new Color(fill);
            this.casing = new Color(casing);
            this.darkFill = new Color(darkFill);
            this.darkCasing = new Color(darkCasing);
            this.scale = scale;
        }

        /** OSM-derived class names: federal_M motorways, federal_R/A trunk roads, regional, everything else local. */
        static RoadClass of(String cls) {
            if (cls == null) {
                return LOCAL;
            }
            String c = cls.toLowerCase(Locale.ROOT);
            if (c.equals("federal_m") || c.contains("motorway")) {
                return MOTORWAY;
            }
            if (c.startsWith("federal") || c.contains("trunk") || c.contains("primary")) {
                return TRUNK;
            }
            if (c.startsWith("regional") || c.contains("secondary")) {
                return REGIONAL;
            }
            return LOCAL;
        }
    }

    private BasemapStyle() {
    }

    /** Linear interpolation over the stops at zoom 6, 8, 10, 12; clamped outside. */
    static double atZoom(int zoom, double z6, double z8, double z10, double z12) {
        double[] v = {z6, z8, z10, z12};
        double t = (Math.max(6, Math.min(12, zoom)) - 6) / 2.0;
        int i = Math.min(2, (int) Math.floor(t));
        double f = t - i;
        double w = v[i] + (v[i + 1] - v[i]) * f;
        return zoom < 6 ? w * Math.pow(0.8, 6 - zoom) : zoom > 12 ? w * Math.pow(1.15, zoom - 12) : w;
    }

    static double roadWidth(int zoom, RoadClass c) {
        return atZoom(zoom, 1.8, 2.8, 4.6, 7.0) * c.scale;
    }

    /** Casing adds this much per side; thin at low zoom where casings would only muddy the line. */
    static double casingExtra(int zoom) {
        return atZoom(zoom, 0.5, 0.8, 1.1, 1.4);
    }

    /** Natural Earth scalerank: lower is bigger; ≤ 8 holds the Kuban-class rivers. */
    static double riverWidth(int zoom, String scalerank) {
        double rank = parse(scalerank, 10);
        double base = atZoom(zoom, 1.1, 1.6, 2.4, 3.4);
        return rank <= 8 ? base * 1.4 : rank <= 10 ? base : base * 0.75;
    }

    static double railWidth(int zoom) {
        return atZoom(zoom, 0.9, 1.8, 2.4, 3.2);
    }

    /** Country borders of the world background: thin, solid, quieter than the project's own boundary. */
    static double borderWidth(int zoom) {
        return atZoom(zoom, 0.8, 1.0, 1.2, 1.4);
    }

    static double coastWidth(int zoom) {
        return atZoom(zoom, 0.7, 0.9, 1.1, 1.4);
    }

    static BasicStroke regionHalo(int zoom) {
        return round((float) atZoom(zoom, 3.0, 4.5, 6.0, 8.0));
    }

    static BasicStroke regionLine(int zoom) {
        float w = (float) atZoom(zoom, 1.0, 1.3, 1.6, 2.0);
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f,
                new float[] {7 * w, 2.5f * w, 1.5f * w, 2.5f * w}, 0f);
    }

    static BasicStroke round(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(double width, float dash) {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f,
                new float[] {dash, dash}, 0f);
    }

    private static double parse(String s, double fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
