package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Region;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample project with its towns layer given as the UTM / CP1251 Shapefile computes the same МТД. */
class ShapefileProjectTest {

    @TempDir
    Path tmp;

    @Test
    void townsAsShapefileGiveTheSameMtdAndBeltsAsTheGeoJson() throws IOException {
        Path project = Sample.copyTo(tmp);
        for (String ext : new String[] {"shp", "shx", "dbf", "prj", "cpg"}) {
            Files.copy(ShapefileLayerReaderTest.DIR.resolve("towns_utm." + ext), tmp.resolve("towns_utm." + ext));
        }
        String json = Files.readString(project, StandardCharsets.UTF_8);
        String swapped = json.replace("\"path\" : \"towns_krasnodar_krai.geojson\"", "\"path\" : \"towns_utm.shp\"");
        assertTrue(!swapped.equals(json), "the towns layer path was swapped");
        Files.writeString(project, swapped, StandardCharsets.UTF_8);

        Region shp = RegionLoader.load(project);
        assertTrue(shp.problems().isEmpty(), () -> "problems: " + shp.problems());
        assertEquals("towns_utm.shp", shp.project().layer("towns").orElseThrow().path());
        Map<String, TownAccess> fromShp = byName(RegionAnalysis.once(shp, AnalysisRequest.of(AnalysisRequest.Part.BELTS)));
        Map<String, TownAccess> fromJson = byName(RegionAnalysis.once(Sample.loadFresh(),
                AnalysisRequest.of(AnalysisRequest.Part.BELTS)));
        assertEquals(26, fromShp.size());
        assertEquals(fromJson.keySet(), fromShp.keySet(), "the same towns, by their Russian names");
        for (String name : fromJson.keySet()) {
            TownAccess a = fromJson.get(name);
            TownAccess b = fromShp.get(name);
            assertEquals(a.mtdMin(), b.mtdMin(), 0.05, name + " МТД");
            assertEquals(a.belt(), b.belt(), name + " belt");
            assertEquals(a.town().population(), b.town().population(), name + " population");
            assertEquals(a.publishedMtd(), b.publishedMtd(), name + ": the published figures still join by name_ru");
        }
    }

    private static Map<String, TownAccess> byName(AnalysisResult r) {
        Map<String, TownAccess> m = new TreeMap<>();
        r.belts().towns().forEach(a -> m.put(a.town().nameRu(), a));
        return m;
    }
}
