package org.beltmap.core.basemap;

import java.nio.file.Path;

/** Loads maps/ once per test JVM: parsing and indexing takes a second or two. */
final class TestBasemap {

    private static BasemapSet set;

    private TestBasemap() {
    }

    /** The Krasnodar regional source. */
    static Basemap get() {
        return set().regional().get(0);
    }

    /** Everything in maps/: world background and the Krasnodar region. */
    static synchronized BasemapSet set() {
        if (set == null) {
            set = BasemapSet.load(Path.of("maps"));
        }
        return set;
    }

    static long tileX(double lon, int z) {
        return (long) Math.floor(org.beltmap.core.geo.WebMercator.x(lon) * (1L << z));
    }

    static long tileY(double lat, int z) {
        return (long) Math.floor(org.beltmap.core.geo.WebMercator.y(lat) * (1L << z));
    }
}
