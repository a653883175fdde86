package org.beltmap.core.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beltmap.core.model.LayerKind;

/**
 * The parts every export shares: title and subtitle, the legend and the attribution footer. Text is drawn as
 * text (selectable in PDF, editable in SVG); heights are measured before drawing so the sheet can be planned.
 */
final class DiagramFrame {

    static final double MARGIN = 28;
    private static final double SUB_LINE = 12;
    private static final double FOOT_LINE = 7.5;
    private static final double LEGEND_ROW = 13;

    /** One legend row: symbol kind (dot, box, line, dashed, band), colour and text. */
    private record Item(String kind, Color colour, String text) {
    }

    private final Graphics2D g;
    private final DiagramData d;
    private final ExportOptions o;

    DiagramFrame(Graphics2D g, DiagramData d, ExportOptions o) {
        this.g = g;
        this.d = d;
        this.o = o;
    }

    String titleText() {
        return o.title() != null ? o.title() : (o.layout() == ExportOptions.Layout.RINGS
                ? "Пояса расселения — схема / Settlement belts — schematic" : "Пояса расселения / Settlement belts");
    }

    /** "Region · network: roads and railways · scenario «…» · belts at 45 and 90 min · date", split into lines. */
    List<String> subtitle(double width) {
        String region = d.region().project().region().ru() + " / " + d.region().project().region().en();
        List<String> parts = new ArrayList<>(List.of(region, "network: " + d.network()));
        if (d.scenario() != null) {
            parts.add("scenario «" + d.scenario() + "»");
        }
        parts.add("belts at " + SheetText.minutes(d.belts().thresholds()) + " min");
        parts.add(LocalDate.now().toString());
        return wrap(parts, " · ", ExportFonts.regular(10), width);
    }

    /** Height of the title block. */
    double titleHeight(double w) {
        return 34 + SUB_LINE * (subtitle(w - 2 * MARGIN).size() - 1) + 10;
    }

    /** Draws the title block; returns its height. */
    double title(double w) {
        g.setColor(ExportPalette.TEXT);
        int size = 18;
        while (size > 10 && ExportFonts.width(ExportFonts.bold(size), titleText()) > w - 2 * MARGIN) {
            size--;
        }
        g.setFont(ExportFonts.bold(size));
        g.drawString(titleText(), (float) MARGIN, (float) (MARGIN + 16));
        g.setFont(ExportFonts.regular(10));
        double y = MARGIN + 32;
        for (String line : subtitle(w - 2 * MARGIN)) {
            g.drawString(line, (float) MARGIN, (float) y);
            y += SUB_LINE;
        }
        return titleHeight(w);
    }

    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        List<Double> th = d.belts().thresholds();
        boolean rings = o.layout() == ExportOptions.Layout.RINGS;
        if (rings) {
            var scheme = d.region().project().settings().sizeClasses();
            for (var c : scheme.classes()) {
                items.add(new Item("dot", ExportPalette.SIZE[Math.min(ExportPalette.SIZE.length - 1, scheme.rank(c))],
                        SheetText.sizeClass(c, scheme)));
            }
        }
        for (int b = 1; b <= th.size() + 1; b++) {
            String range = b == 1 ? "≤ " + fmt(th.get(0)) : b == th.size() + 1 ? "> " + fmt(th.get(th.size() - 1))
                    : fmt(th.get(b - 2)) + "–" + fmt(th.get(b - 1));
            items.add(new Item(rings ? "box" : "dot", rings ? ExportPalette.alpha(ExportPalette.belt(b), 0.3)
                    : ExportPalette.belt(b), "пояс / belt " + b + " (" + range + " min)"));
        }
        if (!rings && d.belts().towns().stream().anyMatch(a -> !a.reachable())) {
            items.add(new Item("dot", ExportPalette.GREY, "недостижим / unreachable"));
        }
        for (int k = 0; !rings && k < d.isochrones().size(); k++) {
            items.add(new Item("box", ExportPalette.alpha(ExportPalette.band(k), 0.5),
                "изохрона / isochrone ≤ " + fmt(d.isochrones().get(k).minutes()) + " min"));
        }
        if (d.rays().stream().anyMatch(r -> "road".equals(r.mode()))) {
            items.add(new Item("line", ExportPalette.RAY, "транспортный луч / transport ray"));
        }
        if (rings) {
            items.add(new Item("ring", ExportPalette.GREY, "кольцо = порог пояса / ring = belt threshold"));
            RingScale scale = RingScale.of(d, 1);
            if (scale.compressed()) {
                items.add(new Item("band", ExportPalette.GREY, "> " + fmt(scale.linearLimit())
                        + " min: сжатая шкала / compressed scale"));
            }
        }
        if (!d.bundles().isEmpty() && !rings) {
            items.add(new Item("box", ExportPalette.alpha(ExportPalette.bundle(3), 0.5), "жгут / bundle"));
        }
        if (!rings) {
            basemap(items, LayerKind.ROADS, ExportPalette.ROAD, "line", "дороги / roads");
            basemap(items, LayerKind.RAILWAYS, ExportPalette.RAIL, "dashed", "железные дороги / railways");
            basemap(items, LayerKind.RIVERS, ExportPalette.RIVER, "thin", "реки / rivers");
            basemap(items, LayerKind.BOUNDARY, ExportPalette.BOUNDARY, "dashed", "граница / boundary");
        }
        return items;
    }

    private void basemap(List<Item> items, LayerKind kind, Color c, String symbol, String text) {
        if (!d.region().layersOfKind(kind).isEmpty()) {
            items.add(new Item(symbol, c, text));
        }
    }

    double legendHeight() {
        return 18 + LEGEND_ROW * items().size();
    }

    /** Legend box at (x, y); returns its height. */
    double legend(double x, double y, double width) {
        List<Item> items = items();
        double h = legendHeight();
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new Rectangle2D.Double(x, y, width, h));
        g.setColor(ExportPalette.GREY);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Rectangle2D.Double(x, y, width, h));
        g.setFont(ExportFonts.bold(9));
        g.setColor(ExportPalette.TEXT);
        g.drawString("Условные обозначения / Legend", (float) (x + 6), (float) (y + 12));
        Font font = ExportFonts.regular(8);
        double yy = y + 26;
        for (Item it : items) {
            symbol(it, x, yy);
            g.setColor(ExportPalette.TEXT);
            g.setFont(font);
            g.drawString(fit(font, it.text(), width - 30), (float) (x + 24), (float) yy);
            yy += LEGEND_ROW;
        }
        return h;
    }

    private void symbol(Item it, double x, double yy) {
        g.setColor(it.colour());
        switch (it.kind()) {
            case "dot" -> {
                g.fill(new Ellipse2D.Double(x + 8, yy - 7, 8, 8));
                g.setColor(ExportPalette.TEXT);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(new Ellipse2D.Double(x + 8, yy - 7, 8, 8));
            }
            case "box" -> g.fill(new Rectangle2D.Double(x + 6, yy - 8, 12, 9));
            case "band" -> {
                g.setColor(ExportPalette.alpha(ExportPalette.GREY, 0.25));
                g.fill(new Rectangle2D.Double(x + 6, yy - 8, 12, 9));
                g.setColor(ExportPalette.TEXT);
                g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4, new float[] {2, 1.5f}, 0));
                g.draw(new Rectangle2D.Double(x + 6, yy - 8, 12, 9));
            }
            case "ring" -> {
                g.setStroke(new BasicStroke(1.2f));
                g.draw(new Line2D.Double(x + 5, yy - 3.5, x + 19, yy - 3.5));
            }
            case "dashed" -> {
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4, new float[] {3, 2}, 0));
                g.draw(new Line2D.Double(x + 5, yy - 3.5, x + 19, yy - 3.5));
            }
            case "thin" -> {
                g.setStroke(new BasicStroke(1f));
                g.draw(new Line2D.Double(x + 5, yy - 3.5, x + 19, yy - 3.5));
            }
            default -> {
                g.setStroke(new BasicStroke(3f));
                g.draw(new Line2D.Double(x + 5, yy - 3.5, x + 19, yy - 3.5));
            }
        }
    }

    private List<String> footer(double w) {
        String text = "Data: " + (d.attribution() == null || d.attribution().isBlank() ? "see project SOURCES"
                : d.attribution()) + " Made with BeltMap.";
        return wrap(List.of(text.split(" ")), " ", ExportFonts.regular(6), w - 2 * MARGIN);
    }

    /** Height of the attribution footer, from its first line's top to the bottom margin. */
    double footerHeight(double w) {
        return FOOT_LINE * footer(w).size() + 4;
    }

    /** The attribution, its last line on the bottom margin. */
    void attribution(double w, double h) {
        g.setFont(ExportFonts.regular(6));
        g.setColor(new Color(0x555555));
        List<String> lines = footer(w);
        double y = h - MARGIN + 6 - FOOT_LINE * (lines.size() - 1);
        for (String line : lines) {
            g.drawString(line, (float) MARGIN, (float) y);
            y += FOOT_LINE;
        }
    }

    /** Words (or parts) joined by {@code sep} into lines no wider than maxW. */
    static List<String> wrap(List<String> parts, String sep, Font f, double maxW) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String p : parts) {
            String next = line.isEmpty() ? p : line + sep + p;
            if (!line.isEmpty() && ExportFonts.width(f, next) > maxW) {
                lines.add(line + (sep.isBlank() ? "" : sep.stripTrailing()));
                line = p;
            } else {
                line = next;
            }
        }
        lines.add(line);
        return lines;
    }

    private static String fit(Font f, String s, double room) {
        String t = s;
        while (t.length() > 1 && ExportFonts.width(f, t) > room) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        return t;
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
