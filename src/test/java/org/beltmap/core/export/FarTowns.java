package org.beltmap.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.Town;
import org.beltmap.testing.Sample;

/**
 * The sample's belts with what a remote oblast has: towns far beyond the last ring (261, 262 and 600 min, the
 * figures of the issue) and towns the network does not reach; optionally many more small towns than fit a sheet.
 */
final class FarTowns {

    static final List<String> FAR = List.of("Ейск", "Сочи", "Лабинск");
    static final double[] FAR_MIN = {261, 262, 600};
    static final List<String> UNREACHABLE = List.of("Темрюк", "Анапа");

    private FarTowns() {
    }

    static DiagramData data() {
        return data(0);
    }

    /** The far/unreachable belts plus {@code extraSmall} invented small towns spread round the centre. */
    static DiagramData data(int extraSmall) {
        BeltAnalysis.Result base = Sample.belts();
        List<TownAccess> towns = new ArrayList<>();
        for (TownAccess a : base.towns()) {
            String name = a.town().nameRu();
            int far = FAR.indexOf(name);
            if (UNREACHABLE.contains(name)) {
                towns.add(TownAccess.unreachable(a.town()));
            } else if (far >= 0) {
                towns.add(new TownAccess(a.town(), a.status(), a.centre(), FAR_MIN[far], a.routeKm(), a.accessKm(),
                        a.accessMin(), 3, a.route(), a.networkNode()));
            } else {
                towns.add(a);
            }
        }
        TownAccess centre = base.towns().stream().filter(a -> a.status() == TownAccess.Status.CENTRE).findFirst()
                .orElseThrow();
        SizeClass small = Sample.region().project().settings().sizeClasses().classify(10_000);
        for (int i = 0; i < extraSmall; i++) {
            double ang = i * 2.4;
            double mtd = 40 + (i * 37) % 160;
            Town t = new Town("x" + i, "Посёлок-" + (i + 1), "Village " + (i + 1),
                    centre.town().lon() + Math.sin(ang) * mtd / 90, centre.town().lat() + Math.cos(ang) * mtd / 130,
                    8_000 + i * 500, small, null, Map.of());
            towns.add(new TownAccess(t, TownAccess.Status.NETWORK, centre.town(), mtd, mtd, 1, 1,
                    mtd <= 45 ? 1 : mtd <= 90 ? 2 : 3, List.of(), -1));
        }
        BeltAnalysis.Result belts = new BeltAnalysis.Result(towns, base.graph(), base.access(), base.thresholds(),
                base.millis());
        return new DiagramData(Sample.region(), belts, List.of(), List.of(), List.of(), List.of(), null,
                "© OpenStreetMap contributors");
    }
}
