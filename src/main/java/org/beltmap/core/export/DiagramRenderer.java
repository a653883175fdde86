package org.beltmap.core.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * The one cartographic renderer behind every export format (SVG, PDF, PNG) and the on-screen preview: it draws
 * the chosen layout on any Graphics2D whose user space is the page in points.
 */
public final class DiagramRenderer {

    private DiagramRenderer() {
    }

    public static void draw(Graphics2D g, DiagramData d, ExportOptions o) {
        double w = o.widthPt();
        double h = o.heightPt();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        DiagramFrame frame = new DiagramFrame(g, d, o);
        double top = DiagramFrame.MARGIN + frame.title(w) + 6;
        double side = o.smallTownsTable() ? Math.min(230, w * 0.3) : 0;
        double bottom = h - DiagramFrame.MARGIN - 18;
        Rectangle2D body = new Rectangle2D.Double(DiagramFrame.MARGIN, top,
                w - 2 * DiagramFrame.MARGIN - (side > 0 ? side + 12 : 0), bottom - top);
        if (o.layout() == ExportOptions.Layout.RINGS) {
            new RingsLayout(g, d).draw(body);
        } else {
            new MapLayout(g, d).draw(body);
        }
        double legendH;
        if (side > 0) {
            double x = body.getMaxX() + 12;
            legendH = frame.legend(x, top, side);
            frame.smallTowns(x, top + legendH + 14, side);
        } else {
            frame.legend(body.getX() + 8, body.getY() + 8, 200);
        }
        frame.attribution(w, h);
    }
}
