package org.beltmap.core.rays;

import static org.beltmap.core.network.TestGraphs.line;
import static org.beltmap.core.network.TestGraphs.way;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.belts.AccessAnalysis;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.GraphBuilder;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.TestGraphs;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;

class RayFinderTest {

    static Town town(String name, double x, double y, long pop) {
        Town t = TestGraphs.town(name, x, y);
        return new Town(t.id(), name, name, t.lon(), t.lat(), pop, null, Published.NONE, null);
    }

    /*
     *                 N (0,100)
     *                 |
     *   W (-100,0) ---K--- E (100,0)        a star of four 100 km arms, a town at each arm's end
     *                 |                      and one half-way along the east arm
     *                 S (0,-100)
     */
    @Test
    void aStarNetworkHasOneRayPerArm() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 0, 50, 0, 100), way("N-1", 90));
        b.addLines(line(0, 0, 50, 0, 100, 0), way("E-2", 90));
        b.addLines(line(0, 0, 0, -50, 0, -100), way("S-3", 80));
        b.addLines(line(0, 0, -50, 0, -100, 0), way("W-4", 60));
        RoadGraph g = b.build();
        Town k = town("K", 0, 0, 500_000);
        List<Town> towns = List.of(k, town("N", 0, 100, 30_000), town("E", 100, 0, 30_000),
                town("E2", 50, 0, 20_000), town("S", 0, -100, 30_000), town("W", -100, 0, 30_000));
        AccessAnalysis a = new AccessAnalysis(g, new NetworkAccess(g, 1.3, 40), List.of(k))
                .run(Double.POSITIVE_INFINITY);
        List<TownAccess> access = new ArrayList<>();
        towns.forEach(t -> access.add(a.town(t, List.of(45.0, 90.0))));
        List<Ray> rays = new RayFinder(a, RayFinder.Options.defaults(), List.of()).find(k, access);
        assertEquals(4, rays.size(), rays.toString());
        List<String> names = rays.stream().map(Ray::name).sorted().toList();
        assertEquals(List.of("E-2 east", "N-1 north", "S-3 south", "W-4 west"), names);
        Ray east = rays.stream().filter(r -> r.ref().equals("E-2")).findFirst().orElseThrow();
        assertEquals(100, east.lengthKm(), 1, east.line().toText());
        assertEquals(2, east.towns().size(), "E and E2 are served");
        assertEquals(east, rays.get(0), "the arm with most population is the strongest");
    }

    @Test
    void aBranchBelowTheMinimumShareIsNoRay() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 100, 0), way("E", 90));
        b.addLines(line(0, 0, -100, 0), way("W", 90));
        RoadGraph g = b.build();
        Town k = town("K", 0, 0, 500_000);
        List<Town> towns = List.of(k, town("Big", 100, 0, 100_000), town("Tiny", -100, 0, 1_000));
        AccessAnalysis a = new AccessAnalysis(g, new NetworkAccess(g, 1.3, 40), List.of(k))
                .run(Double.POSITIVE_INFINITY);
        List<TownAccess> access = towns.stream().map(t -> a.town(t, List.of(45.0, 90.0))).toList();
        List<Ray> rays = new RayFinder(a, RayFinder.Options.defaults(), List.of()).find(k, access);
        assertEquals(1, rays.size());
        assertEquals("E east", rays.get(0).name());
    }

    @Test
    void theSampleYieldsTheM4RayNorthAndSouth() {
        Region region = Sample.region();
        BeltAnalysis.Result r = Sample.belts();
        Town centre = region.centres().get(0);
        List<Ray> rays = new RayFinder(r.access(), RayFinder.Options.defaults(), RayFinder.railwayLines(region))
                .find(centre, r.towns());
        List<String> names = rays.stream().map(Ray::name).toList();
        assertTrue(names.contains("M-4 north"), names.toString());
        assertTrue(names.contains("M-4 south"), names.toString());
        Ray north = rays.stream().filter(x -> x.name().equals("M-4 north")).findFirst().orElseThrow();
        assertTrue(north.towns().stream().anyMatch(t -> t.nameEn().equals("Korenovsk")));
        Ray south = rays.stream().filter(x -> x.name().equals("M-4 south")).findFirst().orElseThrow();
        assertTrue(south.towns().stream().anyMatch(t -> t.nameEn().equals("Goryachy Klyuch")));
        for (Ray ray : rays) {
            assertTrue(ray.line().isValid() && ray.lengthKm() > 25, ray.toString());
            assertTrue(ray.strength().railway() >= 0 && ray.strength().railway() <= 1);
        }
    }
}
