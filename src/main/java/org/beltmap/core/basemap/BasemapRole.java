package org.beltmap.core.basemap;

import java.util.Locale;

/** What a basemap layer is, which decides its style and drawing order. */
public enum BasemapRole {
    LAND, SEA, LAKE, REGION, COAST, RIVER, RAILWAY, ROAD;

    static BasemapRole parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
