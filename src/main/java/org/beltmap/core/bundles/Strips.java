package org.beltmap.core.bundles;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.geo.GeodesicArea;
import org.beltmap.core.geo.UtmProjection;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Urbanised strips: the zone within a distance of the bundles. The rest of the territory is the zone of agriculture
 * and rural settlement (DOMAIN.md, point 5).
 */
final class Strips {

    record Outcome(Geometry area, StripShares shares) {
    }

    private Strips() {
    }

    /**
     * The region's territory in metres for the strips' share of it. Boundaries are detailed coastlines (34,000
     * vertices for the sample, a union of seconds on a cold JVM); 50 m Douglas–Peucker keeps the area to 0.001 %.
     */
    record Territory(Geometry metric, double km2) {
        static final double SIMPLIFY_M = 50;

        static Territory of(List<Geometry> lonLat, UtmProjection utm) {
            if (lonLat.isEmpty()) {
                return null;
            }
            List<Geometry> parts = new ArrayList<>();
            lonLat.forEach(g -> parts.add(DouglasPeuckerSimplifier.simplify(utm.toMetric(g), SIMPLIFY_M)));
            Geometry metric = Geometries.unionOverlapping(parts);
            return new Territory(metric, GeodesicArea.km2(valid(utm.toLonLat(metric))));
        }
    }

    /** @param territory the region's territory, or null without a boundary layer */
    static Outcome compute(List<Geometry> bundlesMetric, UtmProjection utm, double stripM, List<Town> towns,
                           List<Town> settlements, Territory territory) {
        Geometry metric = Geometries.buffer(Geometries.union(new ArrayList<>(bundlesMetric)), stripM);
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(metric);
        int[] t = count(towns, prepared, utm);
        int[] s = count(settlements, prepared, utm);
        long[] tp = population(towns, prepared, utm);
        long[] sp = population(settlements, prepared, utm);
        Geometry lonLat = valid(utm.toLonLat(metric));
        Double territoryKm2 = null;
        Double insideKm2 = null;
        if (territory != null) {
            territoryKm2 = territory.km2();
            insideKm2 = GeodesicArea.km2(valid(utm.toLonLat(Geometries.intersection(territory.metric(), metric))));
        }
        StripShares shares = new StripShares(t[0], t[1], tp[0], tp[1], s[0], s[1], sp[0], sp[1],
                GeodesicArea.km2(lonLat), territoryKm2, insideKm2);
        return new Outcome(lonLat, shares);
    }

    private static int[] count(List<Town> places, PreparedGeometry strips, UtmProjection utm) {
        int inside = 0;
        for (Town p : places) {
            if (inside(p, strips, utm)) {
                inside++;
            }
        }
        return new int[] {places.size(), inside};
    }

    private static long[] population(List<Town> places, PreparedGeometry strips, UtmProjection utm) {
        long all = 0;
        long inside = 0;
        for (Town p : places) {
            if (p.population() > 0) {
                all += p.population();
                inside += inside(p, strips, utm) ? p.population() : 0;
            }
        }
        return new long[] {all, inside};
    }

    static boolean inside(Town p, PreparedGeometry strips, UtmProjection utm) {
        return strips.covers(Geometries.FACTORY.createPoint(utm.toMetric(p.lon(), p.lat())));
    }

    private static Geometry valid(Geometry g) {
        return g.isValid() ? g : GeometryFixer.fix(g);
    }
}
