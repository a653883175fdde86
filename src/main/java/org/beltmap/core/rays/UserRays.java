package org.beltmap.core.rays;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.RayEdit;
import org.beltmap.core.model.RayEdits;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * The rays the user sees: the derived ones, minus those hidden or replaced by an edit, plus the user's own.
 * A user ray gets the same towns-served and railway measures as a derived one; its class part is 1 (unknown).
 */
public final class UserRays {

    private static final GeometryFactory GF = new GeometryFactory();

    private UserRays() {
    }

    public static List<Ray> effective(List<Ray> derived, RayEdits edits, List<Town> towns, Town centre,
                                      List<Geometry> railways, double catchmentKm) {
        List<Ray> out = new ArrayList<>();
        for (Ray r : derived) {
            boolean replaced = edits.rays().stream().anyMatch(e -> r.name().equals(e.replaces()));
            if (!replaced && !edits.hidden().contains(r.name())) {
                out.add(r);
            }
        }
        ParallelLines rail = new ParallelLines(railways, RayFinder.PARALLEL_KM);
        long total = towns.stream().filter(t -> t != centre).mapToLong(t -> Math.max(0, t.population())).sum();
        for (RayEdit e : edits.rays()) {
            out.add(fromEdit(e, towns, centre, rail, catchmentKm, total));
        }
        return out;
    }

    static Ray fromEdit(RayEdit e, List<Town> towns, Town centre, ParallelLines rail, double catchmentKm, long total) {
        Coordinate[] cs = e.coordinates().stream().map(c -> new Coordinate(c[0], c[1])).toArray(Coordinate[]::new);
        LineString line = GF.createLineString(cs);
        double km = 0;
        for (int i = 1; i < cs.length; i++) {
            km += Geodesy.distanceM(cs[i - 1].x, cs[i - 1].y, cs[i].x, cs[i].y) / 1000;
        }
        List<Town> served = new ArrayList<>();
        long pop = 0;
        for (Town t : towns) {
            if (t != centre && RayGeometry.distanceKm(line, t.lon(), t.lat()) <= catchmentKm) {
                served.add(t);
                pop += Math.max(0, t.population());
            }
        }
        double share = total == 0 ? 0 : pop / (double) total;
        Ray.Strength s = new Ray.Strength(1, Math.min(3, 5 * share), rail.share(line));
        return new Ray(e.id(), e.name(), e.replaces() == null ? "" : e.replaces(), e.mode(), line, km, served, pop, s,
                true);
    }
}
