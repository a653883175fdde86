package org.beltmap.core.towns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-made towns layer's is_regional_centre column marks the centre when the project names none. */
class CentreFlagTest {

    @TempDir
    Path tmp;

    private Path project(String townsFile, String townsText, String centres) throws IOException {
        Files.writeString(tmp.resolve(townsFile), townsText, StandardCharsets.UTF_8);
        Path p = tmp.resolve("flag.beltmap");
        Files.writeString(p, """
                { "version": 1, "region": {"ru": "Область", "en": "Oblast"},
                  "layers": [ { "id": "towns", "kind": "towns", "path": "%s",
                    "fields": {"name_ru": "name_ru", "name_en": "name_en", "population": "population"} } ],
                  "centres": %s }
                """.formatted(townsFile, centres), StandardCharsets.UTF_8);
        return p;
    }

    private static final String CSV = """
            name_ru,name_en,population,lon,lat,is_regional_centre
            Берёзовка,Beryozovka,12000,40.10,50.10,нет
            Орёл,Oryol,300000,40.50,50.50,да
            Липки,Lipki,8000,40.90,50.90,
            """;

    private static List<String> names(Region r) {
        return r.centres().stream().map(Town::nameEn).toList();
    }

    @Test
    void theFlaggedRowIsTheCentreWhenTheProjectNamesNone() throws IOException {
        Region r = RegionLoader.load(project("towns.csv", CSV, "[]"));
        assertEquals(List.of("Oryol"), names(r));
        assertTrue(r.problems().isEmpty(), () -> "problems: " + r.problems());
    }

    @Test
    void aCentreNamedInTheProjectWins() throws IOException {
        Region r = RegionLoader.load(project("towns.csv", CSV, "[{\"town\": \"Lipki\"}]"));
        assertEquals(List.of("Lipki"), names(r));
    }

    @Test
    void twoFlaggedRowsTakeTheFirstAndSaySo() throws IOException {
        String geojson = """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name_ru": "Берёзовка", "name_en": "Beryozovka", "population": 12000,
                   "Regional_Centre": 0}, "geometry": {"type": "Point", "coordinates": [40.1, 50.1]}},
                 {"type": "Feature", "properties": {"name_ru": "Орёл", "name_en": "Oryol", "population": 300000,
                   "Regional_Centre": true}, "geometry": {"type": "Point", "coordinates": [40.5, 50.5]}},
                 {"type": "Feature", "properties": {"name_ru": "Липки", "name_en": "Lipki", "population": 8000,
                   "Regional_Centre": "Yes"}, "geometry": {"type": "Point", "coordinates": [40.9, 50.9]}}]}
                """;
        Region r = RegionLoader.load(project("towns.geojson", geojson, "[]"));
        assertEquals(List.of("Oryol"), names(r));
        assertEquals(1, r.problems().size(), () -> "problems: " + r.problems());
        String problem = r.problems().get(0);
        assertTrue(problem.contains("towns.geojson") && problem.contains("feature 2") && problem.contains("feature 3"),
                problem);
    }

    @Test
    void flagValues() {
        for (Object yes : new Object[] {"1", "true", "YES", "да", "Да", "t", "y", 1, 1.0, true}) {
            assertTrue(CentreFlag.truthy(yes), String.valueOf(yes));
        }
        for (Object no : new Object[] {"0", "no", "нет", "", null, 0, 2, false, "f"}) {
            assertTrue(!CentreFlag.truthy(no), String.valueOf(no));
        }
    }
}
