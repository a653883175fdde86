package org.beltmap.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.model.Region;
import org.beltmap.core.osm.OsmImport;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The isochrone grid fits the region: a krai keeps 500 m cells, a microstate is not drawn in 500 m blocks. */
class IsochroneCellTest {

    @TempDir
    Path tmp;

    @Test
    void aKraiKeepsTheDefaultCell() {
        double[] grid = IsochroneCell.effective(AnalysisRequest.all(), Sample.region());
        assertEquals(500, grid[0], 1e-9);
        assertEquals(250, grid[1], 1e-9);
    }

    @Test
    void aChosenCellIsKept() {
        double[] grid = IsochroneCell.effective(AnalysisRequest.all().withIsochrones(List.of(30.0), 800, 100),
                Sample.region());
        assertEquals(800, grid[0], 1e-9);
        assertEquals(100, grid[1], 1e-9);
    }

    @Test
    void andorraGetsAFineGridAndItsValleysShowInTheIsochrones() throws Exception {
        OsmImport.Summary s = OsmImport.run(new OsmImport.Options(Path.of("src/test/resources/osm/andorra-2013.osm.pbf"),
                "Andorra la Vella", tmp.resolve("andorra"), null, null, null), (step, f) -> { }, () -> false);
        Region andorra = RegionLoader.load(s.project());
        double[] grid = IsochroneCell.effective(AnalysisRequest.all(), andorra);
        assertEquals(IsochroneCell.FINEST_M, grid[0], 1e-9, "towns span ~20 km: the finest cell");
        AnalysisRequest asked = AnalysisRequest.of(AnalysisRequest.Part.ISOCHRONES);
        List<Isochrone> fine = RegionAnalysis.once(andorra, asked.withIsochrones(List.of(10.0),
                AnalysisRequest.DEFAULT_CELL_M, AnalysisRequest.DEFAULT_SMOOTH_M)).isochrones();
        List<Isochrone> coarse = RegionAnalysis.once(andorra, asked.withIsochrones(List.of(10.0), 500, 250.0001))
                .isochrones();
        double fineKm2 = fine.get(0).areaKm2();
        double coarseKm2 = coarse.get(0).areaKm2();
        // The same story (area within 10 %), told at five times the resolution: the outline follows the valleys
        // instead of 500 m steps.
        assertEquals(coarseKm2, fineKm2, coarseKm2 * 0.10, "10-min isochrone, km²");
        int fineVertices = fine.get(0).area().getNumPoints();
        int coarseVertices = coarse.get(0).area().getNumPoints();
        assertTrue(fineVertices > 3 * coarseVertices, fineVertices + " vertices (100 m) vs " + coarseVertices + " (500 m)");
    }
}
