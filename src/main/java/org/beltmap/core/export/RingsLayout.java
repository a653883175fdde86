package org.beltmap.core.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.Ray;
import org.locationtech.jts.geom.Coordinate;

/**
 * The schematic belt diagram (as in the paper): the centre in the middle, rings at the belt thresholds, each town
 * at its bearing from the centre and at a radius proportional to its МТД, rays as spokes along their bearings.
 */
final class RingsLayout {

    private final Graphics2D g;
    private final DiagramData d;

    RingsLayout(Graphics2D g, DiagramData d) {
        this.g = g;
        this.d = d;
    }

    void draw(Rectangle2D box) {
        Town centre = d.region().centres().get(0);
        List<Double> th = d.belts().thresholds();
        double outer = Math.max(th.get(th.size() - 1) * 2, 1);
        double cx = box.getCenterX();
        double cy = box.getCenterY();
        double rMax = Math.min(box.getWidth(), box.getHeight()) / 2 - 18;
        // Belt fills, outer first.
        for (int b = th.size(); b >= 0; b--) {
            double r = b == th.size() ? rMax : rMax * th.get(b) / outer;
            g.setColor(ExportPalette.alpha(ExportPalette.belt(b + 1), 0.16));
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            g.setColor(ExportPalette.alpha(ExportPalette.belt(b + 1), 0.9));
            g.setStroke(new BasicStroke(b == th.size() ? 0.6f : 1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4,
                    b == th.size() ? new float[] {3, 3} : null, 0));
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            if (b < th.size()) {
                g.setFont(ExportFonts.regular(7.5f));
                g.setColor(ExportPalette.TEXT);
                g.drawString(DiagramFrame.fmt(th.get(b)) + " мин", (float) (cx + 3), (float) (cy - r - 2));
            }
        }
        // Ray labels first; town labels then avoid them.
        List<Rectangle2D> taken = new ArrayList<>();
        for (Ray ray : d.rays()) {
            if (!"road".equals(ray.mode())) {
                continue;
            }
            Coordinate[] c = ray.line().getCoordinates();
            double a = bearing(centre, c[Math.min(c.length - 1, Math.max(1, c.length / 3))]);
            g.setColor(ExportPalette.alpha(ExportPalette.RAY, 0.5));
            g.setStroke(new BasicStroke((float) (2 + ray.strength().total()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double ex = cx + Math.sin(a) * rMax;
            double ey = cy - Math.cos(a) * rMax;
            g.draw(new Line2D.Double(cx, cy, ex, ey));
            g.setFont(ExportFonts.bold(8));
            g.setColor(ExportPalette.RAY.darker());
            float lx = (float) (cx + Math.sin(a) * rMax * 0.55 + 4);
            float ly = (float) (cy - Math.cos(a) * rMax * 0.55);
            g.drawString(ray.name(), lx, ly);
            taken.add(new Rectangle2D.Double(lx, ly - 8, g.getFontMetrics().stringWidth(ray.name()), 9));
        }
        for (TownAccess t : d.belts().towns()) {
            drawTown(t, centre, cx, cy, rMax, outer, taken);
        }
        star(cx, cy, 8);
        DiagramFrame.northArrow(g, box.getMaxX() - 22, box.getY() + 10);
        g.setFont(ExportFonts.bold(9));
        g.setColor(ExportPalette.TEXT);
        g.drawString(centre.nameRu(), (float) (cx + 10), (float) (cy + 12));
    }

    private void drawTown(TownAccess a, Town centre, double cx, double cy, double rMax, double outer,
                          List<Rectangle2D> taken) {
        Town t = a.town();
        if (a.status() == TownAccess.Status.CENTRE || !a.reachable()) {
            return;
        }
        double ang = bearing(centre, new Coordinate(t.lon(), t.lat()));
        double r = rMax * Math.min(1, a.mtdMin() / outer);
        double x = cx + Math.sin(ang) * r;
        double y = cy - Math.cos(ang) * r;
        double s = t.population() > 250_000 ? 5.5 : t.population() > 100_000 ? 4.5 : t.population() > 50_000 ? 3.6 : 2.8;
        // Rings already show the belt: towns are coloured by size class.
        g.setColor(ExportPalette.size(t, d.region().project().settings().sizeClasses()));
        g.fill(new Ellipse2D.Double(x - s, y - s, 2 * s, 2 * s));
        g.setColor(ExportPalette.TEXT);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Ellipse2D.Double(x - s, y - s, 2 * s, 2 * s));
        g.setFont(ExportFonts.regular(7.5f));
        String label = t.nameRu() + " " + DiagramFrame.fmt(a.mtdMin());
        double w = g.getFontMetrics().stringWidth(label);
        for (double[] off : new double[][] {{s + 2, 3}, {-s - 2 - w, 3}, {-w / 2, -s - 3}, {-w / 2, s + 9}}) {
            Rectangle2D box = new Rectangle2D.Double(x + off[0], y + off[1] - 7, w, 8);
            if (taken.stream().noneMatch(box::intersects)) {
                taken.add(box);
                g.drawString(label, (float) (x + off[0]), (float) (y + off[1]));
                return;
            }
        }
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
