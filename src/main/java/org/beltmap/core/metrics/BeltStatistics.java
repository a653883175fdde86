package org.beltmap.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.geo.GeodesicArea;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.geo.Precision;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * How many places and people each belt holds, and on how much land: what a planner asks of a belt map (the routing
 * services they know report the population inside an isochrone).
 *
 * <p>Population is the towns plus the settlements layer, each place counted once: a settlement with a town's name
 * (Russian or English) within {@link #SAME_NAME_KM} of it, or any settlement within {@link #SAME_PLACE_KM} of a
 * town, is that town and counts with the town's figure. Places of unknown population are counted as places, not as
 * people. A belt's area is the geodesic (ellipsoidal, equal-area) area inside the isochrone of its outer threshold
 * and outside the isochrone of its inner one; with a boundary layer every band is clipped to the region's territory
 * (all its boundary polygons) and the outermost belt is the rest of that territory. Without a boundary the
 * outermost belt has no area, and a belt whose threshold has no isochrone band has none either.
 *
 * @param belts one row per belt, belt 1 first
 * @param unreachable towns and settlements no centre reaches (belt 0 in the row)
 * @param population all places' population, the whole of every share
 * @param duplicates settlements taken for a town and so not counted again
 * @param settlementsLayer whether the project has a settlements layer
 * @param territoryKm2 area of the region's boundary polygons, or null without a boundary layer
 * @param missingMinutes belt thresholds that have no isochrone band (their belts have no area)
 * @param unknownPopulation places counted (towns and settlements) whose population is unknown
 */
public record BeltStatistics(List<Row> belts, Row unreachable, long population, int duplicates,
                             boolean settlementsLayer, Double territoryKm2, List<Double> missingMinutes,
                             int unknownPopulation) {

    /** Same name within this distance: the settlements layer's point for a town (GeoNames is often 1–3 km off). */
    public static final double SAME_NAME_KM = 15;
    /** Any settlement this close to a town is the town itself. */
    public static final double SAME_PLACE_KM = 0.5;
    private static final GeometryFactory GF = new GeometryFactory();

    /**
     * One belt (or the unreachable places, belt 0).
     *
     * @param fromMin МТД above which the belt starts (null for belt 1 and the unreachable row)
     * @param toMin МТД up to which it runs (null for the outermost belt and the unreachable row)
     * @param areaKm2 area of the band, null when unknown
     * @param withinKm2 area inside the belt's outer edge (belts 1..k together), null when unknown
     */
    public record Row(int belt, Double fromMin, Double toMin, int towns, int settlements, long townPopulation,
                      long settlementPopulation, double sharePct, Double areaKm2, Double withinKm2) {

        public long population() {
            return townPopulation + settlementPopulation;
        }

        /** People per km² of the band, null without an area. */
        public Double densityPerKm2() {
            return areaKm2 == null || !(areaKm2 > 0) ? null : population() / areaKm2;
        }

        /** "≤ 45 min", "45–90 min", "> 90 min" for belt rows. */
        public String range() {
            if (fromMin == null && toMin == null) {
                return "";
            }
            if (fromMin == null) {
                return "≤ " + fmt(toMin) + " min";
            }
            return toMin == null ? "> " + fmt(fromMin) + " min" : fmt(fromMin) + "–" + fmt(toMin) + " min";
        }
    }

    /** The statistics of an analysis' belts; settlements' belts are worked out from the same run. */
    public static BeltStatistics of(Region region, BeltAnalysis.Result belts, List<Isochrone> isochrones) {
        List<TownAccess> settlements = region.settlements().stream()
                .map(t -> belts.access().town(t, belts.thresholds())).toList();
        return of(region, belts, settlements, isochrones);
    }

    public static BeltStatistics of(Region region, BeltAnalysis.Result belts, List<TownAccess> settlements,
                                    List<Isochrone> isochrones) {
        List<Double> th = belts.thresholds();
        int n = th.size() + 1;
        int[] towns = new int[n + 1];
        long[] townPop = new long[n + 1];
        int[] places = new int[n + 1];
        long[] placePop = new long[n + 1];
        int unknown = 0;
        for (TownAccess a : belts.towns()) {
            unknown += a.town().population() < 0 ? 1 : 0;
            int b = a.reachable() ? a.belt() : 0;
            towns[b]++;
            townPop[b] += Math.max(0, a.town().population());
        }
        int duplicates = 0;
        for (TownAccess s : settlements) {
            if (isTown(s.town(), region.towns())) {
                duplicates++;
                continue;
            }
            unknown += s.town().population() < 0 ? 1 : 0;
            int b = s.reachable() ? s.belt() : 0;
            places[b]++;
            placePop[b] += Math.max(0, s.town().population());
        }
        long total = 0;
        for (int b = 0; b <= n; b++) {
            total += townPop[b] + placePop[b];
        }
        Territory territory = territory(region);
        Double territoryKm2 = territory == null ? null : territory.km2();
        List<Double> missing = new ArrayList<>();
        // Area inside each belt's outer edge; a band is the difference of two nested ones, so only the edges are
        // intersected with the territory (the coastline makes every overlay with it the costly part).
        Double[] within = new Double[n + 1];
        within[0] = 0.0;
        for (int k = 1; k <= n; k++) {
            if (k < n) {
                Isochrone iso = band(isochrones, th.get(k - 1));
                if (iso == null) {
                    missing.add(th.get(k - 1));
                }
                within[k] = iso == null ? null : GeodesicArea.km2(clip(iso.area(), territory));
            } else {
                within[k] = territoryKm2;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            Double km2 = within[k] == null || within[k - 1] == null ? null : Math.max(0, within[k] - within[k - 1]);
            rows.add(new Row(k, k == 1 ? null : th.get(k - 2), k == n ? null : th.get(k - 1), towns[k], places[k],
                    townPop[k], placePop[k], share(townPop[k] + placePop[k], total), km2, within[k]));
        }
        Row out = new Row(0, null, null, towns[0], places[0], townPop[0], placePop[0],
                share(townPop[0] + placePop[0], total), null, null);
        return new BeltStatistics(List.copyOf(rows), out, total, duplicates,
                !region.layersOfKind(LayerKind.SETTLEMENTS).isEmpty(), territoryKm2, List.copyOf(missing), unknown);
    }

    /**
     * The belts' bands as polygons (lon/lat, on the publication grid), belt 1 first; an empty MultiPolygon where the
     * band is unknown. For the data exports: the statistics themselves need only the areas.
     */
    public static List<Geometry> bandGeometries(Region region, List<Double> thresholds, List<Isochrone> isochrones) {
        Territory territory = territory(region);
        int n = thresholds.size() + 1;
        Geometry[] edges = new Geometry[n + 1];
        edges[0] = GF.createMultiPolygon();
        for (int k = 1; k <= n; k++) {
            Isochrone iso = k < n ? band(isochrones, thresholds.get(k - 1)) : null;
            edges[k] = k == n ? (territory == null ? null : territory.area()) : iso == null ? null
                    : clip(iso.area(), territory);
        }
        List<Geometry> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            out.add(edges[k] == null || edges[k - 1] == null ? GF.createMultiPolygon()
                    : polygons(Precision.reduce(polygons(edges[k].difference(edges[k - 1])))));
        }
        return out;
    }

    /** The isochrone bands to compute so every belt has an area: the asked ones plus the belt thresholds. */
    public static List<Double> bands(List<Double> isochroneMinutes, List<Double> thresholds) {
        java.util.TreeSet<Double> all = new java.util.TreeSet<>(isochroneMinutes);
        thresholds.stream().filter(t -> t > 0).forEach(all::add);
        return List.copyOf(all);
    }

    /** Places counted: towns of every row plus settlements that are not a town. */
    public int places() {
        int p = unreachable.towns() + unreachable.settlements();
        for (Row r : belts) {
            p += r.towns() + r.settlements();
        }
        return p;
    }

    /** Whether a settlement of the settlements layer is one of the towns. */
    public static boolean isTown(Town s, List<Town> towns) {
        for (Town t : towns) {
            double km = Geodesy.distanceM(s.lon(), s.lat(), t.lon(), t.lat()) / 1000;
            if (km <= SAME_PLACE_KM || (km <= SAME_NAME_KM && sameName(s, t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameName(Town a, Town b) {
        return same(a.nameRu(), b.nameRu()) || same(a.nameEn(), b.nameEn());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && norm(a).equals(norm(b));
    }

    private static String norm(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static Isochrone band(List<Isochrone> isochrones, double minutes) {
        for (Isochrone i : isochrones) {
            if (Math.abs(i.minutes() - minutes) < 1e-9) {
                return i;
            }
        }
        return null;
    }

    /** The region's territory: its boundary polygons united, with its area and a prepared copy for fast tests. */
    record Territory(Geometry area, double km2, PreparedGeometry prepared) {
    }

    /** Territories of the regions seen, by identity: the union of a detailed coastline is worth keeping. */
    private static final Map<Region, Optional<Territory>> TERRITORIES = new WeakHashMap<>();

    /** Every polygon of the region's boundary layers, united; null without any. */
    static Territory territory(Region region) {
        synchronized (TERRITORIES) {
            Optional<Territory> known = TERRITORIES.get(region);
            if (known != null) {
                return known.orElse(null);
            }
        }
        List<Geometry> parts = new ArrayList<>();
        for (Layer l : region.layersOfKind(LayerKind.BOUNDARY)) {
            l.features().stream().map(f -> f.geometry()).filter(g -> g instanceof Polygonal)
                    .map(g -> g.isValid() ? g : GeometryFixer.fix(g)).forEach(parts::add);
        }
        Territory t = null;
        if (!parts.isEmpty()) {
            Geometry g = polygons(parts.size() == 1 ? parts.get(0) : GF.buildGeometry(parts).union());
            t = new Territory(g, GeodesicArea.km2(g), PreparedGeometryFactory.prepare(g));
        }
        synchronized (TERRITORIES) {
            TERRITORIES.put(region, Optional.ofNullable(t));
        }
        return t;
    }

    private static Geometry clip(Geometry g, Territory territory) {
        if (territory == null || territory.prepared().covers(g)) {
            return g;
        }
        return polygons(g.intersection(territory.area()));
    }

    /** The polygons of a geometry (an overlay may return lines and points too) as one MultiPolygon. */
    private static Geometry polygons(Geometry g) {
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                polys.add(p);
            } else if (part instanceof org.locationtech.jts.geom.GeometryCollection) {
                Geometry inner = polygons(part);
                for (int j = 0; j < inner.getNumGeometries(); j++) {
                    polys.add((Polygon) inner.getGeometryN(j));
                }
            }
        }
        return GF.createMultiPolygon(polys.toArray(new Polygon[0]));
    }

    private static double share(long part, long whole) {
        return whole > 0 ? 100.0 * part / whole : 0;
    }

    private static String fmt(double m) {
        return m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m);
    }
}
