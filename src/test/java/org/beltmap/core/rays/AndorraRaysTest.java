package org.beltmap.core.rays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.osm.OsmImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rays on a project imported from OSM: the centre zone fits a small country, OSM classes give the class score. */
class AndorraRaysTest {

    @TempDir
    Path tmp;

    @Test
    void andorraHasRaysAlongItsValleysScoredByTheirOsmClass() throws Exception {
        OsmImport.Summary s = OsmImport.run(new OsmImport.Options(Path.of("src/test/resources/osm/andorra-2013.osm.pbf"),
                "Andorra la Vella", tmp.resolve("andorra"), null, null, null), (step, f) -> { }, () -> false);
        // Parish populations (Andorran statistics 2020, rounded) into the populations.csv the import leaves to fill.
        Map<String, Integer> parish = Map.of("Andorra la Vella", 22900, "les Escaldes", 14400, "Encamp", 11800,
                "Canillo", 4400, "La Massana", 10200, "Ordino", 4900, "Sant Julià de Lòria", 9400);
        Path csv = s.project().resolveSibling("populations.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        StringBuilder filled = new StringBuilder(lines.get(0)).append('\n');
        for (String l : lines.subList(1, lines.size())) {
            filled.append(l, 0, l.lastIndexOf(',') + 1).append(parish.get(l.split(",")[1])).append('\n');
        }
        Files.writeString(csv, filled, StandardCharsets.UTF_8);

        AnalysisResult r = RegionAnalysis.once(RegionLoader.load(s.project()), AnalysisRequest.of(AnalysisRequest.Part.RAYS));
        List<Ray> rays = r.roadRays();
        // Out of the capital: east up the CG-2 (Escaldes, Encamp, Canillo; the 2013 roads take La Massana and Ordino
        // that way too) and south down the CG-1 (Sant Julià); a 25 km zone would hold the whole country and give none.
        assertEquals(List.of("CG-1 south", "CG-2 east"), rays.stream().map(Ray::name).sorted().toList());
        for (Ray ray : rays) {
            assertTrue(ray.towns().stream().noneMatch(t -> t.nameEn().equals("Andorra la Vella")),
                    ray.name() + ": the centre is not a town the ray serves");
            // The valleys' roads are OSM primary roads: regional-road weight, not the 1 of an unknown class.
            assertEquals(1.5, ray.strength().roadClass(), 1e-9, ray.name() + " " + ray.ref());
            assertTrue(ray.strength().total() > 1.5, ray.name());
        }
    }

    @Test
    void osmClassesShareTheFederalScale() {
        assertEquals(3, RayFinder.classScore("motorway"));
        assertEquals(3, RayFinder.classScore("motorway_link"));
        assertEquals(RayFinder.classScore("federal_A"), RayFinder.classScore("trunk"));
        assertEquals(RayFinder.classScore("regional"), RayFinder.classScore("primary_link"));
        assertEquals(1.25, RayFinder.classScore("secondary"));
        assertEquals(1, RayFinder.classScore("residential"));
        assertEquals(1, RayFinder.classScore(null));
    }
}
