package org.beltmap.core.export;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.scoring.TownScore;

/**
 * The table of small towns (the scheme's lowest size class): belt, МТД computed and published, score; ranked by
 * score when scores exist. Columns are measured, numbers right-aligned; the sheet decides how many rows go in
 * which column or on which page.
 */
final class SmallTownsTable {

    static final String TITLE = "Малые города / Small towns (МТД, мин)";
    private static final String[] HEAD = {"город", "пояс", "МТД", "опубл.", "балл"};
    private static final double GAP = 6;

    private final List<String[]> rows = new ArrayList<>();
    private final int fontSize;

    SmallTownsTable(DiagramData d) {
        this(d, 7);
    }

    private SmallTownsTable(DiagramData d, int fontSize) {
        this.fontSize = fontSize;
        var classes = d.region().project().settings().sizeClasses().classes();
        SizeClass small = classes.get(classes.size() - 1);
        Map<String, TownScore> scores = new HashMap<>();
        d.scores().forEach(s -> scores.put(s.town().id(), s));
        List<TownAccess> list = new ArrayList<>(d.belts().towns().stream()
                .filter(a -> small.equals(a.town().sizeClass())).toList());
        if (!scores.isEmpty()) {
            list.sort(Comparator.comparingDouble((TownAccess a) -> scores.containsKey(a.town().id())
                    ? -scores.get(a.town().id()).score() : Double.MAX_VALUE));
        }
        for (TownAccess a : list) {
            TownScore s = scores.get(a.town().id());
            rows.add(new String[] {d.label(a.town()), a.reachable() ? String.valueOf(a.belt()) : "—",
                a.reachable() ? DiagramFrame.fmt(a.mtdMin()) : "—",
                a.publishedMtd() == null ? "" : DiagramFrame.fmt(a.publishedMtd()),
                s == null ? "" : DiagramFrame.fmt(s.score())});
        }
    }

    /** The same rows in a smaller type (6 or 5 pt), for a sheet that must hold them all on one page. */
    SmallTownsTable smaller(DiagramData d) {
        return new SmallTownsTable(d, Math.max(5, fontSize - 1));
    }

    int size() {
        return rows.size();
    }

    int fontSize() {
        return fontSize;
    }

    double rowHeight() {
        return fontSize * 1.45;
    }

    /** Title and column header above the first row. */
    double headHeight() {
        return 24;
    }

    /** Rows that fit in a column of this height (title and header included). */
    int rowsFitting(double height) {
        return Math.max(0, (int) Math.floor((height - headHeight()) / rowHeight()));
    }

    /** Width the columns need at this type size. */
    double naturalWidth() {
        double[] w = widths();
        double sum = 0;
        for (double x : w) {
            sum += x + GAP;
        }
        return sum - GAP;
    }

    private double[] widths() {
        Font f = ExportFonts.regular(fontSize);
        double[] w = new double[HEAD.length];
        for (int i = 0; i < HEAD.length; i++) {
            w[i] = ExportFonts.width(f, HEAD[i]);
            for (String[] r : rows) {
                w[i] = Math.max(w[i], ExportFonts.width(f, r[i]));
            }
        }
        return w;
    }

    /** Draws rows [from, to) at (x, y) in a column of the width given; {@code note} (if any) goes under them. */
    double draw(Graphics2D g, double x, double y, double width, int from, int to, String title, String note) {
        double[] w = widths();
        double numbers = 0;
        for (int i = 1; i < w.length; i++) {
            numbers += w[i] + GAP;
        }
        // Right edges of the number columns; the name column takes what is left.
        double[] right = new double[w.length];
        double edge = x + width;
        for (int i = w.length - 1; i >= 1; i--) {
            right[i] = edge;
            edge -= w[i] + GAP;
        }
        g.setColor(ExportPalette.TEXT);
        g.setFont(ExportFonts.bold(Math.min(9, fontSize + 2)));
        g.drawString(title, (float) x, (float) (y + 9));
        Font font = ExportFonts.regular(fontSize);
        g.setFont(font);
        double yy = y + 21;
        for (int i = 0; i < HEAD.length; i++) {
            cell(g, font, HEAD[i], i == 0 ? x : right[i] - ExportFonts.width(font, HEAD[i]), yy);
        }
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Line2D.Double(x, yy + 3, x + width, yy + 3));
        double nameRoom = width - numbers;
        for (int r = from; r < to; r++) {
            yy += rowHeight();
            String[] cells = rows.get(r);
            cell(g, font, fit(font, cells[0], nameRoom), x, yy);
            for (int i = 1; i < cells.length; i++) {
                cell(g, font, cells[i], right[i] - ExportFonts.width(font, cells[i]), yy);
            }
        }
        if (note != null) {
            yy += rowHeight() + 2;
            g.setFont(font);
            g.drawString(note, (float) x, (float) yy);
        }
        return yy - y + 6;
    }

    private static void cell(Graphics2D g, Font f, String text, double x, double y) {
        if (!text.isEmpty()) {
            g.drawString(text, (float) x, (float) y);
        }
    }

    /** A name cut with "…" only when the column is narrower than the table needs. */
    private static String fit(Font f, String s, double room) {
        if (ExportFonts.width(f, s) <= room) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && ExportFonts.width(f, t + "…") > room) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
