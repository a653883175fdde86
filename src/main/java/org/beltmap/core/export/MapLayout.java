package org.beltmap.core.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bundles.Bundle;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.Ray;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The map layout: the region in Web Mercator fitted to the page, with the region's own vector layers as the
 * basemap, isochrone bands, bundles, rays, towns coloured by belt and labelled, a scale bar and a north arrow.
 */
final class MapLayout {

    private final Graphics2D g;
    private final DiagramData d;
    private double scale;
    private double ox;
    private double oy;

    MapLayout(Graphics2D g, DiagramData d) {
        this.g = g;
        this.d = d;
    }

    /** Draws the map in box; {@code reserved} are areas drawn over it later (the legend) that labels avoid. */
    void draw(Rectangle2D box, List<Rectangle2D> reserved) {
        Envelope e = fit(box);
        Shape clip = g.getClip();
        g.clip(box);
        g.setColor(new Color(0xE9ECEF));
        g.fill(box);
        layers(LayerKind.BOUNDARY, ExportPalette.LAND, ExportPalette.BOUNDARY, 0.8f, new float[] {4, 2});
        layers(LayerKind.RIVERS, null, ExportPalette.RIVER, 0.6f, null);
        layers(LayerKind.RAILWAYS, null, ExportPalette.RAIL, 0.6f, new float[] {3, 2});
        layers(LayerKind.ROADS, null, ExportPalette.ROAD, 1.1f, null);
        for (int k = d.isochrones().size() - 1; k >= 0; k--) {
            fill(d.isochrones().get(k).area(), ExportPalette.alpha(ExportPalette.band(k), 0.35),
                    ExportPalette.band(k).darker(), 0.5f);
        }
        for (Bundle b : d.bundles()) {
            fill(b.area(), ExportPalette.alpha(ExportPalette.bundle(b.strength()), 0.45), null, 0);
        }
        List<Ray> rays = d.rays().stream().filter(r -> "road".equals(r.mode())).toList();
        List<Geometry> simple = new ArrayList<>();
        for (Ray r : rays) {
            simple.add(ray(r));
        }
        LabelPlacer labels = new LabelPlacer(box);
        reserved.forEach(labels::reserve);
        labels.reserve(new Rectangle2D.Double(box.getMaxX() - 30, box.getY() + 12, 18, 37));
        labels.reserve(new Rectangle2D.Double(box.getX() + 8, box.getMaxY() - 26, box.getWidth() / 4 + 44, 20));
        towns(labels);
        for (int i = 0; i < rays.size(); i++) {
            rayLabel(rays.get(i), simple.get(i), labels);
        }
        g.setClip(clip);
        g.setColor(ExportPalette.GREY);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(box);
        scaleBar(box, (e.getMinY() + e.getMaxY()) / 2);
        DiagramFrame.northArrow(g, box.getMaxX() - 22, box.getY() + 14);
    }

    /** Fits the region's extent into box (Web Mercator, 4 % margin) and returns the extent. */
    private Envelope fit(Rectangle2D box) {
        Envelope e = d.region().extent();
        double x0 = WebMercator.x(e.getMinX());
        double x1 = WebMercator.x(e.getMaxX());
        double y0 = WebMercator.y(e.getMaxY());
        double y1 = WebMercator.y(e.getMinY());
        scale = Math.min(box.getWidth() / (x1 - x0), box.getHeight() / (y1 - y0)) * 0.96;
        ox = box.getCenterX() - scale * (x0 + x1) / 2;
        oy = box.getCenterY() - scale * (y0 + y1) / 2;
        return e;
    }

    /**
     * Where a legend of w × h drawn over the map hides the fewest towns: the top-left corner unless another corner
     * (clear of the north arrow and the scale bar) covers fewer. A legend over a town hides it (Yeysk in the krai's
     * north-west corner was under it).
     */
    Rectangle2D legendSpot(Rectangle2D box, double w, double h) {
        fit(box);
        double left = box.getX() + 8;
        double right = box.getMaxX() - 40 - w;
        double top = box.getY() + 8;
        double bottom = box.getMaxY() - 32 - h;
        List<Rectangle2D> spots = List.of(new Rectangle2D.Double(left, top, w, h),
                new Rectangle2D.Double(right, top, w, h), new Rectangle2D.Double(left, bottom, w, h),
                new Rectangle2D.Double(right, bottom, w, h));
        Rectangle2D best = spots.get(0);
        long fewest = Long.MAX_VALUE;
        for (Rectangle2D r : spots) {
            Rectangle2D grown = new Rectangle2D.Double(r.getX() - 4, r.getY() - 4, r.getWidth() + 8, r.getHeight() + 8);
            long hidden = d.belts().towns().stream()
                    .filter(a -> grown.contains(sx(a.town().lon()), sy(a.town().lat()))).count();
            if (hidden < fewest) {
                fewest = hidden;
                best = r;
            }
        }
        return best;
    }

    private double sx(double lon) {
        return ox + scale * WebMercator.x(lon);
    }

    private double sy(double lat) {
        return oy + scale * WebMercator.y(lat);
    }

    private void layers(LayerKind kind, Color fill, Color stroke, float width, float[] dash) {
        for (Layer l : d.region().layersOfKind(kind)) {
            for (var f : l.features()) {
                if (f.geometry() == null) {
                    continue;
                }
                if (fill != null) {
                    fill(f.geometry(), fill, null, 0);
                }
                g.setColor(stroke);
                g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 4, dash, 0));
                g.draw(path(f.geometry(), false));
            }
        }
    }

    private void fill(Geometry geom, Color fill, Color stroke, float width) {
        Path2D p = path(geom, true);
        g.setColor(fill);
        g.fill(p);
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(new BasicStroke(width));
            g.draw(p);
        }
    }

    private Path2D path(Geometry geom, boolean polygonsOnly) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            Geometry part = geom.getGeometryN(i);
            if (part instanceof Polygon poly) {
                ring(p, poly.getExteriorRing().getCoordinates(), true);
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    ring(p, poly.getInteriorRingN(h).getCoordinates(), true);
                }
            } else if (!polygonsOnly && part instanceof LineString ls) {
                ring(p, ls.getCoordinates(), false);
            }
        }
        return p;
    }

    private void ring(Path2D p, Coordinate[] c, boolean close) {
        if (c.length < 2) {
            return;
        }
        p.moveTo(sx(c[0].x), sy(c[0].y));
        for (int i = 1; i < c.length; i++) {
            p.lineTo(sx(c[i].x), sy(c[i].y));
        }
        if (close) {
            p.closePath();
        }
    }

    /** Draws the ray as a line with an arrow head; returns the simplified line its label follows. */
    private Geometry ray(Ray r) {
        Geometry simple = org.locationtech.jts.simplify.DouglasPeuckerSimplifier.simplify(r.line(), 0.05);
        g.setColor(ExportPalette.alpha(ExportPalette.RAY, 0.55));
        g.setStroke(new BasicStroke((float) (2.5 + r.strength().total()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path(simple, false));
        Coordinate[] c = simple.getCoordinates();
        Coordinate a = c[c.length - 2];
        Coordinate b = c[c.length - 1];
        double ang = Math.atan2(sy(b.y) - sy(a.y), sx(b.x) - sx(a.x));
        double len = 12;
        Path2D head = new Path2D.Double();
        head.moveTo(sx(b.x) + Math.cos(ang) * 4, sy(b.y) + Math.sin(ang) * 4);
        head.lineTo(sx(b.x) - Math.cos(ang - 0.45) * len, sy(b.y) - Math.sin(ang - 0.45) * len);
        head.lineTo(sx(b.x) - Math.cos(ang + 0.45) * len, sy(b.y) - Math.sin(ang + 0.45) * len);
        head.closePath();
        g.setColor(ExportPalette.alpha(ExportPalette.RAY, 0.8));
        g.fill(head);
        return simple;
    }

    /** The ray's name beside it, at the first place along it that no town label or symbol holds. */
    private void rayLabel(Ray r, Geometry line, LabelPlacer labels) {
        Coordinate[] c = line.getCoordinates();
        Font font = ExportFonts.bold(8);
        double w = ExportFonts.width(font, r.name());
        double asc = ExportFonts.ascent(font);
        double h = asc + ExportFonts.descent(font);
        for (double f : new double[] {0.4, 0.5, 0.3, 0.6, 0.2, 0.7, 0.8}) {
            Coordinate m = c[Math.min(c.length - 1, Math.max(1, (int) Math.round((c.length - 1) * f)))];
            for (double[] off : new double[][] {{4, -4 - h}, {4, 4}, {-4 - w, -4 - h}, {-4 - w, 4}}) {
                Rectangle2D box = new Rectangle2D.Double(sx(m.x) + off[0], sy(m.y) + off[1], w, h);
                if (labels.isFree(box)) {
                    labels.reserve(box);
                    g.setFont(font);
                    g.setColor(ExportPalette.RAY.darker());
                    g.drawString(r.name(), (float) box.getX(), (float) (box.getY() + asc));
                    return;
                }
            }
        }
    }

    /**
     * Towns by belt, sized by size class; the centre's label first, then by population, each at the first free
     * place round its symbol, left out where none is free.
     */
    private void towns(LabelPlacer labels) {
        List<TownAccess> list = new ArrayList<>(d.belts().towns());
        list.sort(Comparator.comparing((TownAccess a) -> a.status() != TownAccess.Status.CENTRE)
                .thenComparing(Comparator.comparingLong((TownAccess a) -> a.town().population()).reversed()));
        for (TownAccess a : list) {
            Town t = a.town();
            double r = radius(t);
            double x = sx(t.lon());
            double y = sy(t.lat());
            labels.reserveDot(x, y, r);
            g.setColor(a.reachable() ? ExportPalette.belt(a.belt()) : ExportPalette.GREY);
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.setColor(ExportPalette.TEXT);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        for (TownAccess a : list) {
            Town t = a.town();
            boolean centre = a.status() == TownAccess.Status.CENTRE;
            Font font = centre ? ExportFonts.bold(8) : ExportFonts.regular(7);
            LabelPlacer.Placement p = labels.place(sx(t.lon()), sy(t.lat()), radius(t),
                    ExportFonts.width(font, d.label(t)), ExportFonts.ascent(font), ExportFonts.descent(font),
                    Double.NaN, false);
            if (p != null) {
                g.setFont(font);
                g.setColor(ExportPalette.TEXT);
                g.drawString(d.label(t), (float) p.x(), (float) p.baseline());
            }
        }
    }

    private static double radius(Town t) {
        return t.population() > 250_000 ? 5.5 : t.population() > 100_000 ? 4.5 : t.population() > 50_000 ? 3.6 : 2.8;
    }

    private void scaleBar(Rectangle2D box, double lat) {
        // Metres per point at the map's middle latitude (Web Mercator scale factor 1/cos φ).
        double metresPerPt = Geodesy.EARTH_RADIUS_M * 2 * Math.PI * Math.cos(Math.toRadians(lat)) / scale;
        double[] nice = {10_000, 20_000, 25_000, 50_000, 100_000, 200_000};
        double len = nice[0];
        for (double n : nice) {
            if (n / metresPerPt <= box.getWidth() / 4) {
                len = n;
            }
        }
        double px = len / metresPerPt;
        double x = box.getX() + 12;
        double y = box.getMaxY() - 14;
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x - 4, y - 12, px + 40, 20));
        g.setColor(ExportPalette.TEXT);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Double(x, y, x + px, y));
        g.draw(new Line2D.Double(x, y - 3, x, y + 3));
        g.draw(new Line2D.Double(x + px, y - 3, x + px, y + 3));
        g.setFont(ExportFonts.regular(7));
        g.drawString(String.format("%.0f km", len / 1000), (float) (x + px + 4), (float) (y + 3));
    }
}
