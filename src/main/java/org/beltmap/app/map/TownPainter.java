package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Town;

/**
 * Town symbols and labels. Labels are placed greedily by priority (selected, centres, then population), trying
 * four positions around the symbol and dropping those that would overlap: collision-free at every zoom.
 */
public final class TownPainter implements Painter {

    private final List<Town> towns;
    private final double[] wx;
    private final double[] wy;
    private final Function<Town, Color> fill;
    private final Function<Town, Double> radius;
    private final Supplier<Town> selected;
    private final Set<String> centreIds;
    private final Supplier<Locale> locale;
    private final BooleanSupplier visible;
    private final double labelMinZoom;
    private final Font font = Font.font("System", FontWeight.NORMAL, 12);
    private final Font bold = Font.font("System", FontWeight.BOLD, 13);

    public TownPainter(List<Town> towns, Function<Town, Color> fill, Function<Town, Double> radius,
                       Supplier<Town> selected, Set<String> centreIds, Supplier<Locale> locale,
                       BooleanSupplier visible, double labelMinZoom) {
        List<Town> sorted = new ArrayList<>(towns);
        sorted.sort(Comparator.comparingLong(Town::population).reversed());
        this.towns = sorted;
        this.wx = new double[sorted.size()];
        this.wy = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            wx[i] = WebMercator.x(sorted.get(i).lon());
            wy[i] = WebMercator.y(sorted.get(i).lat());
        }
        this.fill = fill;
        this.radius = radius;
        this.selected = selected;
        this.centreIds = centreIds;
        this.locale = locale;
        this.visible = visible;
        this.labelMinZoom = labelMinZoom;
    }

    @Override
    public boolean isVisible() {
        return visible.getAsBoolean();
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        Town sel = selected.get();
        List<Rectangle2D> taken = new ArrayList<>();
        // Symbols, smallest on top so they are never hidden under a big city's disc.
        for (int i = towns.size() - 1; i >= 0; i--) {
            double x = t.sx(wx[i]);
            double y = t.sy(wy[i]);
            if (x < -20 || y < -20 || x > t.width() + 20 || y > t.height() + 20) {
                continue;
            }
            Town town = towns.get(i);
            double r = radius.apply(town);
            g.setFill(fill.apply(town));
            g.setStroke(SizeClassPalette.OUTLINE);
            g.setLineWidth(1.0);
            if (centreIds.contains(town.id())) {
                drawCentre(g, x, y, r + 2);
            } else {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            taken.add(new Rectangle2D(x - r, y - r, 2 * r, 2 * r));
            if (town.equals(sel)) {
                g.setStroke(Color.web("#00a6ff"));
                g.setLineWidth(3);
                g.strokeOval(x - r - 5, y - r - 5, 2 * r + 10, 2 * r + 10);
            }
        }
        if (t.zoom() >= labelMinZoom || sel != null) {
            labels(g, t, sel, taken);
        }
    }

    private static void drawCentre(GraphicsContext g, double x, double y, double r) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int k = 0; k < 10; k++) {
            double a = -Math.PI / 2 + k * Math.PI / 5;
            double rr = k % 2 == 0 ? r * 1.3 : r * 0.55;
            xs[k] = x + rr * Math.cos(a);
            ys[k] = y + rr * Math.sin(a);
        }
        g.fillPolygon(xs, ys, 10);
        g.strokePolygon(xs, ys, 10);
    }

    private void labels(GraphicsContext g, ScreenTransform t, Town sel, List<Rectangle2D> taken) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> priority(towns.get(i), sel)));
        boolean showAll = t.zoom() >= labelMinZoom;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i : order) {
            Town town = towns.get(i);
            if (!showAll && !town.equals(sel)) {
                continue;
            }
            double x = t.sx(wx[i]);
            double y = t.sy(wy[i]);
            if (x < -100 || y < -20 || x > t.width() + 20 || y > t.height() + 20) {
                continue;
            }
            Font f = town.equals(sel) || centreIds.contains(town.id()) ? bold : font;
            String label = town.name(locale.get());
            double w = textWidth(label, f);
            double h = f.getSize() + 2;
            double r = radius.apply(town) + 3;
            double[][] candidates = {{x + r, y - h / 2}, {x - r - w, y - h / 2}, {x - w / 2, y - r - h}, {x - w / 2, y + r}};
            for (double[] c : candidates) {
                Rectangle2D box = new Rectangle2D(c[0], c[1], w, h);
                if (town.equals(sel) || taken.stream().noneMatch(box::intersects)) {
                    taken.add(box);
                    drawHaloText(g, label, f, c[0], c[1] + h / 2);
                    break;
                }
            }
        }
    }

    private int priority(Town town, Town sel) {
        if (town.equals(sel)) {
            return 0;
        }
        return centreIds.contains(town.id()) ? 1 : 2;
    }

    private static void drawHaloText(GraphicsContext g, String s, Font f, double x, double y) {
        g.setFont(f);
        g.setStroke(Color.rgb(255, 255, 255, 0.85));
        g.setLineWidth(3);
        g.strokeText(s, x, y);
        g.setFill(Color.web("#1f1f1f"));
        g.fillText(s, x, y);
    }

    private static double textWidth(String s, Font f) {
        Text text = new Text(s);
        text.setFont(f);
        return text.getLayoutBounds().getWidth();
    }

    /** The town under a screen point (within its symbol plus 4 px), preferring the nearest. */
    public Town pick(double x, double y, ScreenTransform t) {
        Town best = null;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < towns.size(); i++) {
            double dx = t.sx(wx[i]) - x;
            double dy = t.sy(wy[i]) - y;
            double d = Math.hypot(dx, dy);
            if (d <= radius.apply(towns.get(i)) + 4 && d < bestD) {
                best = towns.get(i);
                bestD = d;
            }
        }
        return best;
    }
}
