package org.beltmap.core.basemap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Makes land and water agree with the detailed shoreline. Natural Earth land (1:10 M) is kilometres off the
 * GSHHG full-resolution coast at zoom 10+, which shows as land in bays and sea on spits. When the coast layer
 * carries GSHHG levels we rebuild land from it: level-1 shorelines plus the clip box are polygonized and each
 * face is called land when Natural Earth mostly agrees (closed level-1 rings are islands); level-2 rings are
 * lakes (minus level-3 islands) and replace the Natural Earth lakes they overlap. Region outlines that merely
 * retrace the coast are dropped, since the coastline already draws that edge.
 */
final class CoastLand {

    private static final GeometryFactory GF = new GeometryFactory();
    /** Region boundary closer than this to the shoreline counts as "along the coast". */
    private static final double COAST_KM = 1.5;

    private CoastLand() {
    }

    /** Derived land or null when the coast layer has no GSHHG levels or the result looks implausible. */
    static List<Geometry> land(List<LayerIndex.Source> coast, List<LayerIndex.Source> neLand, Envelope box) {
        List<LineString> shore = lines(coast, "1");
        if (shore.isEmpty() || neLand.isEmpty()) {
            return null;
        }
        List<Geometry> noded = new ArrayList<>(shore);
        noded.add(GF.toGeometry(box).getBoundary());
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(UnaryUnionOp.union(noded));
        Geometry reference = UnaryUnionOp.union(neLand.stream().map(LayerIndex.Source::world).toList());
        List<Geometry> land = new ArrayList<>();
        double landArea = 0;
        for (Object o : polygonizer.getPolygons()) {
            Polygon face = (Polygon) o;
            if (isIsland(face, shore) || overlap(face, reference) > 0.5) {
                land.add(face);
                landArea += face.getArea();
            }
        }
        // Sanity: a broken polygonization (open lines not reaching the box) must not blank out the map.
        double ref = reference.getArea();
        return landArea > 0.8 * ref && landArea < 1.25 * ref ? land : null;
    }

    /** GSHHG lakes (level 2) with their islands (level 3) cut out. */
    static List<Geometry> lakes(List<LayerIndex.Source> coast) {
        List<Geometry> islands = lines(coast, "3").stream().filter(LineString::isClosed)
                .map(l -> (Geometry) GF.createPolygon(l.getCoordinates())).toList();
        List<Geometry> out = new ArrayList<>();
        for (LineString l : lines(coast, "2")) {
            if (!l.isClosed() || l.getNumPoints() < 4) {
                continue;
            }
            Geometry lake = GF.createPolygon(l.getCoordinates());
            for (Geometry island : islands) {
                if (lake.intersects(island)) {
                    lake = lake.difference(island);
                }
            }
            out.add(lake);
        }
        return out;
    }

    /** Natural Earth lakes not mostly covered by GSHHG lakes (reservoirs GSHHG lacks stay). */
    static List<LayerIndex.Source> keepUnmatchedLakes(List<LayerIndex.Source> neLakes, List<Geometry> gshhgLakes) {
        return neLakes.stream().filter(ne -> {
            double covered = 0;
            for (Geometry l : gshhgLakes) {
                if (l.getEnvelopeInternal().intersects(ne.world().getEnvelopeInternal()) && l.intersects(ne.world())) {
                    covered += l.intersection(ne.world()).getArea();
                }
            }
            return covered < 0.5 * ne.world().getArea();
        }).toList();
    }

    /** Region outlines with the stretches that follow the shoreline removed. */
    static List<Geometry> inlandBoundaries(List<LayerIndex.Source> regions, List<LayerIndex.Source> coast, double midLat) {
        List<LineString> shore = lines(coast, "1");
        if (shore.isEmpty()) {
            return regions.stream().map(LayerIndex.Source::world).toList();
        }
        IndexedFacetDistance dist = new IndexedFacetDistance(GF.buildGeometry(shore));
        double limit = COAST_KM / (40075.017 * Math.cos(Math.toRadians(midLat)));
        List<Geometry> out = new ArrayList<>();
        for (LayerIndex.Source r : regions) {
            for (Object o : LinearComponentExtracter.getLines(r.world())) {
                List<Coordinate> run = new ArrayList<>();
                for (Coordinate c : ((LineString) o).getCoordinates()) {
                    if (!dist.isWithinDistance(GF.createPoint(c), limit)) {
                        run.add(c);
                    } else {
                        flush(run, out);
                    }
                }
                flush(run, out);
            }
        }
        return out;
    }

    private static void flush(List<Coordinate> run, List<Geometry> out) {
        if (run.size() >= 2) {
            out.add(GF.createLineString(run.toArray(new Coordinate[0])));
        }
        run.clear();
    }

    private static boolean isIsland(Polygon face, List<LineString> shore) {
        LineString shell = face.getExteriorRing();
        for (LineString l : shore) {
            if (l.isClosed() && l.getEnvelopeInternal().equals(shell.getEnvelopeInternal())
                    && DiscreteHausdorffDistance.distance(l, shell) < 1e-12) {
                return true;
            }
        }
        return false;
    }

    /** Share of the face inside the reference land; on a ~3 km simplification, plenty for a majority vote. */
    private static double overlap(Polygon face, Geometry reference) {
        Geometry coarse = DouglasPeuckerSimplifier.simplify(face, 1e-4);
        double a = coarse.getArea();
        return a <= 0 ? 0 : coarse.intersection(reference).getArea() / a;
    }

    private static List<LineString> lines(Collection<LayerIndex.Source> coast, String level) {
        List<LineString> out = new ArrayList<>();
        for (LayerIndex.Source s : coast) {
            if (level.equals(normalise(s.cls()))) {
                LinearComponentExtracter.getLines(s.world(), out);
            }
        }
        return out;
    }

    /** Levels may come back as "1" or "1.0" depending on how the file wrote the number. */
    private static String normalise(String cls) {
        if (cls == null) {
            return null;
        }
        return cls.endsWith(".0") ? cls.substring(0, cls.length() - 2) : cls;
    }
}
