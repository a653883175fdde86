package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.beltmap.core.geo.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Lines and polygon rings pre-projected to Web Mercator world units as flat arrays, with a bounding box per part
 * for culling and Douglas-Peucker levels of detail per zoom band, so panning redraws only what is on screen and
 * never more vertices than pixels.
 */
public final class ProjectedLines {

    /** One drawable part: xy pairs in world units and its box; {@code tag} carries e.g. the road class. */
    public record Part(double[] xy, double minX, double minY, double maxX, double maxY, String tag, boolean closed) {
    }

    private static final int MIN_LEVEL = 3;
    private static final int MAX_LEVEL = 14;
    private final List<Geometry> sources;
    private final List<String> tags;
    private final List<Part>[] levels;
    private final List<Part> full;

    @SuppressWarnings("unchecked")
    public ProjectedLines(List<Geometry> geometries, List<String> tags) {
        this.sources = geometries;
        this.tags = tags;
        this.levels = new List[MAX_LEVEL + 1];
        this.full = project(0);
    }

    /**
     * Parts simplified to 0.7 px at the whole zoom level below {@code zoom} (at most 1.4 px on screen between
     * levels, never visible on a hairline), built once per level on first use; the full detail past level 14.
     */
    public synchronized List<Part> forZoom(double zoom) {
        int level = (int) Math.floor(zoom);
        if (level > MAX_LEVEL) {
            return full;
        }
        level = Math.max(MIN_LEVEL, level);
        if (levels[level] == null) {
            levels[level] = project(0.7 * WebMercator.unitsPerPixel(level) * 360.0);
        }
        return levels[level];
    }

    private List<Part> project(double toleranceDegrees) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Geometry g = sources.get(i);
            if (g == null) {
                continue;
            }
            Geometry s = toleranceDegrees > 0 ? DouglasPeuckerSimplifier.simplify(g, toleranceDegrees) : g;
            String tag = tags == null ? null : tags.get(i);
            for (int n = 0; n < s.getNumGeometries(); n++) {
                Geometry part = s.getGeometryN(n);
                if (part instanceof Polygon p) {
                    add(parts, p.getExteriorRing().getCoordinates(), tag, true);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        add(parts, p.getInteriorRingN(h).getCoordinates(), tag, true);
                    }
                } else if (part instanceof LineString l) {
                    add(parts, l.getCoordinates(), tag, false);
                }
            }
        }
        // Z-order: neighbours on the map are neighbours in the list, so a painter's batch of consecutive parts
        // covers a small area and the rasteriser walks few scanlines per batch.
        parts.sort(Comparator.comparingLong(ProjectedLines::mortonKey));
        return parts;
    }

    private static long mortonKey(Part p) {
        long x = (long) (Math.max(0, Math.min(1, (p.minX() + p.maxX()) / 2)) * 65535);
        long y = (long) (Math.max(0, Math.min(1, (p.minY() + p.maxY()) / 2)) * 65535);
        return spread(x) | (spread(y) << 1);
    }

    private static long spread(long v) {
        long x = v & 0xFFFF;
        x = (x | (x << 8)) & 0x00FF00FFL;
        x = (x | (x << 4)) & 0x0F0F0F0FL;
        x = (x | (x << 2)) & 0x33333333L;
        x = (x | (x << 1)) & 0x55555555L;
        return x;
    }

    private static void add(List<Part> parts, Coordinate[] cs, String tag, boolean closed) {
        if (cs.length < 2) {
            return;
        }
        double[] xy = new double[cs.length * 2];
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < cs.length; i++) {
            double x = WebMercator.x(cs[i].x);
            double y = WebMercator.y(cs[i].y);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        parts.add(new Part(xy, minX, minY, maxX, maxY, tag, closed));
    }
}
