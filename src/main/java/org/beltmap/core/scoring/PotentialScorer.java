package org.beltmap.core.scoring;

import org.beltmap.core.model.ScoringModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bundles.Bundle;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.rays.Ray;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Development potential 0–100 from a town's position relative to the transport corridors (DOMAIN.md point 6):
 * МТД to the centre, distance to the nearest ray and its strength, distance to the nearest bundle and its
 * strength. Distances are straight lines (km, geodesic to the nearest point); every component is kept.
 */
public final class PotentialScorer {

    /** Largest possible ray strength (class 3 + population 3 + railway 1), to scale strength to 0–1. */
    static final double MAX_RAY_STRENGTH = 7;
    static final double MAX_BUNDLE_STRENGTH = 4;
    private static final GeometryFactory GF = new GeometryFactory();
    private final ScoringModel model;

    public PotentialScorer(ScoringModel model) {
        this.model = model;
    }

    public List<TownScore> score(List<TownAccess> towns, List<Ray> rays, List<Bundle> bundles) {
        List<TownScore> out = new ArrayList<>();
        for (TownAccess a : towns) {
            out.add(one(a, rays, bundles));
        }
        return ranked(out);
    }

    private TownScore one(TownAccess a, List<Ray> rays, List<Bundle> bundles) {
        double lon = a.town().lon();
        double lat = a.town().lat();
        double rayKm = Double.POSITIVE_INFINITY;
        Ray nearest = null;
        for (Ray r : rays) {
            double d = distanceKm(r.line(), lon, lat);
            if (d < rayKm) {
                rayKm = d;
                nearest = r;
            }
        }
        double bundleKm = Double.POSITIVE_INFINITY;
        int bundleStrength = 0;
        for (Bundle b : bundles) {
            double d = b.area().covers(GF.createPoint(new Coordinate(lon, lat))) ? 0 : distanceKm(b.area(), lon, lat);
            if (d < bundleKm || (d == bundleKm && b.strength() > bundleStrength)) {
                bundleKm = d;
                bundleStrength = b.strength();
            }
        }
        Map<String, Double> v = new LinkedHashMap<>();
        v.put(ScoringModel.ACCESSIBILITY, a.reachable() ? ScoringModel.decay(a.mtdMin(), model.mtdHalfMin()) : 0);
        v.put(ScoringModel.RAY_PROXIMITY, nearest == null ? 0 : ScoringModel.decay(rayKm, model.rayHalfKm()));
        v.put(ScoringModel.RAY_STRENGTH, nearest == null ? 0 : Math.min(1, nearest.strength().total() / MAX_RAY_STRENGTH));
        v.put(ScoringModel.BUNDLE_PROXIMITY, bundles.isEmpty() ? 0 : ScoringModel.decay(bundleKm, model.bundleHalfKm()));
        v.put(ScoringModel.BUNDLE_STRENGTH, Math.min(1, bundleStrength / MAX_BUNDLE_STRENGTH));
        return weigh(new TownScore(a.town(), 0, 0, rayKm, nearest == null ? null : nearest.name(),
                nearest == null ? 0 : nearest.strength().total(), bundleKm, bundleStrength,
                a.reachable() ? a.mtdMin() : Double.NaN, a.reachable() ? a.belt() : 0, v, Map.of()), model);
    }

    /** Points and score of already transformed components under a model's weights. */
    private static TownScore weigh(TownScore s, ScoringModel model) {
        Map<String, Double> points = new LinkedHashMap<>();
        double score = 0;
        for (String c : ScoringModel.COMPONENTS) {
            double p = 100 * s.values().get(c) * model.share(c);
            points.put(c, p);
            score += p;
        }
        return new TownScore(s.town(), score, s.rank(), s.distRayKm(), s.nearestRay(), s.rayStrength(),
                s.distBundleKm(), s.bundleStrength(), s.mtdMin(), s.belt(), s.values(), points);
    }

    /**
     * The same towns under other weights (same half-distances): distances and component values are kept, only
     * points, scores and ranks change — what a sensitivity run needs, without measuring anything again.
     */
    public static List<TownScore> reweighted(List<TownScore> scored, ScoringModel model) {
        return ranked(scored.stream().map(s -> weigh(s, model)).toList());
    }

    /** Ranks 1..n by score, ties broken by name so the order is stable. */
    public static List<TownScore> ranked(List<TownScore> list) {
        List<TownScore> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingDouble(TownScore::score).reversed()
                .thenComparing(s -> s.town().nameEn() == null ? "" : s.town().nameEn()));
        List<TownScore> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TownScore s = sorted.get(i);
            out.add(new TownScore(s.town(), s.score(), i + 1, s.distRayKm(), s.nearestRay(), s.rayStrength(),
                    s.distBundleKm(), s.bundleStrength(), s.mtdMin(), s.belt(), s.values(), s.points()));
        }
        return out;
    }

    static double distanceKm(Geometry g, double lon, double lat) {
        Coordinate[] p = DistanceOp.nearestPoints(g, GF.createPoint(new Coordinate(lon, lat)));
        return Geodesy.distanceM(lon, lat, p[0].x, p[0].y) / 1000;
    }

    public ScoringModel model() {
        return model;
    }
}
