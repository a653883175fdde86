package org.beltmap.core.scoring;

import org.beltmap.core.io.ScoringModelFile;
import org.beltmap.core.model.ScoringModel;
import static org.beltmap.core.network.TestGraphs.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.io.DataException;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.TestGraphs;
import org.beltmap.core.rays.Ray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PotentialScorerTest {

    /** A town reached in {@code mtd} minutes, belt by 45/90. */
    static TownAccess access(String name, double x, double y, double mtd) {
        Town t = TestGraphs.town(name, x, y);
        int belt = mtd <= 45 ? 1 : mtd <= 90 ? 2 : 3;
        return new TownAccess(t, TownAccess.Status.NETWORK, null, mtd, mtd, 0, 0, belt, List.of(), -1);
    }

    static Ray ray(double strength) {
        return new Ray("R1", "M-4 north", "M-4", "road", line(0, 0, 0, 200), 200, List.of(), 0,
                new Ray.Strength(strength, 0, 0), false);
    }

    /*
     *   K ═════ strong ray ═════ (0,200)
     *       A on the ray at (0,100); B 50 km off it at (50,100); both 80 min from the centre
     */
    @Test
    void aTownOnAStrongRayOutranksOneFiftyKmOffIt() {
        List<TownScore> s = new PotentialScorer(ScoringModel.defaults()).score(
                List.of(access("B", 50, 100, 80), access("A", 0, 100, 80)), List.of(ray(5)), List.of());
        assertEquals("A", s.get(0).town().nameEn());
        assertEquals(1, s.get(0).rank());
        assertEquals(0.0, s.get(0).distRayKm(), 0.01);
        assertEquals(50.0, s.get(1).distRayKm(), 1.0, "km offsets are laid out at 45° N");
        // Ray proximity decays to a half at 15 km: 50 km off gives 2^(-50/15) ≈ 0.099.
        assertEquals(Math.pow(2, -50.0 / 15), s.get(1).values().get(ScoringModel.RAY_PROXIMITY), 0.01);
        double sum = s.get(0).points().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(s.get(0).score(), sum, 1e-9, "the score is exactly the sum of its parts");
    }

    @Test
    void weightsMoveRanksAsExpected() {
        // C is near (30 min) but off the ray; D is far (150 min) but on it.
        List<TownAccess> towns = List.of(access("C", 60, 50, 30), access("D", 0, 150, 150));
        List<Ray> rays = List.of(ray(5));
        ScoringModel access = ScoringModel.defaults().withWeight(ScoringModel.ACCESSIBILITY, 1)
                .withWeight(ScoringModel.RAY_PROXIMITY, 0).withWeight(ScoringModel.RAY_STRENGTH, 0);
        ScoringModel corridor = ScoringModel.defaults().withWeight(ScoringModel.ACCESSIBILITY, 0);
        assertEquals("C", new PotentialScorer(access).score(towns, rays, List.of()).get(0).town().nameEn());
        assertEquals("D", new PotentialScorer(corridor).score(towns, rays, List.of()).get(0).town().nameEn());
    }

    @Test
    void reweightingEqualsScoringAfresh() {
        List<TownAccess> towns = List.of(access("A", 0, 100, 80), access("B", 50, 100, 80), access("C", 10, 30, 40));
        ScoringModel other = ScoringModel.defaults().withWeight(ScoringModel.RAY_PROXIMITY, 0.9);
        List<TownScore> fresh = new PotentialScorer(other).score(towns, List.of(ray(5)), List.of());
        List<TownScore> re = PotentialScorer.reweighted(
                new PotentialScorer(ScoringModel.defaults()).score(towns, List.of(ray(5)), List.of()), other);
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(fresh.get(i).town().id(), re.get(i).town().id());
            assertEquals(fresh.get(i).score(), re.get(i).score(), 1e-9);
        }
    }

    @Test
    void sensitivityReportsRankRanges() {
        List<TownAccess> towns = List.of(access("A", 0, 100, 80), access("B", 50, 100, 80), access("C", 10, 30, 40));
        Map<String, Sensitivity.RankRange> r = Sensitivity.of(ScoringModel.defaults(),
                new PotentialScorer(ScoringModel.defaults()).score(towns, List.of(ray(5)), List.of()), null);
        assertEquals(3, r.size());
        r.values().forEach(x -> assertTrue(x.best() <= x.base() && x.base() <= x.worst()));
        assertEquals(3, r.get("B").base(), "50 km off the ray and slower: last whatever the weights");
        assertEquals(0, r.get("B").spread());
    }

    @Test
    void weightsFileRoundTripsAndRejectsNonsense(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.json");
        ScoringModelFile.write(ScoringModel.defaults().withWeight(ScoringModel.RAY_STRENGTH, 0.5), f);
        assertEquals(0.5, ScoringModelFile.read(f).weights().get(ScoringModel.RAY_STRENGTH));
        Files.writeString(f, "{\"weights\": {\"beauty\": 1}}");
        DataException e = assertThrows(DataException.class, () -> ScoringModelFile.read(f));
        assertTrue(e.getMessage().contains("beauty"), e.getMessage());
        Files.writeString(f, "{\"weights\": {\"accessibility\": -1}}");
        assertThrows(DataException.class, () -> ScoringModelFile.read(f));
    }
}
