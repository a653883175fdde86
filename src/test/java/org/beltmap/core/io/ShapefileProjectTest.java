package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Project;
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

    @Test
    void aLayersDbfEncodingFieldWinsOverAWrongCpg() throws IOException {
        Path project = Sample.copyTo(tmp);
        for (String ext : new String[] {"shp", "shx", "dbf", "prj"}) {
            Files.copy(ShapefileLayerReaderTest.DIR.resolve("towns_cp866." + ext), tmp.resolve("towns_cp866." + ext));
        }
        Files.writeString(tmp.resolve("towns_cp866.cpg"), "1251"); // wrong: the table is CP866
        Project p = ProjectFile.readChecked(project).project();
        Project asIs = p.withLayerFile(tmp.resolve("towns_cp866.shp"), LayerKind.SETTLEMENTS, Map.of());
        Layer wrong = RegionLoader.loadLayer(asIs, last(asIs));
        assertNotEquals("Краснодар", wrong.features().get(0).getString("name_ru"));
        Project fixed = p.withLayerFile(tmp.resolve("towns_cp866.shp"), LayerKind.SETTLEMENTS,
                Map.of(ShapefileLayerReader.ENCODING, "IBM866"));
        Layer right = RegionLoader.loadLayer(fixed, last(fixed));
        assertEquals("Краснодар", right.features().get(0).getString("name_ru"));
        assertEquals("IBM866", last(fixed).fields().get(ShapefileLayerReader.ENCODING), "kept with the layer");
    }

    private static LayerSpec last(Project p) {
        return p.layers().get(p.layers().size() - 1);
    }

    private static Map<String, TownAccess> byName(AnalysisResult r) {
        Map<String, TownAccess> m = new TreeMap<>();
        r.belts().towns().forEach(a -> m.put(a.town().nameRu(), a));
        return m;
    }
}
