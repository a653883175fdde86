package org.beltmap.core.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.Ray;
import org.locationtech.jts.geom.Coordinate;

/**
 * The schematic belt diagram (as in the paper): the centre in the middle, rings at the belt thresholds, each town
 * at its bearing from the centre and at a radius proportional to its МТД (compressed in a marked outer band
 * beyond twice the last threshold), rays as spokes. Towns the network does not reach are listed by name in a
 * box. Every label goes through one {@link LabelPlacer}, the centre's first, so none overlaps another.
 */
final class RingsLayout {

    private static final int LABEL = 7;
    private static final float[] DASH = {3, 3};
    private final Graphics2D g;
    private final DiagramData d;

    RingsLayout(Graphics2D g, DiagramData d) {
        this.g = g;
        this.d = d;
    }

    void draw(Rectangle2D box) {
        Town centre = d.region().centres().get(0);
        LabelPlacer labels = new LabelPlacer(box);
        Rectangle2D rings = unreachable(box, labels);
        double cx = rings.getCenterX();
        double cy = rings.getCenterY();
        RingScale scale = RingScale.of(d, Math.min(rings.getWidth(), rings.getHeight()) / 2 - 14);
        labels.reserve(new Rectangle2D.Double(box.getMaxX() - 30, box.getY() + 8, 18, 35));
        DiagramFrame.northArrow(g, box.getMaxX() - 22, box.getY() + 10);
        belts(scale, cx, cy, labels);
        List<TownAccess> towns = new ArrayList<>(d.belts().towns().stream()
                .filter(a -> a.reachable() && a.status() != TownAccess.Status.CENTRE).toList());
        towns.sort(Comparator.comparingLong((TownAccess a) -> a.town().population()).reversed());
        List<double[]> at = new ArrayList<>();
        for (TownAccess a : towns) {
            double ang = bearing(centre, new Coordinate(a.town().lon(), a.town().lat()));
            double r = scale.radius(a.mtdMin());
            double[] p = {cx + Math.sin(ang) * r, cy - Math.cos(ang) * r, size(a.town()), ang};
            at.add(p);
            labels.reserveDot(p[0], p[1], p[2]);
        }
        labels.reserveDot(cx, cy, 8);
        rays(centre, scale, cx, cy);
        for (int i = 0; i < towns.size(); i++) {
            dot(towns.get(i).town(), at.get(i));
        }
        star(cx, cy, 8);
        // The centre's label is reserved before any other, so nothing can take its place.
        Font bold = ExportFonts.bold(9);
        text(labels.place(cx, cy, 8, ExportFonts.width(bold, d.label(centre)), ExportFonts.ascent(bold),
                ExportFonts.descent(bold), Math.PI / 4, true), d.label(centre), bold, ExportPalette.TEXT);
        rayLabels(centre, scale, cx, cy, labels);
        Font font = ExportFonts.regular(LABEL);
        for (int i = 0; i < towns.size(); i++) {
            TownAccess a = towns.get(i);
            double[] p = at.get(i);
            String label = d.label(a.town()) + " " + DiagramFrame.fmt(a.mtdMin());
            double outward = Math.atan2(-Math.cos(p[3]), Math.sin(p[3]));
            text(labels.place(p[0], p[1], p[2], ExportFonts.width(font, label), ExportFonts.ascent(font),
                    ExportFonts.descent(font), outward, true), label, font, ExportPalette.TEXT);
        }
    }

    /** Belt fills and rings, the compressed band and the ring labels (reserved for the placer). */
    private void belts(RingScale s, double cx, double cy, LabelPlacer labels) {
        List<Double> th = d.belts().thresholds();
        Font font = ExportFonts.regular(LABEL);
        if (s.compressed()) {
            // A neutral band, set apart from the belt fills inside: its radii are not to scale.
            g.setColor(new Color(0xF2F2F0));
            g.fill(circle(cx, cy, s.rMax()));
            g.setColor(ExportPalette.GREY);
            g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4, new float[] {1, 2.5f}, 0));
            for (double t : s.ticks(10)) {
                g.draw(circle(cx, cy, s.radius(t)));
            }
            g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4, DASH, 0));
            g.draw(circle(cx, cy, s.rMax()));
            List<Double> ticks = s.ticks(10);
            for (double t : ticks) {
                ringLabel(DiagramFrame.fmt(t) + (t == s.bandEnd() ? " мин" : ""), cx, cy - s.radius(t), font,
                        labels, ExportPalette.TEXT);
            }
            String caption = "сжатая шкала / compressed scale";
            double w = ExportFonts.width(font, caption);
            double asc = ExportFonts.ascent(font);
            double ch = asc + ExportFonts.descent(font);
            double mid = (s.rLinear() + s.rMax()) / 2;
            for (double[] at : new double[][] {{cx - w / 2, cy + mid - ch / 2}, {cx - 6 - w, cy - mid - ch / 2}}) {
                Rectangle2D capBox = new Rectangle2D.Double(at[0], at[1], w, ch);
                if (labels.isFree(capBox)) {
                    labels.reserve(capBox);
                    g.setColor(new Color(0x666666));
                    g.setFont(font);
                    g.drawString(caption, (float) at[0], (float) (at[1] + asc));
                    break;
                }
            }
        }
        for (int b = th.size(); b >= 0; b--) {
            double r = b == th.size() ? s.rLinear() : s.radius(th.get(b));
            g.setColor(ExportPalette.alpha(ExportPalette.belt(b + 1), 0.16));
            g.fill(circle(cx, cy, r));
            g.setColor(ExportPalette.alpha(ExportPalette.belt(b + 1), 0.9));
            boolean edge = b == th.size();
            g.setStroke(new BasicStroke(edge ? 0.8f : 1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4,
                    edge ? DASH : null, 0));
            g.draw(circle(cx, cy, r));
            String text = edge ? (s.compressed() ? DiagramFrame.fmt(s.linearLimit()) + " мин" : null)
                    : DiagramFrame.fmt(th.get(b)) + " мин";
            if (text != null) {
                ringLabel(text, cx, cy - r, font, labels, ExportPalette.TEXT);
            }
        }
    }

    /** A ring's label just right of the north axis, above the ring line. */
    private void ringLabel(String text, double x, double ringY, Font font, LabelPlacer labels, Color c) {
        double w = ExportFonts.width(font, text);
        double asc = ExportFonts.ascent(font);
        Rectangle2D box = new Rectangle2D.Double(x + 3, ringY - 2 - asc, w, asc + ExportFonts.descent(font));
        labels.reserve(box);
        g.setColor(c);
        g.setFont(font);
        g.drawString(text, (float) (x + 3), (float) (ringY - 2));
    }

    /** Reserves the box of unreachable towns in a free corner (or a strip below); returns the room left for rings. */
    private Rectangle2D unreachable(Rectangle2D box, LabelPlacer labels) {
        List<String> names = d.belts().towns().stream().filter(a -> !a.reachable()).map(a -> d.label(a.town()))
                .sorted().toList();
        if (names.isEmpty()) {
            return box;
        }
        Font font = ExportFonts.regular(LABEL);
        Font bold = ExportFonts.bold(LABEL + 1);
        double w = Math.min(210, box.getWidth() * 0.42);
        String head = "Недостижимы / Unreachable (" + names.size() + ")";
        List<String> lines = DiagramFrame.wrap(names, ", ", font, w - 10);
        double h = 18 + 9.5 * lines.size();
        double r = Math.min(box.getWidth(), box.getHeight()) / 2 - 14;
        Rectangle2D corner = new Rectangle2D.Double(box.getX() + 2, box.getMaxY() - h - 2,
                Math.min(w, widest(head, lines, font, bold) + 12), h);
        Rectangle2D rings = box;
        // A corner is free when the outer ring and a label's height round it stay clear of it.
        double nx = Math.max(corner.getMinX(), Math.min(box.getCenterX(), corner.getMaxX()));
        double ny = Math.max(corner.getMinY(), Math.min(box.getCenterY(), corner.getMaxY()));
        if (Math.hypot(nx - box.getCenterX(), ny - box.getCenterY()) < r + 12) {
            // No room in the corner: a strip along the bottom, the rings above it.
            lines = DiagramFrame.wrap(names, ", ", font, box.getWidth() - 14);
            h = 18 + 9.5 * lines.size();
            corner = new Rectangle2D.Double(box.getX() + 2, box.getMaxY() - h - 2, Math.min(box.getWidth() - 4,
                    widest(head, lines, font, bold) + 12), h);
            rings = new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight() - h - 6);
        }
        labels.reserve(corner);
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(corner);
        g.setColor(ExportPalette.GREY);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(corner);
        g.setColor(ExportPalette.TEXT);
        g.setFont(bold);
        g.drawString(head, (float) (corner.getX() + 5), (float) (corner.getY() + 11));
        g.setFont(font);
        double y = corner.getY() + 21;
        for (String line : lines) {
            g.drawString(line, (float) (corner.getX() + 5), (float) y);
            y += 9.5;
        }
        return rings;
    }

    private static double widest(String head, List<String> lines, Font font, Font bold) {
        double wide = ExportFonts.width(bold, head);
        for (String line : lines) {
            wide = Math.max(wide, ExportFonts.width(font, line));
        }
        return wide;
    }

    private List<Ray> roadRays() {
        return d.rays().stream().filter(r -> "road".equals(r.mode())).toList();
    }

    private double rayBearing(Town centre, Ray ray) {
        Coordinate[] c = ray.line().getCoordinates();
        return bearing(centre, c[Math.min(c.length - 1, Math.max(1, c.length / 3))]);
    }

    private void rays(Town centre, RingScale s, double cx, double cy) {
        for (Ray ray : roadRays()) {
            double a = rayBearing(centre, ray);
            g.setColor(ExportPalette.alpha(ExportPalette.RAY, 0.5));
            g.setStroke(new BasicStroke((float) (2 + ray.strength().total()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(cx, cy, cx + Math.sin(a) * s.rMax(), cy - Math.cos(a) * s.rMax()));
        }
    }

    /** Ray names beside their spokes, at the first free place from the middle of the spoke outwards. */
    private void rayLabels(Town centre, RingScale s, double cx, double cy, LabelPlacer labels) {
        Font font = ExportFonts.bold(8);
        double asc = ExportFonts.ascent(font);
        double h = asc + ExportFonts.descent(font);
        for (Ray ray : roadRays()) {
            double a = rayBearing(centre, ray);
            double w = ExportFonts.width(font, ray.name());
            search:
            for (double f : new double[] {0.55, 0.45, 0.65, 0.35, 0.75, 0.28, 0.85}) {
                double x = cx + Math.sin(a) * s.rLinear() * f;
                double y = cy - Math.cos(a) * s.rLinear() * f;
                for (double[] off : new double[][] {{5, -h / 2}, {-5 - w, -h / 2}, {-w / 2, 5}, {-w / 2, -5 - h}}) {
                    Rectangle2D box = new Rectangle2D.Double(x + off[0], y + off[1], w, h);
                    if (labels.isFree(box)) {
                        labels.reserve(box);
                        text(new LabelPlacer.Placement(box.getX(), box.getY() + asc, box, null), ray.name(), font,
                                ExportPalette.RAY.darker());
                        break search;
                    }
                }
            }
        }
    }

    private void dot(Town t, double[] p) {
        double s = p[2];
        g.setColor(ExportPalette.size(t, d.region().project().settings().sizeClasses()));
        g.fill(circle(p[0], p[1], s));
        g.setColor(ExportPalette.TEXT);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(circle(p[0], p[1], s));
    }

    private void text(LabelPlacer.Placement p, String text, Font font, Color colour) {
        if (p == null) {
            return;
        }
        if (p.leader() != null) {
            g.setColor(new Color(0x777777));
            g.setStroke(new BasicStroke(0.4f));
            g.draw(p.leader());
        }
        g.setColor(colour);
        g.setFont(font);
        g.drawString(text, (float) p.x(), (float) p.baseline());
    }

    private static double size(Town t) {
        return t.population() > 250_000 ? 5.5 : t.population() > 100_000 ? 4.5 : t.population() > 50_000 ? 3.6 : 2.8;
    }

    private static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** Bearing from the centre (radians clockwise from north), on the local plane. */
    static double bearing(Town c, Coordinate p) {
        double dx = (p.x - c.lon()) * Math.cos(Math.toRadians(c.lat()));
        double dy = p.y - c.lat();
        return Math.atan2(dx, dy);
    }

    private void star(double x, double y, double r) {
        Path2D p = new Path2D.Double();
        for (int k = 0; k < 10; k++) {
            double a = -Math.PI / 2 + k * Math.PI / 5;
            double rr = k % 2 == 0 ? r : r * 0.45;
            if (k == 0) {
                p.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
            } else {
                p.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
            }
        }
        p.closePath();
        g.setColor(new Color(0x6a1b9a));
        g.fill(p);
    }
}
