package org.beltmap.core.osm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tiny hand-made extracts written with {@link PbfWriter}: a few streets between two towns, each way exercising one
 * tagging rule, inside a square district boundary (relation 900). Ids are the way numbers used in the tests.
 * Also written, once, into src/test/resources/bad/ as the seed of the bad-input cases ({@link #main}).
 */
final class OsmFixtures {

    private OsmFixtures() {
    }

    /** Lon/lat of node {@code i} on a 5 × 5 grid about 1 km apart, south-west corner first, rows northwards. */
    static double lon(int i) {
        return 37.0 + (i % 5) * 0.016;
    }

    static double lat(int i) {
        return 55.0 + (i / 5) * 0.009;
    }

    /** Node ids 1..25 are the grid (id = index + 1); 101..104 the boundary corners. */
    static void write(Path file, boolean brokenRing) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); PbfWriter w = new PbfWriter(os)) {
            for (int i = 0; i < 25; i++) {
                if (i == 0) {
                    w.node(1, lon(0), lat(0), "place", "town", "name", "Southtown", "name:ru", "Южный",
                            "population", "12 345");
                } else if (i == 24) {
                    w.node(25, lon(24), lat(24), "place", "town", "name", "Northtown", "name:ru", "Северный");
                } else if (i == 12) {
                    w.node(13, lon(12), lat(12), "place", "village", "name", "Middle", "population", "1,200");
                } else {
                    w.node(i + 1, lon(i), lat(i));
                }
            }
            w.node(101, 36.99, 54.99);
            w.node(102, 37.08, 54.99);
            w.node(103, 37.08, 55.05);
            w.node(104, 36.99, 55.05);
            // bottom row west to east: one-way eastwards
            w.way(1, new long[] {1, 2, 3, 4, 5}, "highway", "residential", "name", "улица Ленина", "oneway", "yes");
            // right column south to north: tagged against its direction
            w.way(2, new long[] {5, 10, 15, 20, 25}, "highway", "secondary", "ref", "Р-1", "oneway", "-1",
                    "maxspeed", "30 mph");
            // left column: both ways, a zone limit
            w.way(3, new long[] {1, 6, 11, 16, 21}, "highway", "tertiary", "maxspeed", "RU:urban");
            // top row: a motorway (one-way by default) and a second one tagged oneway=no
            w.way(4, new long[] {21, 22, 23}, "highway", "motorway", "ref", "M-1");
            w.way(5, new long[] {23, 24, 25}, "highway", "motorway", "oneway", "no");
            // a roundabout in the middle
            w.way(6, new long[] {12, 13, 18, 17, 12}, "highway", "primary", "junction", "roundabout");
            // left out: a footway and a private service road
            w.way(7, new long[] {7, 8, 9}, "highway", "footway");
            w.way(8, new long[] {16, 17}, "highway", "service", "access", "private");
            // a ferry of 0:30 across the middle row, and a railway
            w.way(9, new long[] {11, 12}, "route", "ferry", "duration", "0:30");
            w.way(10, new long[] {6, 7, 8, 9, 10}, "railway", "rail", "usage", "main", "name", "Главный ход");
            // the district boundary: a closed square of four ways, or with one corner missing (a broken ring)
            w.way(201, new long[] {101, 102}, "boundary", "administrative");
            w.way(202, new long[] {102, 103}, "boundary", "administrative");
            w.way(203, new long[] {103, 104}, "boundary", "administrative");
            w.way(204, brokenRing ? new long[] {104, 1} : new long[] {104, 101}, "boundary", "administrative");
            w.relation(900, new long[] {201, 202, 203, 204}, new String[] {"outer", "outer", "outer", "outer"},
                    "type", "boundary", "boundary", "administrative", "admin_level", "6", "name", "Тестовый район",
                    "name:en", "Test District");
        }
    }

    /** Writes the seeds of the bad-input corpus (run once by hand; the files are committed). */
    public static void main(String[] args) throws IOException {
        Path bad = Path.of("src/test/resources/bad");
        write(bad.resolve("osm_unknown_centre.osm.pbf"), false);
        write(bad.resolve("osm_broken_ring.osm.pbf"), true);
        byte[] whole = Files.readAllBytes(bad.resolve("osm_unknown_centre.osm.pbf"));
        Files.write(bad.resolve("osm_truncated.osm.pbf"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Files.writeString(bad.resolve("osm_xml_renamed.osm.pbf"), "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<osm version=\"0.6\" generator=\"hand\">\n  <node id=\"1\" lat=\"55.0\" lon=\"37.0\">\n"
                + "    <tag k=\"place\" v=\"town\"/>\n    <tag k=\"name\" v=\"Southtown\"/>\n  </node>\n</osm>\n");
    }
}
