package org.beltmap.core.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The one cartographic renderer behind every export format (SVG, PDF, PNG) and the on-screen preview: it draws
 * the chosen layout on any Graphics2D whose user space is the page in points. The sheet is planned before it is
 * drawn: title, footer, legend and the small-towns table are measured, and a table too long for its panel goes on
 * into a second column (one-page formats, the map made narrower) or onto further pages (PDF). Nothing is drawn
 * over the attribution footer.
 */
public final class DiagramRenderer {

    private static final double GAP = 12;

    /** Rows [from, to) of the table in {@code cols} columns of {@code rowsPerCol} at (x, y), each colW wide. */
    private record Block(double x, double y, double colW, int cols, int rowsPerCol, int from, int to, String note) {
    }

    /** The planned sheet: the body, the side panel and where each page's part of the table goes. */
    private record Plan(Rectangle2D body, Rectangle2D legend, SmallTownsTable table, List<Block> pages) {
    }

    private DiagramRenderer() {
    }

    /** Pages the sheet takes in a paged format (PDF): more than one only when the table overflows the first. */
    public static int pages(DiagramData d, ExportOptions o) {
        return plan(new DiagramFrame(null, d, o), d, o, true).pages().size();
    }

    /** The whole sheet on one page (SVG, PNG, preview): an overflowing table goes on in a second column. */
    public static void draw(Graphics2D g, DiagramData d, ExportOptions o) {
        draw(g, d, o, 0, false);
    }

    /** Page {@code page} (from 0) of the paged sheet: page 0 as {@link #draw}, later ones the rest of the table. */
    public static void drawPage(Graphics2D g, DiagramData d, ExportOptions o, int page) {
        draw(g, d, o, page, true);
    }

    private static void draw(Graphics2D g, DiagramData d, ExportOptions o, int page, boolean paged) {
        double w = o.widthPt();
        double h = o.heightPt();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // Advances as measured for the plan, not rounded to device pixels.
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        DiagramFrame frame = new DiagramFrame(g, d, o);
        Plan plan = plan(frame, d, o, paged);
        if (page == 0) {
            frame.title(w);
            // Rings: the legend's usual corner; a map: the corner hiding the fewest towns.
            Rectangle2D inside = new Rectangle2D.Double(plan.body().getX() + 8, plan.body().getY() + 8, 200,
                    frame.legendHeight());
            Rectangle2D body = plan.body();
            if (o.layout() == ExportOptions.Layout.RINGS) {
                new RingsLayout(g, d).draw(body);
            } else {
                List<Rectangle2D> over = new ArrayList<>();
                MapLayout map = new MapLayout(g, d);
                if (plan.legend() == null) {
                    inside = map.legendSpot(body, 200, frame.legendHeight());
                    over.add(inside);
                }
                map.draw(body, over);
            }
            if (plan.legend() != null) {
                frame.legend(plan.legend().getX(), plan.legend().getY(), plan.legend().getWidth());
            } else {
                frame.legend(inside.getX(), inside.getY(), 200);
            }
        } else {
            g.setColor(ExportPalette.TEXT);
            g.setFont(ExportFonts.bold(14));
            g.drawString(frame.titleText() + " — с. " + (page + 1) + " / page " + (page + 1), (float) DiagramFrame.MARGIN,
                    (float) (DiagramFrame.MARGIN + 12));
        }
        if (page < plan.pages().size()) {
            table(g, plan.table(), plan.pages().get(page), page > 0);
        }
        frame.attribution(w, h);
    }

    private static void table(Graphics2D g, SmallTownsTable t, Block b, boolean continued) {
        if (t == null || b == null) {
            return;
        }
        String title = SmallTownsTable.TITLE + (continued ? " — продолжение / continued" : "");
        for (int c = 0; c < b.cols(); c++) {
            int from = b.from() + c * b.rowsPerCol();
            int to = Math.min(b.to(), from + b.rowsPerCol());
            if (from >= to && c > 0) {
                break;
            }
            boolean last = to >= b.to();
            t.draw(g, b.x() + c * (b.colW() + GAP), b.y(), b.colW(), from, to, c == 0 ? title : "",
                    last ? b.note() : null);
            if (last) {
                break;
            }
        }
    }

    private static Plan plan(DiagramFrame frame, DiagramData d, ExportOptions o, boolean paged) {
        double w = o.widthPt();
        double h = o.heightPt();
        double m = DiagramFrame.MARGIN;
        double top = m + frame.titleHeight(w);
        double bottom = h - m - frame.footerHeight(w);
        SmallTownsTable table = o.smallTownsTable() ? new SmallTownsTable(d) : null;
        table = table == null || table.size() == 0 ? null : table;
        boolean panel = table != null || o.layout() == ExportOptions.Layout.RINGS;
        double legendH = frame.legendHeight();
        if (!panel) {
            return new Plan(new Rectangle2D.Double(m, top, w - 2 * m, bottom - top), null, null, List.of());
        }
        if (h > w) {
            return portrait(frame, d, table, paged, w, top, bottom, legendH);
        }
        double side = Math.min(230, w * 0.3);
        Rectangle2D legend = new Rectangle2D.Double(w - m - side, top, side, legendH);
        if (table == null) {
            return new Plan(body(w, top, bottom, side), legend, null, List.of());
        }
        table = narrow(table, d, side);
        double tableY = top + legendH + 14;
        int fit = table.rowsFitting(bottom - tableY);
        int n = table.size();
        List<Block> pages = new ArrayList<>();
        if (n <= fit) {
            pages.add(new Block(w - m - side, tableY, side, 1, fit, 0, n, null));
            return new Plan(body(w, top, bottom, side), legend, table, pages);
        }
        if (paged) {
            int first = Math.max(0, fit - 1);
            pages.add(new Block(w - m - side, tableY, side, 1, first, 0, first, CONTINUED));
            continuation(pages, table, w, bottom, first, Math.max(table.naturalWidth(), side));
            return new Plan(body(w, top, bottom, side), legend, table, pages);
        }
        // One page: a second column beside the first, in smaller type if two columns still do not hold it.
        while (2 * table.rowsFitting(bottom - tableY) < n && table.fontSize() > 5) {
            table = table.smaller(d);
        }
        double colW = Math.max(table.naturalWidth(), side * 0.8);
        double wide = 2 * colW + GAP;
        pages.add(oneBlock(table, w - m - wide, tableY, colW, 2, table.rowsFitting(bottom - tableY)));
        return new Plan(body(w, top, bottom, wide), new Rectangle2D.Double(w - m - wide, top, side, legendH), table,
                pages);
    }

    /** Portrait: the body takes the full width; legend and table share a panel below it. */
    private static Plan portrait(DiagramFrame frame, DiagramData d, SmallTownsTable table, boolean paged, double w,
                                 double top, double bottom, double legendH) {
        double m = DiagramFrame.MARGIN;
        double legendW = Math.min(230, (w - 2 * m) * 0.45);
        if (table == null) {
            double y = bottom - legendH;
            return new Plan(new Rectangle2D.Double(m, top, w - 2 * m, y - GAP - top),
                    new Rectangle2D.Double(m, y, legendW, legendH), null, List.of());
        }
        double x = m + legendW + GAP;
        double room = w - m - x;
        table = narrow(table, d, room);
        double colW = Math.max(table.naturalWidth(), Math.min(230, room));
        int cols = Math.max(1, (int) ((room + GAP) / (colW + GAP)));
        int n = table.size();
        double maxPanel = (bottom - top) * 0.42;
        double need = table.headHeight() + Math.ceil((double) n / cols) * table.rowHeight() + 6;
        double panelH = Math.max(legendH, Math.min(maxPanel, need));
        if (!paged) {
            while (cols * table.rowsFitting(panelH) < n && table.fontSize() > 5) {
                table = table.smaller(d);
                need = table.headHeight() + Math.ceil((double) n / cols) * table.rowHeight() + 6;
                panelH = Math.max(legendH, Math.min(maxPanel, need));
            }
        }
        double y = bottom - panelH;
        int perCol = table.rowsFitting(panelH);
        List<Block> pages = new ArrayList<>();
        if (n <= cols * perCol) {
            pages.add(new Block(x, y, colW, cols, perCol, 0, n, null));
        } else if (paged) {
            int first = Math.max(0, cols * perCol - 1);
            pages.add(new Block(x, y, colW, cols, perCol, 0, first, CONTINUED));
            continuation(pages, table, w, bottom, first, colW);
        } else {
            pages.add(oneBlock(table, x, y, colW, cols, perCol));
        }
        return new Plan(new Rectangle2D.Double(m, top, w - 2 * m, y - GAP - top),
                new Rectangle2D.Double(m, y, legendW, legendH), table, pages);
    }

    private static final String CONTINUED = "→ продолжение на с. 2 / continued on page 2";

    /** The rest of the table from row {@code first}, in as many columns as a page holds, page after page. */
    private static void continuation(List<Block> pages, SmallTownsTable table, double w, double bottom, int first,
                                     double colW) {
        double m = DiagramFrame.MARGIN;
        int cols = Math.max(1, (int) ((w - 2 * m + GAP) / (colW + GAP)));
        double y = m + 24;
        int perCol = Math.max(1, table.rowsFitting(bottom - y));
        for (int from = first; from < table.size(); from += cols * perCol) {
            pages.add(new Block(m, y, colW, cols, perCol, from, Math.min(table.size(), from + cols * perCol), null));
        }
    }

    /** All rows in {@code cols} columns of {@code perCol}, or as many as fit with a line saying how many are left. */
    private static Block oneBlock(SmallTownsTable table, double x, double y, double colW, int cols, int perCol) {
        int n = table.size();
        if (n <= cols * perCol) {
            return new Block(x, y, colW, cols, perCol, 0, n, null);
        }
        int shown = Math.max(0, cols * perCol - 1);
        return new Block(x, y, colW, cols, perCol, 0, shown, "… и ещё " + (n - shown) + " / and " + (n - shown)
                + " more");
    }

    /** The table in type small enough for its columns to fit {@code width} (names are cut beyond 5 pt). */
    private static SmallTownsTable narrow(SmallTownsTable table, DiagramData d, double width) {
        while (table.naturalWidth() > width && table.fontSize() > 5) {
            table = table.smaller(d);
        }
        return table;
    }

    private static Rectangle2D body(double w, double top, double bottom, double side) {
        double m = DiagramFrame.MARGIN;
        return new Rectangle2D.Double(m, top, w - 2 * m - (side > 0 ? side + GAP : 0), bottom - top);
    }
}
