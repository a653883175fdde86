package org.beltmap.core.export;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement on one collision list for every label, symbol and box of a sheet: each label takes the
 * first free candidate round its symbol (right, left, above, below, the diagonals), then, when those are taken,
 * a position further out joined by a leader line. What is reserved first (the centre's label) is never covered.
 */
final class LabelPlacer {

    /** Where a label went: its baseline origin, its box and, for a leader line, the line from the symbol. */
    record Placement(double x, double baseline, Rectangle2D box, Line2D leader) {
    }

    /** Leader distances beyond the symbol, in points, tried in turn once the near positions are taken. */
    private static final double[] FAR = {9, 16, 24, 34, 46, 60, 78};

    private final Rectangle2D bounds;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Line2D> leaders = new ArrayList<>();

    LabelPlacer(Rectangle2D bounds) {
        this.bounds = bounds;
    }

    void reserve(Rectangle2D r) {
        taken.add(r);
    }

    void reserveDot(double x, double y, double r) {
        taken.add(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    boolean isFree(Rectangle2D box) {
        return isFree(box, null);
    }

    /** Inside the bounds and clear of everything reserved except {@code own} (the label's own symbol). */
    private boolean isFree(Rectangle2D box, Rectangle2D own) {
        return bounds.contains(box) && taken.stream().noneMatch(t -> !t.equals(own) && t.intersects(box))
                && leaders.stream().noneMatch(l -> l.intersects(box));
    }

    /**
     * Places a w × (ascent + descent) label by a symbol of radius s at (x, y), reserving it; null when no
     * candidate is free (the caller leaves the label out rather than overlap another).
     *
     * @param outward preferred direction for leader-line positions (radians, screen y down), NaN for none
     * @param leader whether positions away from the symbol, with a leader line, may be used
     */
    Placement place(double x, double y, double s, double w, double ascent, double descent, double outward,
                    boolean leader) {
        double h = ascent + descent;
        double g = 1.5;
        Rectangle2D own = new Rectangle2D.Double(x - s, y - s, 2 * s, 2 * s);
        double[][] near = {{s + g, -h / 2}, {-s - g - w, -h / 2}, {-w / 2, -s - g - h}, {-w / 2, s + g},
            {s * 0.7 + g, -s * 0.7 - h}, {s * 0.7 + g, s * 0.7}, {-s * 0.7 - g - w, -s * 0.7 - h},
            {-s * 0.7 - g - w, s * 0.7}};
        for (double[] off : near) {
            Rectangle2D box = new Rectangle2D.Double(x + off[0], y + off[1], w, h);
            if (isFree(box, own)) {
                return take(box, ascent, null);
            }
        }
        if (!leader) {
            return null;
        }
        double base = Double.isNaN(outward) ? 0 : outward;
        for (double d : FAR) {
            for (int k = 0; k < 16; k++) {
                // Alternate either side of the preferred direction: 0, +1, −1, +2, −2 … steps of 22.5°.
                int step = (k + 1) / 2 * (k % 2 == 0 ? -1 : 1);
                double a = base + step * Math.PI / 8;
                Rectangle2D box = boxAt(x + Math.cos(a) * (s + d), y + Math.sin(a) * (s + d), a, w, h);
                if (!isFree(box, own)) {
                    continue;
                }
                Point2D end = nearest(box, x, y);
                double len = end.distance(x, y);
                Line2D line = new Line2D.Double(x + (end.getX() - x) * s / len, y + (end.getY() - y) * s / len,
                        end.getX(), end.getY());
                if (crossesOthers(line, own)) {
                    continue;
                }
                return take(box, ascent, line);
            }
        }
        return null;
    }

    private Placement take(Rectangle2D box, double ascent, Line2D leader) {
        taken.add(box);
        if (leader != null) {
            leaders.add(leader);
        }
        return new Placement(box.getX(), box.getY() + ascent, box, leader);
    }

    /** The label box whose side faces the point p reached in direction a. */
    private static Rectangle2D boxAt(double px, double py, double a, double w, double h) {
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double left = cos > 0.38 ? px : cos < -0.38 ? px - w : px - w / 2;
        double top = sin > 0.38 ? py : sin < -0.38 ? py - h : py - h / 2;
        return new Rectangle2D.Double(left, top, w, h);
    }

    private static Point2D nearest(Rectangle2D r, double x, double y) {
        return new Point2D.Double(Math.max(r.getMinX(), Math.min(x, r.getMaxX())),
                Math.max(r.getMinY(), Math.min(y, r.getMaxY())));
    }

    /** A leader may not cross another label or symbol (its own ends touch only its own symbol and box). */
    private boolean crossesOthers(Line2D line, Rectangle2D own) {
        Line2D inner = shrink(line);
        return taken.stream().anyMatch(t -> !t.equals(own) && inner.intersects(t))
                || leaders.stream().anyMatch(inner::intersectsLine);
    }

    private static Line2D shrink(Line2D l) {
        double dx = l.getX2() - l.getX1();
        double dy = l.getY2() - l.getY1();
        return new Line2D.Double(l.getX1() + dx * 0.04, l.getY1() + dy * 0.04, l.getX2() - dx * 0.04,
                l.getY2() - dy * 0.04);
    }
}
