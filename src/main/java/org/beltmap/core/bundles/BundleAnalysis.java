package org.beltmap.core.bundles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import org.beltmap.core.geo.GeodesicArea;
import org.beltmap.core.geo.UtmProjection;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Infrastructure bundles and urbanised strips of a region (DOMAIN.md, point 5). Every ROADS, RAILWAYS and
 * ENGINEERING layer takes part; each layer is one "distinct layer" for the strength. Work is done in metres in the
 * UTM zone of the region's centre; results are returned in WGS84 lon/lat.
 */
public final class BundleAnalysis {

    /**
     * @param strips the urbanised strips: everything within {@code stripKm} of a bundle (lon/lat)
     * @param layers ids of the linear layers overlaid
     * @param crs name of the metric CRS used
     */
    public record Result(List<Bundle> bundles, Geometry strips, StripShares shares, List<String> layers, String crs,
                         BundleSettings settings, long bundlesMillis, long stripsMillis) {
    }

    private BundleAnalysis() {
    }

    public static Result run(Region region, BundleSettings settings) {
        List<Geometry> territory = new ArrayList<>();
        for (Layer l : region.layersOfKind(LayerKind.BOUNDARY)) {
            l.features().stream().map(f -> f.geometry()).filter(g -> g instanceof Polygonal).forEach(territory::add);
        }
        return run(Corridors.linearLayers(region), region.towns(), region.settlements(), territory, region.extent(),
                settings);
    }

    /**
     * @param linear layers to overlay (their kinds are not checked here)
     * @param territory polygons of the region, for the strips' share of the area; may be empty
     * @param extent lon/lat extent whose centre picks the UTM zone
     */
    public static Result run(List<Layer> linear, List<Town> towns, List<Town> settlements, List<Geometry> territory,
                             Envelope extent, BundleSettings settings) {
        long t0 = System.nanoTime();
        Envelope e = extent == null || extent.isNull() ? linearExtent(linear) : extent;
        UtmProjection utm = UtmProjection.forExtent(e);
        double widthM = settings.widthKm() * 1000;
        // The territory does not depend on the bundles: prepared meanwhile on another core.
        ForkJoinTask<Strips.Territory> area = ForkJoinTask.adapt(() -> Strips.Territory.of(territory, utm)).fork();
        // Layers are independent until the overlay: build their corridors in parallel (order is kept).
        List<CorridorLayer> corridors = linear.parallelStream().map(l -> Corridors.build(l, utm, widthM)).toList();
        Map<Long, Geometry> faces = Arrangement.faces(corridors.stream().map(CorridorLayer::corridor).toList());
        List<BundleFinder.Piece> pieces = new BundleFinder(widthM, settings.minLengthKm() * 1000).find(faces);
        // Members are looked for bundle by bundle, independently.
        List<Bundle> bundles = new ArrayList<>(pieces.parallelStream().map(p -> bundle(p, corridors, utm, settings))
                .toList());
        bundles.sort(Comparator.comparingInt(Bundle::strength).reversed()
                .thenComparing(Comparator.comparingDouble(Bundle::lengthKm).reversed()));
        long t1 = System.nanoTime();
        Strips.Outcome strips = Strips.compute(pieces.stream().map(BundleFinder.Piece::area).toList(), utm,
                settings.stripKm() * 1000, towns, settlements, area.join());
        long t2 = System.nanoTime();
        return new Result(bundles, strips.area(), strips.shares(), corridors.stream().map(CorridorLayer::id).toList(),
                utm.name(), settings, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    private static Bundle bundle(BundleFinder.Piece p, List<CorridorLayer> corridors, UtmProjection utm,
                                 BundleSettings s) {
        double runM = Geometries.runLengthM(p.area());
        double widthM = s.widthKm() * 1000;
        // A layer's line may lie just outside the overlap, so features are looked for within half a width of it;
        // a member runs along the bundle: more line there (less the half widths past both ends) than a crossing.
        Geometry near = Geometries.buffer(p.area(), widthM / 2);
        double minAlongM = Math.min(s.minLengthKm() * 1000, runM / 2);
        List<String> ids = new ArrayList<>();
        List<Bundle.Member> members = new ArrayList<>();
        for (int i = 0; i < corridors.size(); i++) {
            if ((p.layers() & (1L << i)) == 0) {
                continue;
            }
            CorridorLayer c = corridors.get(i);
            ids.add(c.id());
            Map<String, Double> along = new LinkedHashMap<>();
            for (CorridorLayer.Line line : c.lines()) {
                if (line.metric().getEnvelopeInternal().intersects(near.getEnvelopeInternal())) {
                    double len = Geometries.clip(line.metric(), near).getLength();
                    if (len > 0) {
                        along.merge(line.label(), len, Double::sum);
                    }
                }
            }
            List<Map.Entry<String, Double>> sorted = along.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
            List<String> names = sorted.stream().filter(en -> en.getValue() - widthM >= minAlongM)
                    .map(Map.Entry::getKey).toList();
            if (names.isEmpty() && !sorted.isEmpty()) {
                names = List.of(sorted.get(0).getKey()); // the layer is there: name its nearest-running feature
            }
            members.add(new Bundle.Member(c.id(), c.kind().id(), names));
        }
        Geometry lonLat = utm.toLonLat(p.area());
        if (!lonLat.isValid()) {
            lonLat = GeometryFixer.fix(lonLat);
        }
        return new Bundle(lonLat, p.strength(), ids, members, GeodesicArea.km2(lonLat), runM / 1000);
    }

    private static Envelope linearExtent(List<Layer> linear) {
        Envelope e = new Envelope();
        linear.forEach(l -> e.expandToInclude(l.extent()));
        return e;
    }
}
