package org.beltmap.core.basemap;

import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.geo.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * One basemap layer in Web Mercator world units, indexed for tile queries and pre-simplified per zoom band, so a
 * low-zoom tile never walks the full-resolution coastline.
 */
final class VectorLayer {

    /** A drawable piece: one polygon (all its rings) or one line, in world units, with a class tag. */
    record Shape(double[][] rings, boolean polygon, String tag) {
    }

    private static final int[] BANDS = {5, 7, 9, 11};
    private final BasemapRole role;
    private final STRtree[] trees = new STRtree[BANDS.length + 1];

    VectorLayer(BasemapRole role, List<Geometry> geometries, List<String> tags) {
        this.role = role;
        for (int b = 0; b <= BANDS.length; b++) {
            // Half a pixel at the band's deepest zoom, in degrees (approximately; world unit = 360°).
            double tol = b < BANDS.length ? 0.5 / (256 * Math.pow(2, BANDS[b] + 2)) * 360 : 0;
            STRtree tree = new STRtree();
            for (int i = 0; i < geometries.size(); i++) {
                Geometry g = geometries.get(i);
                if (g == null) {
                    continue;
                }
                Geometry s = tol > 0 ? DouglasPeuckerSimplifier.simplify(g, tol) : g;
                for (int n = 0; n < s.getNumGeometries(); n++) {
                    add(tree, s.getGeometryN(n), tags.get(i));
                }
            }
            tree.build();
            trees[b] = tree;
        }
    }

    private static void add(STRtree tree, Geometry part, String tag) {
        List<double[]> rings = new ArrayList<>();
        boolean polygon = part instanceof Polygon;
        if (part instanceof Polygon p) {
            rings.add(project(p.getExteriorRing().getCoordinates()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(project(p.getInteriorRingN(h).getCoordinates()));
            }
        } else if (part instanceof LineString l) {
            rings.add(project(l.getCoordinates()));
        } else {
            return;
        }
        Envelope e = new Envelope();
        for (double[] r : rings) {
            for (int k = 0; k < r.length; k += 2) {
                e.expandToInclude(r[k], r[k + 1]);
            }
        }
        if (!e.isNull() && rings.get(0).length >= 4) {
            tree.insert(e, new Shape(rings.toArray(new double[0][]), polygon, tag));
        }
    }

    private static double[] project(Coordinate[] cs) {
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = WebMercator.x(cs[i].x);
            xy[2 * i + 1] = WebMercator.y(cs[i].y);
        }
        return xy;
    }

    BasemapRole role() {
        return role;
    }

    @SuppressWarnings("unchecked")
    List<Shape> query(Envelope world, int zoom) {
        int b = 0;
        while (b < BANDS.length && zoom > BANDS[b]) {
            b++;
        }
        return trees[b].query(world);
    }
}
