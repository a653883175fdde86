package org.beltmap.core.scenario;

import org.beltmap.core.model.Scenario;
import static org.beltmap.core.network.TestGraphs.line;
import static org.beltmap.core.network.TestGraphs.minutes;
import static org.beltmap.core.network.TestGraphs.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.LocalizedText;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.RegionNetwork;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;

class WhatIfTest {

    /*
     *  K ──── 40 km/h local road, 80 km ──── T          base: T is 120 min away
     *  K ════ planned 120 km/h expressway ═══ T         scenario: 40 min
     *
     *  K ── 10 km ── B ═bridge 1 km═ C ── 10 km ── U    closing the bridge cuts U off
     */
    static Region region(double maxAccessKm, LineString... roads) {
        LayerSpec spec = new LayerSpec("roads", LayerKind.ROADS, "roads.geojson", LocalizedText.of("roads"), true,
                Map.of("class", "class"), null, null, null);
        List<Feature> features = new ArrayList<>();
        for (LineString l : roads) {
            features.add(new Feature(features.size(), l, Map.of("class", "local")));
        }
        Settings d = Settings.defaults();
        Settings s = new Settings(d.sizeClasses(), d.beltThresholdsMin(), d.isochroneMinutes(), d.speedsKmh(),
                d.defaultSpeedKmh(), d.accessSpeedKmh(), d.detourFactor(), d.snapToleranceM(), d.gapJoinM(), maxAccessKm);
        Project p = new Project(null, 1, LocalizedText.of("Test"), List.of(spec), List.of(), s);
        Town k = town("K", 0, 0);
        return new Region(p, List.of(new Layer(spec, features, List.of("class"), "OGC:CRS84")),
                List.of(k, town("T", 80, 0), town("U", 21, 0)), List.of(), List.of(k));
    }

    static TownAccess of(BeltAnalysis.Result r, String name) {
        return r.towns().stream().filter(a -> a.town().nameEn().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anAddedExpresswayCutsTheMinutesByTheExpectedAmount() {
        Region region = region(100, line(0, 0, 40, 0, 80, 0));
        BeltAnalysis.Result base = WhatIf.run(region, RegionNetwork.Mode.ROADS, null, Scenario.NONE, null);
        double local = minutes(line(0, 0, 40, 0, 80, 0), 40);
        assertEquals(local, of(base, "T").mtdMin(), 0.05);
        Scenario sc = Scenario.NONE.withAdded(new Scenario.PlannedLine(line(0, 0.3, 80, 0.3), null, 120.0, "E1"));
        BeltAnalysis.Result after = WhatIf.run(region, RegionNetwork.Mode.ROADS, null, sc, null);
        // Each end is linked to the road's nearest vertex 300 m away (K's node, T's node) by a 300 m link at the
        // line's 120 km/h (0.15 min each; before, the ends were moved onto those vertices and the links cost 0).
        assertEquals(minutes(line(0, 0.3, 80, 0.3), 120) + 2 * 0.3 / 120 * 60, of(after, "T").mtdMin(), 0.05);
        var changes = WhatIf.compare(base, after);
        assertEquals("T", changes.get(0).town().nameEn(), "largest change first");
        assertEquals(local - 40.3, -changes.get(0).deltaMin(), 0.2);
        assertTrue(changes.get(0).beltChanged(), "120 min (belt 3) → 40 min (belt 1)");
    }

    @Test
    void closingTheBridgeMakesTheTownUnreachableAndSaysSo() {
        Region region = region(3, line(0, 0, 10, 0, 11, 0, 21, 0));
        BeltAnalysis.Result base = WhatIf.run(region, RegionNetwork.Mode.ROADS, null, Scenario.NONE, null);
        assertTrue(of(base, "U").reachable());
        Scenario closed = Scenario.NONE.withClosed(line(10.5, -0.2, 10.5, 0.2));
        BeltAnalysis.Result after = WhatIf.run(region, RegionNetwork.Mode.ROADS, null, closed, null);
        assertFalse(of(after, "U").reachable());
        assertEquals(TownAccess.Status.UNREACHABLE, of(after, "U").status());
        var change = WhatIf.compare(base, after).stream().filter(c -> c.town().nameEn().equals("U")).findFirst()
                .orElseThrow();
        assertTrue(Double.isNaN(change.mtdAfter()));
    }

    @Test
    void theEmptyScenarioReproducesTheBaseExactly() {
        Region region = region(100, line(0, 0, 40, 0, 80, 0));
        BeltAnalysis.Result a = WhatIf.run(region, RegionNetwork.Mode.ROADS, null, Scenario.NONE, null);
        BeltAnalysis.Result b = BeltAnalysis.run(region);
        for (int i = 0; i < a.towns().size(); i++) {
            assertEquals(b.towns().get(i).mtdMin(), a.towns().get(i).mtdMin(), 0.0);
        }
        assertTrue(WhatIf.compare(a, b).isEmpty());
    }

    @Test
    void onTheSampleAnAddedRoadNeverMakesATownSlower() {
        Region region = Sample.region();
        BeltAnalysis.Result base = Sample.belts();
        LineString road = new org.locationtech.jts.geom.GeometryFactory().createLineString(
                new org.locationtech.jts.geom.Coordinate[] {new org.locationtech.jts.geom.Coordinate(38.975, 45.04),
                    new org.locationtech.jts.geom.Coordinate(39.25, 45.30),
                    new org.locationtech.jts.geom.Coordinate(39.459, 45.464)});
        BeltAnalysis.Result after = WhatIf.run(region, RegionNetwork.Mode.ROADS, null,
                Scenario.NONE.withAdded(new Scenario.PlannedLine(road, null, 90.0, "planned")), null);
        for (WhatIf.Change c : WhatIf.compare(base, after)) {
            assertTrue(c.deltaMin() < 1e-6, c.town().nameEn() + " got slower by " + c.deltaMin());
        }
        assertTrue(of(after, "Korenovsk").mtdMin() < of(base, "Korenovsk").mtdMin() - 5);
    }

    @Test
    void aSessionThatExtendsItsBaseRunAgreesWithAFreshRunTownByTown() {
        Region region = Sample.region();
        LineString road = new org.locationtech.jts.geom.GeometryFactory().createLineString(
                new org.locationtech.jts.geom.Coordinate[] {new org.locationtech.jts.geom.Coordinate(38.975, 45.04),
                    new org.locationtech.jts.geom.Coordinate(39.459, 45.464)});
        var belts = org.beltmap.core.analysis.AnalysisRequest.of(org.beltmap.core.analysis.AnalysisRequest.Part.BELTS);
        var planned = belts.withScenario(Scenario.NONE.withAdded(new Scenario.PlannedLine(road, null, 120.0, "x")));
        var session = new org.beltmap.core.analysis.RegionAnalysis();
        session.run(region, belts, org.beltmap.core.analysis.AnalysisProgress.NONE);
        List<TownAccess> extended = session.run(region, planned, org.beltmap.core.analysis.AnalysisProgress.NONE)
                .belts().towns();
        List<TownAccess> fresh = org.beltmap.core.analysis.RegionAnalysis.once(region, planned).belts().towns();
        assertEquals(fresh.size(), extended.size());
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(fresh.get(i).status(), extended.get(i).status(), fresh.get(i).town().nameEn());
            assertEquals(fresh.get(i).mtdMin(), extended.get(i).mtdMin(), 1e-9, fresh.get(i).town().nameEn());
            assertEquals(fresh.get(i).belt(), extended.get(i).belt(), fresh.get(i).town().nameEn());
        }
    }

    @Test
    void theFastRunnerAgreesWithAFullRebuild() {
        Region region = region(3, line(0, 0, 10, 0, 11, 0, 21, 0));
        ScenarioRunner runner = new ScenarioRunner(region, RegionNetwork.build(region, RegionNetwork.Mode.ROADS));
        Scenario sc = Scenario.NONE.withAdded(new Scenario.PlannedLine(line(0, 0.3, 40, 10, 80, 0.3), null, 120.0, "E1"))
                .withClosed(line(10.5, -0.2, 10.5, 0.2)).withClassSpeed("local", 50);
        BeltAnalysis.Result fast = runner.run(sc, null);
        BeltAnalysis.Result full = WhatIf.run(region, RegionNetwork.Mode.ROADS, null, sc, null);
        for (String t : List.of("T", "U")) {
            assertEquals(of(full, t).reachable(), of(fast, t).reachable(), t);
            if (of(full, t).reachable()) {
                assertEquals(of(full, t).mtdMin(), of(fast, t).mtdMin(), 0.1, t);
            }
        }
        assertFalse(of(fast, "U").reachable(), "the closed bridge cuts U off");
        assertTrue(of(fast, "T").reachable(), "T is reached by the planned expressway only");
        BeltAnalysis.Result same = runner.run(Scenario.NONE, null);
        assertEquals(of(BeltAnalysis.run(region), "T").mtdMin(), of(same, "T").mtdMin(), 1e-9);
    }

    /*
     *  K ════ federal 90 km/h ════════════════ (100, 0)
     *     ──── local 40 km/h, 100 km ───────── (100, 0.4)
     *                        end of the planned road (100, 0.35): 50 m from the local road's end, 350 m from
     *                        the federal one's; the planned road runs north to T (100, 30) at 60 km/h
     */
    @Test
    void aPlannedRoadJoinsAtTheJunctionThatIsFastestNotTheNearest() {
        Region plain = region(100, line(0, 0, 50, 0, 100, 0), line(0, 0.4, 50, 0.4, 100, 0.4));
        Layer roads = new Layer(plain.layers().get("roads").spec(),
                List.of(new Feature(0, line(0, 0, 50, 0, 100, 0), Map.of("class", "federal_M")),
                        new Feature(1, line(0, 0.4, 50, 0.4, 100, 0.4), Map.of("class", "local"))),
                List.of("class"), "OGC:CRS84");
        Town k = town("K", 0, 0);
        Region region = new Region(plain.project(), List.of(roads), List.of(k, town("T", 100, 30)), List.of(),
                List.of(k));
        Scenario sc = Scenario.NONE.withAdded(new Scenario.PlannedLine(line(100, 0.35, 100, 30), null, 60.0, "P"));
        // 100 km at 90, the 350 m link and 29.65 km at 60 km/h; joined to the nearest vertex only (the local
        // road's end) T would be 180 min away.
        double viaFederal = minutes(line(0, 0, 100, 0), 90) + 30;
        for (BeltAnalysis.Result r : List.of(WhatIf.run(region, RegionNetwork.Mode.ROADS, null, sc, null),
                new ScenarioRunner(region, RegionNetwork.build(region, RegionNetwork.Mode.ROADS)).run(sc, null))) {
            assertEquals(viaFederal, of(r, "T").mtdMin(), 0.2);
        }
    }

    @Test
    void speedChangesPerClassApply() {
        Region region = region(100, line(0, 0, 40, 0, 80, 0));
        BeltAnalysis.Result faster = WhatIf.run(region, RegionNetwork.Mode.ROADS, null,
                Scenario.NONE.withClassSpeed("local", 80), null);
        assertEquals(minutes(line(0, 0, 40, 0, 80, 0), 80), of(faster, "T").mtdMin(), 0.05);
    }
}
