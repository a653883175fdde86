package org.beltmap.core.basemap;

import java.nio.file.Path;

/** Loads maps/ once per test JVM: parsing and indexing takes a second or two. */
final class TestBasemap {

    private static Basemap map;

    private TestBasemap() {
    }

    static synchronized Basemap get() {
        if (map == null) {
            map = Basemap.load(Path.of("maps"));
        }
        return map;
    }

    static long tileX(double lon, int z) {
        return (long) Math.floor(org.beltmap.core.geo.WebMercator.x(lon) * (1L << z));
    }

    static long tileY(double lat, int z) {
        return (long) Math.floor(org.beltmap.core.geo.WebMercator.y(lat) * (1L << z));
    }
}
