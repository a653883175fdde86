package org.beltmap.core.isochrones;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.beltmap.core.belts.AccessAnalysis;
import org.beltmap.core.geo.GeodesicArea;
import org.beltmap.core.geo.Precision;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.OffRoad;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Isochrone polygons from the travel-time field: for each limit, the cells of the grid reached within it, outlined
 * exactly along cell edges (so a larger band always contains a smaller one and unreached holes stay holes), then
 * optionally smoothed and clipped back inside the next larger band.
 */
public final class IsochroneBuilder {

    /** Grid cell in metres: fine enough for a region map at zoom 9 (a cell is about 2 px). */
    public static final double DEFAULT_CELL_M = 500;
    public static final int MAX_CELLS = 2_000_000;
    private static final GeometryFactory GF = new GeometryFactory();

    private double cellM = DEFAULT_CELL_M;
    private double smoothM;
    private final double detour;
    private final double accessKmh;

    public IsochroneBuilder(double detourFactor, double accessSpeedKmh) {
        this.detour = detourFactor;
        this.accessKmh = accessSpeedKmh;
    }

    public IsochroneBuilder cell(double metres) {
        this.cellM = metres;
        return this;
    }

    /** Douglas-Peucker-style smoothing tolerance in metres (0 = exact cell outlines). */
    public IsochroneBuilder smooth(double metres) {
        this.smoothM = Math.max(0, metres);
        return this;
    }

    /** Bands for the given minutes from an analysis already run (at least up to the largest limit). */
    public List<Isochrone> build(AccessAnalysis analysis, List<Double> minutes) {
        List<Double> sorted = minutes.stream().sorted().distinct().toList();
        if (sorted.isEmpty() || sorted.get(0) <= 0) {
            throw new IllegalArgumentException("isochrone minutes must be positive, got " + minutes);
        }
        double limit = sorted.get(sorted.size() - 1);
        TravelTimeGrid grid = TravelTimeGrid.build(analysis.paths(), analysis.centres(), limit, cellM,
                OffRoad.minutesPerMetre(detour, accessKmh), analysis.maxAccessM(), MAX_CELLS,
                () -> analysis.access().arrivals(analysis.paths()));
        String centre = analysis.centres().stream().map(Town::nameEn).collect(Collectors.joining(" + "));
        Geometry[] areas = new Geometry[sorted.size()];
        for (int k = sorted.size() - 1; k >= 0; k--) {
            Geometry g = band(grid, sorted.get(k));
            if (k < sorted.size() - 1 && smoothM > 0) {
                g = g.intersection(areas[k + 1]);
            }
            areas[k] = g;
        }
        List<Isochrone> out = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            // On the publication grid, valid: what is drawn is what every export writes.
            Geometry lonLat = Precision.reduce(toLonLat(grid, areas[k]));
            out.add(new Isochrone(sorted.get(k), centre, lonLat, GeodesicArea.km2(lonLat)));
        }
        return out;
    }

    /** One band in grid metres. */
    private Geometry band(TravelTimeGrid grid, double minutes) {
        boolean[] in = new boolean[grid.t.length];
        float lim = (float) minutes;
        for (int k = 0; k < in.length; k++) {
            in[k] = grid.t[k] <= lim;
        }
        List<Polygon> polys = new MaskTracer(grid.w, grid.h, in).trace(GF);
        Geometry g = GF.createMultiPolygon(polys.toArray(new Polygon[0]));
        double c = grid.cell;
        double x0 = grid.minX;
        double y0 = grid.minY;
        g.apply((CoordinateFilter) p -> {
            p.x = x0 + p.x * c;
            p.y = y0 + p.y * c;
        });
        g.geometryChanged();
        if (smoothM > 0) {
            g = TopologyPreservingSimplifier.simplify(g, smoothM);
        }
        return g.isValid() ? g : GeometryFixer.fix(g);
    }

    private static Geometry toLonLat(TravelTimeGrid grid, Geometry metric) {
        Geometry g = metric.copy();
        g.apply((CoordinateFilter) (Coordinate p) -> {
            double x = p.x;
            double y = p.y;
            p.x = grid.lon(x);
            p.y = grid.lat(y);
        });
        g.geometryChanged();
        return g;
    }
}
