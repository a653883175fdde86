package org.beltmap.core.basemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.beltmap.core.geo.WebMercator;

/**
 * The shapes of one role in world units, once per level-of-detail band: Douglas-Peucker simplified to half a pixel
 * at the band's deepest zoom, so a zoom-6 tile touches a few hundred vertices instead of the full coastline.
 * Lines are cut into short pieces so the STRtree culls them per tile rather than handing over whole highways.
 */
final class LayerIndex {

    /** Deepest zoom served by each band; the last band keeps full detail. */
    static final int[] BAND_MAX_ZOOM = {6, 8, 10, 12, Integer.MAX_VALUE};
    private static final int CHUNK = 96;

    private final STRtree[] bands = new STRtree[BAND_MAX_ZOOM.length];

    /** One feature's geometry already in world units, with its style class and drawing order. */
    record Source(Geometry world, String cls, int order) {
    }

    LayerIndex(List<Source> sources, boolean fill) {
        GeometryFactory gf = new GeometryFactory();
        for (int b = 0; b < bands.length; b++) {
            double tol = BAND_MAX_ZOOM[b] == Integer.MAX_VALUE ? 0 : 0.5 * WebMercator.unitsPerPixel(BAND_MAX_ZOOM[b]);
            STRtree tree = new STRtree();
            for (Source s : sources) {
                for (Geometry part : fill ? polygons(s.world()) : lines(s.world())) {
                    Geometry g = tol > 0 ? DouglasPeuckerSimplifier.simplify(part, tol) : part;
                    if (g.isEmpty()) {
                        continue;
                    }
                    for (Geometry piece : fill ? List.of(g) : chunks((LineString) g, gf)) {
                        tree.insert(piece.getEnvelopeInternal(), new Basemap.Shape(piece, s.cls(), s.order()));
                    }
                }
            }
            tree.build();
            bands[b] = tree;
        }
    }

    static int band(int zoom) {
        for (int b = 0; b < BAND_MAX_ZOOM.length; b++) {
            if (zoom <= BAND_MAX_ZOOM[b]) {
                return b;
            }
        }
        return BAND_MAX_ZOOM.length - 1;
    }

    /** Shapes meeting {@code world} in source order, so overlaps paint the same way every time. */
    List<Basemap.Shape> query(Envelope world, int zoom) {
        @SuppressWarnings("unchecked")
        List<Basemap.Shape> hits = new ArrayList<>(bands[band(zoom)].query(world));
        hits.sort(Comparator.comparingInt(Basemap.Shape::order));
        return hits;
    }

    private static List<Geometry> polygons(Geometry g) {
        return new ArrayList<>(PolygonExtracter.getPolygons(g, new ArrayList<Polygon>()));
    }

    /** Polygon outlines count as lines, which is how region boundaries are drawn. */
    private static List<Geometry> lines(Geometry g) {
        return new ArrayList<>(LinearComponentExtracter.getLines(g, new ArrayList<LineString>(), true));
    }

    private static List<Geometry> chunks(LineString line, GeometryFactory gf) {
        int n = line.getNumPoints();
        if (n <= CHUNK) {
            return List.of(line);
        }
        org.locationtech.jts.geom.Coordinate[] cs = line.getCoordinates();
        List<Geometry> out = new ArrayList<>();
        for (int start = 0; start < n - 1; start += CHUNK - 1) {
            int end = Math.min(n, start + CHUNK);
            out.add(gf.createLineString(java.util.Arrays.copyOfRange(cs, start, end)));
        }
        return out;
    }
}
