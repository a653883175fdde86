package org.beltmap.core.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beltmap.core.geo.GeodesicArea;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Geometry;

/**
 * Settlement-network figures of the paper: the mean distance between towns L = sqrt(S / n) (formula 1), and the
 * towns' counts and population shares by size class (fig. 1).
 */
public final class SettlementNetworkMetrics {

    /** One size class row: how many towns, their population, its share of all towns' population in percent. */
    public record ClassShare(SizeClass sizeClass, int towns, long population, double populationSharePct) {
    }

    /** The region's own outline: the boundary feature named like the region, else the largest boundary polygon. */
    public record Boundary(String name, double areaKm2) {
    }

    private SettlementNetworkMetrics() {
    }

    /** Formula 1: mean distance (km) between n settlements spread over S km². */
    public static double meanDistanceKm(double areaKm2, int n) {
        if (n <= 0 || !(areaKm2 > 0)) {
            throw new IllegalArgumentException("mean distance needs a positive area and at least one settlement");
        }
        return Math.sqrt(areaKm2 / n);
    }

    public static List<ClassShare> byClass(Region region) {
        long total = region.towns().stream().mapToLong(t -> Math.max(0, t.population())).sum();
        List<ClassShare> rows = new ArrayList<>();
        for (SizeClass c : region.project().settings().sizeClasses().classes()) {
            List<Town> in = region.towns().stream().filter(t -> c.equals(t.sizeClass())).toList();
            long pop = in.stream().mapToLong(t -> Math.max(0, t.population())).sum();
            rows.add(new ClassShare(c, in.size(), pop, total == 0 ? 0 : 100.0 * pop / total));
        }
        return rows;
    }

    /** Geodesic area of the region's boundary polygon, if the project has a boundary layer. */
    public static Optional<Boundary> boundary(Region region) {
        String ru = region.project().region().ru();
        String en = region.project().region().en();
        Feature best = null;
        double bestArea = -1;
        for (Layer layer : region.layersOfKind(LayerKind.BOUNDARY)) {
            for (Feature f : layer.features()) {
                Geometry g = f.geometry();
                if (g == null || g.getDimension() < 2) {
                    continue;
                }
                if (nameMatches(f, ru, en)) {
                    return Optional.of(new Boundary(name(f), GeodesicArea.km2(g)));
                }
                double a = GeodesicArea.km2(g);
                if (a > bestArea) {
                    bestArea = a;
                    best = f;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Boundary(name(best), bestArea));
    }

    private static boolean nameMatches(Feature f, String ru, String en) {
        return f.attributes().values().stream().filter(v -> v instanceof String).map(v -> ((String) v).trim())
                .anyMatch(v -> v.equalsIgnoreCase(ru == null ? "" : ru) || v.equalsIgnoreCase(en == null ? "" : en));
    }

    private static String name(Feature f) {
        return f.attributes().entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).startsWith("name"))
                .map(e -> String.valueOf(e.getValue())).min(Comparator.naturalOrder()).orElse("boundary");
    }
}
