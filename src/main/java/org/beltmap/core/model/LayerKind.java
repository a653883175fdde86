package org.beltmap.core.model;

import java.util.Locale;

/** The role a layer plays in the analysis; decides how it is loaded, drawn and used. */
public enum LayerKind {
    TOWNS, SETTLEMENTS, ROADS, RAILWAYS, RIVERS, LAKES, BOUNDARY, COAST, ENGINEERING, OTHER;

    public boolean isPoints() {
        return this == TOWNS || this == SETTLEMENTS;
    }

    public static LayerKind parse(String text) {
        if (text == null) {
            return OTHER;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (t.equals("OTHER_LINES") || t.equals("OTHER_POLYGONS")) {
            return OTHER;
        }
        return LayerKind.valueOf(t);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
