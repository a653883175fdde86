package org.beltmap.core.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tags of a hand-made extract come out as the columns say, read back through the project like any layer. */
class OsmFixtureTest {

    @TempDir
    Path tmp;

    private Region importTiny(String... places) throws Exception {
        Path pbf = tmp.resolve("tiny.osm.pbf");
        OsmFixtures.write(pbf, false);
        OsmImport.Summary s = OsmImport.run(new OsmImport.Options(pbf, "Южный", tmp.resolve("tiny" + places.length), null, null,
                places.length == 0 ? null : Set.of(places)), (a, b) -> { }, () -> false);
        return RegionLoader.load(s.project());
    }

    private static Map<Long, Feature> byOsmId(Layer layer) {
        return layer.features().stream().collect(Collectors.toMap(f -> ((Number) f.get("osm_id")).longValue(), f -> f));
    }

    @Test
    void onewayIsOneMinusOneOrZeroAndOnlyCarRoadsAreKept() throws Exception {
        Region r = importTiny();
        Layer roads = r.layer("roads").orElseThrow();
        LayerSpec spec = roads.spec();
        assertEquals("oneway", spec.field("oneway"));
        assertEquals("highway", spec.field("class"));
        assertEquals("maxspeed_kmh", spec.field("speed"));
        Map<Long, Feature> w = byOsmId(roads);
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 9L), w.keySet(), "no footway, no private road, no railway");
        Map<Long, Integer> oneway = w.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> ((Number) e.getValue().get("oneway")).intValue()));
        assertEquals(Map.of(1L, 1, 2L, -1, 3L, 0, 4L, 1, 5L, 0, 6L, 1, 9L, 0), oneway,
                "yes, -1, none, motorway, motorway with oneway=no, roundabout, ferry");
        assertEquals(48.3, w.get(2L).getDouble("maxspeed_kmh"), 1e-9, "30 mph");
        assertEquals(60, w.get(3L).getDouble("maxspeed_kmh"), 1e-9, "RU:urban");
        assertNull(w.get(1L).get("maxspeed_kmh"));
        assertEquals("ferry", w.get(9L).get("highway"));
        assertTrue(w.get(9L).getDouble("maxspeed_kmh") > 0, "a ferry's speed from its duration");
        assertEquals("Р-1", w.get(2L).get("label"), "ref first");
        assertEquals("улица Ленина", w.get(1L).get("label"), "else the name");
        assertEquals(110.0, r.project().settings().speedFor("motorway"));
        assertEquals(15.0, r.project().settings().speedFor("track"));
        Layer rail = r.layer("railways").orElseThrow();
        assertEquals("main", rail.features().get(0).get("class"));
        assertEquals("Главный ход", rail.features().get(0).get("name"));
    }

    @Test
    void placesBecomeTownsOrSettlementsWithTaggedPopulationsOnly() throws Exception {
        Region r = importTiny();
        Map<String, Long> pop = r.towns().stream().collect(Collectors.toMap(t -> t.nameEn(), t -> t.population()));
        assertEquals(Map.of("Southtown", 12345L, "Northtown", -1L), pop, "no number is made up for Northtown");
        assertEquals("Южный", r.centres().get(0).nameRu());
        assertEquals(1, r.settlements().size());
        assertEquals(1200, r.settlements().get(0).population());
        assertEquals("Test District", r.project().region().en());
        assertEquals("Тестовый район", r.project().region().ru());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("Northtown") && p.contains("no population")),
                r.problems()::toString);
        Region villages = importTiny("town", "village");
        assertEquals(3, villages.towns().size(), "--places town,village");
        assertTrue(villages.settlements().isEmpty());
    }

    @Test
    void moscowKeepsItsCyrillicNames() throws Exception {
        OsmImport.Summary s = OsmImport.run(new OsmImport.Options(Path.of("src/test/resources/osm/moscow-centre-north.osm.pbf"),
                "Ostankino", tmp.resolve("moscow"), null, null, null), (a, b) -> { }, () -> false);
        Region r = RegionLoader.load(s.project());
        assertEquals("Останкино", r.centres().get(0).nameRu(), "a suburb named as the centre is a town");
        // Every district relation of this small cut is incomplete: no boundary, said so, the region named after the centre.
        assertEquals(null, s.boundary());
        assertTrue(s.notes().stream().anyMatch(n -> n.contains("--boundary")), s.notes()::toString);
        assertEquals("Останкино", r.project().region().ru());
        Layer roads = r.layer("roads").orElseThrow();
        assertTrue(roads.features().stream().anyMatch(f -> "улица Академика Королёва".equals(f.get("name"))),
                "names as tagged, with ё");
        long cyrillic = roads.features().stream().map(f -> f.getString("label")).filter(n -> n != null
                && n.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)).count();
        assertTrue(cyrillic > 100, "Cyrillic labels: " + cyrillic);
        assertTrue(roads.features().stream().anyMatch(f -> ((Number) f.get("oneway")).intValue() == 1), "one-way streets");
        assertTrue(r.layer("boundary").isEmpty());
    }
}
