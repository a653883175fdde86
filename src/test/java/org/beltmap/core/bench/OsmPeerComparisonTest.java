package org.beltmap.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GraphHopper comparison's bench lines: "n/a" and a hint without the bench profile; with it (mvn -Pbench), the
 * figures, and the Andorra times within the 5 % goal.
 */
class OsmPeerComparisonTest {

    @Test
    void printsTheFiguresOrSaysHowToGetThem() {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        OsmPeerComparison.run(out::add, err::add, 1);
        List<String> figures = out.stream().filter(l -> !l.startsWith("#")).toList();
        if (OsmPeerComparison.peer().isEmpty()) {
            assertEquals(List.of("graphhopper_import_ms n/a ms", "osm_vs_graphhopper_time_diff_median n/a %"), figures);
            assertEquals(1, err.size(), err::toString);
            assertTrue(err.get(0).contains("mvn -B -Pbench package"), err.get(0));
        } else {
            assertTrue(err.isEmpty(), err::toString);
            assertEquals(2, figures.size(), figures::toString);
            assertTrue(figures.get(0).matches("graphhopper_import_ms \\d+\\.\\d\\d ms"), figures.get(0));
            String diff = figures.get(1);
            assertTrue(diff.matches("osm_vs_graphhopper_time_diff_median \\d+\\.\\d\\d %"), diff);
            assertTrue(Double.parseDouble(diff.split(" ")[1]) <= 5, diff);
            assertEquals(6, out.stream().filter(l -> l.startsWith("# osm_vs_graphhopper ")).count(), "six towns");
        }
    }
}
