package org.beltmap.core.scenario;

import org.beltmap.core.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.RegionNetwork;
import org.beltmap.core.network.RoadGraph;

/** Runs МТД and belts under a scenario and compares them with the base, town by town. */
public final class WhatIf {

    /** One town before and after; minutes are NaN when unreachable. */
    public record Change(Town town, double mtdBefore, double mtdAfter, int beltBefore, int beltAfter) {

        public double deltaMin() {
            return mtdAfter - mtdBefore;
        }

        public boolean beltChanged() {
            return beltBefore != beltAfter;
        }

        public boolean changed() {
            return beltChanged() || Double.isNaN(mtdBefore) != Double.isNaN(mtdAfter)
                    || Math.abs(deltaMin()) > 0.05;
        }
    }

    private WhatIf() {
    }

    /** The centres of the region plus the scenario's added ones. */
    public static List<Town> centres(Region region, Scenario sc) {
        List<Town> out = new ArrayList<>(region.centres());
        int i = 1;
        for (double[] c : sc.addedCentres()) {
            out.add(new Town("SC" + i, "Новый центр " + i, "New centre " + i++, c[0], c[1], -1, null,
                    Published.NONE, null));
        }
        return out;
    }

    /** The chosen centres (the project's when null) and those the scenario adds. */
    public static List<Town> centres(Region region, Scenario sc, List<Town> chosen) {
        List<Town> out = new ArrayList<>(chosen == null ? region.centres() : chosen);
        List<Town> all = centres(region, sc);
        out.addAll(all.subList(region.centres().size(), all.size()));
        return out;
    }

    public static BeltAnalysis.Result run(Region region, RegionNetwork.Mode mode, List<Double> thresholds,
                                          Scenario sc, List<Town> centres) {
        long t0 = System.nanoTime();
        RoadGraph g = ScenarioNetwork.build(region, mode, sc);
        List<Town> cs = centres(region, sc, centres);
        return BeltAnalysis.run(region, g, thresholds, cs, t0);
    }

    /** Towns whose МТД or belt changed, largest change first. */
    public static List<Change> compare(BeltAnalysis.Result before, BeltAnalysis.Result after) {
        Map<String, TownAccess> b = before.towns().stream()
                .collect(Collectors.toMap(a -> a.town().id(), Function.identity()));
        List<Change> out = new ArrayList<>();
        for (TownAccess a : after.towns()) {
            TownAccess x = b.get(a.town().id());
            if (x == null) {
                continue;
            }
            Change c = new Change(a.town(), x.reachable() ? x.mtdMin() : Double.NaN, a.reachable() ? a.mtdMin() : Double.NaN,
                    x.reachable() ? x.belt() : 0, a.reachable() ? a.belt() : 0);
            if (c.changed()) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble((Change c) -> Double.isNaN(c.deltaMin()) ? Double.NEGATIVE_INFINITY
                : -Math.abs(c.deltaMin())));
        return out;
    }
}
