package org.beltmap.core.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Town;
import org.beltmap.core.scoring.TownScore;

/**
 * The parts every export shares: title and subtitle, the legend, the attribution line and the optional table of
 * small towns. Text is drawn as text (selectable in PDF, editable in SVG).
 */
final class DiagramFrame {

    static final double MARGIN = 28;
    private final Graphics2D g;
    private final DiagramData d;
    private final ExportOptions o;

    DiagramFrame(Graphics2D g, DiagramData d, ExportOptions o) {
        this.g = g;
        this.d = d;
        this.o = o;
    }

    /** Draws the title block; returns its height. */
    double title(double w) {
        String region = d.region().project().region().ru() + " / " + d.region().project().region().en();
        String title = o.title() != null ? o.title() : (o.layout() == ExportOptions.Layout.RINGS
                ? "Пояса расселения — схема / Settlement belts — schematic" : "Пояса расселения / Settlement belts");
        g.setColor(ExportPalette.TEXT);
        g.setFont(ExportFonts.bold(18));
        g.drawString(title, (float) MARGIN, (float) (MARGIN + 16));
        g.setFont(ExportFonts.regular(10));
        String th = String.join("/", d.belts().thresholds().stream().map(x -> String.format(Locale.ROOT, "%.0f", x))
                .toList());
        String sub = region + " · network: " + d.network() + (d.scenario() == null ? "" : " · scenario " + d.scenario())
                + " · belts at " + th + " min · " + LocalDate.now();
        g.drawString(sub, (float) MARGIN, (float) (MARGIN + 32));
        return 44;
    }

    /** Legend box at (x, y); returns its height. */
    double legend(double x, double y, double width) {
        List<Object[]> items = new ArrayList<>();
        List<Double> th = d.belts().thresholds();
        if (o.layout() == ExportOptions.Layout.RINGS) {
            var scheme = d.region().project().settings().sizeClasses();
            for (var c : scheme.classes()) {
                items.add(new Object[] {"dot", ExportPalette.SIZE[Math.min(4, scheme.rank(c))],
                    c.id() + " (≥ " + String.format(Locale.ROOT, "%,d", c.minPopulation()) + ")"});
            }
        }
        for (int b = 1; b <= th.size() + 1; b++) {
            String range = b == 1 ? "≤ " + fmt(th.get(0)) : b == th.size() + 1 ? "> " + fmt(th.get(th.size() - 1))
                    : fmt(th.get(b - 2)) + "–" + fmt(th.get(b - 1));
            items.add(new Object[] {o.layout() == ExportOptions.Layout.RINGS ? "box" : "dot",
                o.layout() == ExportOptions.Layout.RINGS ? ExportPalette.alpha(ExportPalette.belt(b), 0.3)
                    : ExportPalette.belt(b), "пояс / belt " + b + " (" + range + " min)"});
        }
        for (int k = 0; o.layout() == ExportOptions.Layout.MAP && k < d.isochrones().size(); k++) {
            items.add(new Object[] {"box", ExportPalette.alpha(ExportPalette.band(k), 0.5),
                "изохрона / isochrone ≤ " + fmt(d.isochrones().get(k).minutes()) + " min"});
        }
        if (!d.rays().isEmpty()) {
            items.add(new Object[] {"line", ExportPalette.RAY, "транспортный луч / transport ray"});
        }
        if (o.layout() == ExportOptions.Layout.RINGS) {
            items.add(new Object[] {"line", ExportPalette.GREY, "кольцо = порог пояса (радиус ~ МТД)"});
        }
        if (!d.bundles().isEmpty() && o.layout() == ExportOptions.Layout.MAP) {
            items.add(new Object[] {"box", ExportPalette.alpha(ExportPalette.bundle(3), 0.5), "жгут / bundle"});
        }
        double h = 16 + 14 * items.size();
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new Rectangle2D.Double(x, y, width, h));
        g.setColor(ExportPalette.GREY);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Rectangle2D.Double(x, y, width, h));
        g.setFont(ExportFonts.bold(8.5f));
        g.setColor(ExportPalette.TEXT);
        g.drawString("Условные обозначения / Legend", (float) (x + 6), (float) (y + 11));
        g.setFont(ExportFonts.regular(8));
        double yy = y + 24;
        for (Object[] it : items) {
            Color c = (Color) it[1];
            g.setColor(c);
            switch ((String) it[0]) {
                case "dot" -> g.fill(new Ellipse2D.Double(x + 8, yy - 7, 8, 8));
                case "box" -> g.fill(new Rectangle2D.Double(x + 6, yy - 8, 12, 9));
                default -> {
                    g.setStroke(new BasicStroke(3f));
                    g.draw(new Line2D.Double(x + 5, yy - 3.5, x + 19, yy - 3.5));
                }
            }
            g.setColor(ExportPalette.TEXT);
            g.drawString((String) it[2], (float) (x + 24), (float) yy);
            yy += 14;
        }
        return h;
    }

    void attribution(double w, double h) {
        g.setFont(ExportFonts.regular(6.5f));
        g.setColor(new Color(0x555555));
        String text = "Data: " + (d.attribution() == null || d.attribution().isBlank() ? "see project SOURCES"
                : d.attribution()) + " Made with BeltMap.";
        // Leave slack: an SVG viewer may substitute a slightly wider font than the one measured here.
        double maxW = (w - 2 * MARGIN) * 0.92;
        List<String> lines = wrap(text, maxW);
        double y = h - MARGIN + 10 - 8 * (lines.size() - 1);
        for (String line : lines) {
            g.drawString(line, (float) MARGIN, (float) y);
            y += 8;
        }
    }

    /** Table of the small towns: belt, МТД (computed and published) and score, ranked by score when present. */
    double smallTowns(double x, double y, double width) {
        List<TownAccess> small = d.belts().towns().stream()
                .filter(a -> a.town().sizeClass() != null && a.town().sizeClass().id().equals("small")).toList();
        if (small.isEmpty()) {
            return 0;
        }
        g.setFont(ExportFonts.bold(8.5f));
        g.setColor(ExportPalette.TEXT);
        g.drawString("Малые города / Small towns (МТД, мин)", (float) x, (float) (y + 9));
        g.setFont(ExportFonts.regular(7.5f));
        double[] cols = {0, 0.5, 0.62, 0.74, 0.9};
        String[] head = {"город", "пояс", "МТД", "опубл.", "балл"};
        double yy = y + 22;
        for (int i = 0; i < head.length; i++) {
            g.drawString(head[i], (float) (x + cols[i] * width), (float) yy);
        }
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Line2D.Double(x, yy + 3, x + width, yy + 3));
        for (TownAccess a : small) {
            yy += 11;
            Town t = a.town();
            TownScore s = d.scores().stream().filter(x2 -> x2.town().id().equals(t.id())).findFirst().orElse(null);
            String[] cells = {t.nameRu(), a.reachable() ? String.valueOf(a.belt()) : "—",
                a.reachable() ? fmt(a.mtdMin()) : "—", a.publishedMtd() == null ? "" : fmt(a.publishedMtd()),
                s == null ? "" : fmt(s.score())};
            for (int i = 0; i < cells.length; i++) {
                g.drawString(cells[i], (float) (x + cols[i] * width), (float) yy);
            }
        }
        return yy - y + 6;
    }

    private List<String> wrap(String text, double maxW) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (g.getFontMetrics().stringWidth(next) > maxW && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** North arrow with its tip at (x, y); both layouts have north up. */
    static void northArrow(Graphics2D g, double x, double y) {
        java.awt.geom.Path2D p = new java.awt.geom.Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x - 6, y + 18);
        p.lineTo(x, y + 14);
        p.lineTo(x + 6, y + 18);
        p.closePath();
        g.setColor(ExportPalette.TEXT);
        g.fill(p);
        g.setFont(ExportFonts.bold(9));
        g.drawString("N", (float) (x - 3.5), (float) (y + 30));
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
