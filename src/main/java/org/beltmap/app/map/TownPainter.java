package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
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
    private Font font;
    private Font bold;
    private static final int DENSE_SYMBOLS = 2_000;
    private final Map<Symbol, Image> sprites = new java.util.HashMap<>();
    private final Map<Symbol, DenseRaster.Sprite> rasterSprites = new java.util.HashMap<>();
    private DenseRaster raster;
    /** Labels per frame from which they are stamped from sprites rather than drawn as text. */
    private static final int SPRITE_LABELS = 30;
    private LabelSprites labelSprites;
    /** The symbol raster is drawn but not blitted yet; centre stars and the selection wait for it. */
    private boolean pending;
    private Runnable pendingTop;
    private DenseRaster labelRaster;
    private TextWidths fontWidths;
    private TextWidths boldWidths;
    private double fontScale;
    private int labelPriority;
    /** What the last symbol pass drew, for the label pass of the same frame. */
    private int[] lastShown;
    private Town lastSelected;
    private static final Color HALO = Color.rgb(255, 255, 255, 0.8);
    private static final double[][] HALO_OFFSETS = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
    private static final Color TEXT = Color.web("#1f1f1f");

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

    /** Standalone (headless redraw): symbols and labels in a grid of their own. */
    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        LabelGrid grid = new LabelGrid(t.width(), t.height(), 32);
        paintSymbols(g, t, grid);
        paintLabels(g, t, grid);
    }

    /** Label placement order among painters; other settlements label after towns and rays. */
    public TownPainter withLabelPriority(int priority) {
        this.labelPriority = priority;
        return this;
    }

    @Override
    public int labelPriority() {
        return labelPriority;
    }

    @Override
    public void paintLabels(GraphicsContext g, ScreenTransform t, LabelGrid grid) {
        Town sel = lastSelected;
        if (lastShown != null && (t.zoom() >= labelMinZoom || sel != null)) {
            labels(g, t, sel, lastShown, grid);
        }
        flushSymbols(g);
    }

    @Override
    public void paintSymbols(GraphicsContext g, ScreenTransform t, LabelGrid taken) {
        Town sel = selected.get();
        fonts(t.magnify());
        int[] shown = visibleSymbols(t, sel);
        lastShown = shown;
        lastSelected = sel;
        // Symbols in batches of equal colour and size (one path, one fill, one stroke each), biggest first so
        // the small ones end up on top and are never hidden under a city's disc.
        Map<Symbol, List<double[]>> batches = new java.util.HashMap<>();
        List<double[]> centres = new ArrayList<>();
        for (int k = 0; k < shown.length; k++) {
            int i = shown[k];
            Town town = towns.get(i);
            double x = t.sx(wx[i]);
            double y = t.sy(wy[i]);
            double r = radius.apply(town) * t.magnify();
            Color c = fill.apply(town);
            if (centreIds.contains(town.id())) {
                centres.add(new double[] {x, y, r + 2, k});
            } else {
                batches.computeIfAbsent(new Symbol(r, c), s -> new ArrayList<>()).add(new double[] {x, y});
            }
            taken.add(x - r, y - r, 2 * r, 2 * r);
        }
        g.setStroke(SizeClassPalette.OUTLINE);
        g.setLineWidth(1.0);
        List<Map.Entry<Symbol, List<double[]>>> ordered = new ArrayList<>(batches.entrySet());
        ordered.sort(Comparator.comparingDouble(e -> -e.getKey().radius()));
        if (shown.length > DENSE_SYMBOLS) {
            // Thousands of symbols: stamped into one raster, blitted once (a canvas image op each costs more).
            if (raster == null) {
                raster = new DenseRaster();
            }
            raster.begin((int) Math.ceil(t.width()), (int) Math.ceil(t.height()));
            for (Map.Entry<Symbol, List<double[]>> e : ordered) {
                DenseRaster.Sprite sprite = rasterSprites.computeIfAbsent(e.getKey(), k -> {
                    Image im = sprites.computeIfAbsent(k, TownPainter::sprite);
                    return DenseRaster.Sprite.of(im, 0, 0, (int) im.getWidth(), (int) im.getHeight());
                });
                int half = sprite.width() / 2;
                for (double[] p : e.getValue()) {
                    raster.stamp(sprite, (int) Math.round(p[0]) - half, (int) Math.round(p[1]) - half);
                }
            }
            pending = true;
        } else {
            for (Map.Entry<Symbol, List<double[]>> e : ordered) {
                Image sprite = sprites.computeIfAbsent(e.getKey(), TownPainter::sprite);
                double half = sprite.getWidth() / 2;
                for (double[] p : e.getValue()) {
                    g.drawImage(sprite, Math.round(p[0] - half), Math.round(p[1] - half));
                }
            }
        }
        // Centre stars and the selection ring go over the symbol raster, so after its blit when it is pending.
        Runnable top = () -> {
            g.setStroke(SizeClassPalette.OUTLINE);
            g.setLineWidth(1.0);
            for (double[] c : centres) {
                g.setFill(fill.apply(towns.get(shown[(int) c[3]])));
                drawCentre(g, c[0], c[1], c[2]);
            }
            if (sel != null) {
                int i = towns.indexOf(sel);
                if (i >= 0) {
                    double r = radius.apply(sel) * t.magnify();
                    g.setStroke(Color.web("#00a6ff"));
                    g.setLineWidth(3);
                    g.strokeOval(t.sx(wx[i]) - r - 5, t.sy(wy[i]) - r - 5, 2 * r + 10, 2 * r + 10);
                }
            }
        };
        if (pending) {
            pendingTop = top;
        } else {
            top.run();
        }
    }

    /** Blits the symbol raster left pending by {@link #paintSymbols} (labels may have been stamped into it). */
    @Override
    public void flushSymbols(GraphicsContext g) {
        if (pending) {
            pending = false;
            raster.end(g);
            Runnable top = pendingTop;
            pendingTop = null;
            if (top != null) {
                top.run();
            }
        }
    }

    /** Town symbols the last frame drew. */
    public int lastDrawnCount() {
        return lastShown == null ? 0 : lastShown.length;
    }

    @Override
    public boolean drawsLabels() {
        return true;
    }

    /** Label fonts for the magnification; magnified (lecture) labels are semibold for a projector. */
    private void fonts(double magnify) {
        if (magnify == fontScale) {
            return;
        }
        fontScale = magnify;
        font = Font.font("System", magnify > 1 ? FontWeight.SEMI_BOLD : FontWeight.NORMAL, 12 * magnify);
        bold = Font.font("System", FontWeight.BOLD, 13 * magnify);
        fontWidths = new TextWidths(font);
        boldWidths = new TextWidths(bold);
    }

    /**
     * On-screen towns, biggest first, thinned: a town whose centre falls on a 2-px cell already covered by a
     * bigger town's disc would be invisible under it, so it is skipped (centres and the selection never are).
     */
    private int[] visibleSymbols(ScreenTransform t, Town sel) {
        int cols = (int) (t.width() / 2) + 1;
        int rows = (int) (t.height() / 2) + 1;
        boolean[] covered = new boolean[cols * rows];
        int[] out = new int[towns.size()];
        int n = 0;
        for (int i = 0; i < towns.size(); i++) {
            double x = t.sx(wx[i]);
            double y = t.sy(wy[i]);
            if (x < -20 || y < -20 || x > t.width() + 20 || y > t.height() + 20) {
                continue;
            }
            Town town = towns.get(i);
            boolean keep = town.equals(sel) || centreIds.contains(town.id());
            int cx = (int) (x / 2);
            int cy = (int) (y / 2);
            boolean inside = cx >= 0 && cy >= 0 && cx < cols && cy < rows;
            if (inside && covered[cy * cols + cx] && !keep) {
                continue;
            }
            out[n++] = i;
            double r = radius.apply(town) * t.magnify() * 0.7;
            for (int yy = Math.max(0, (int) ((y - r) / 2)); yy <= Math.min(rows - 1, (int) ((y + r) / 2)); yy++) {
                for (int xx = Math.max(0, (int) ((x - r) / 2)); xx <= Math.min(cols - 1, (int) ((x + r) / 2)); xx++) {
                    covered[yy * cols + xx] = true;
                }
            }
        }
        return Arrays.copyOf(out, n);
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

    /**
     * Greedy labels: selection, centres, then by population; four positions tried around the symbol; stops at
     * one label per ~8,000 px² of map (200 on a 1600×1000 view), beyond which a projector audience reads
     * nothing anyway.
     */
    private void labels(GraphicsContext g, ScreenTransform t, Town sel, int[] shown, LabelGrid taken) {
        List<Integer> order = new ArrayList<>(shown.length);
        for (int i : shown) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> priority(towns.get(i), sel)));
        boolean showAll = t.zoom() >= labelMinZoom;
        int budget = (int) Math.max(50, t.width() * t.height() / 8000);
        Locale loc = locale.get();
        List<Object[]> placed = new ArrayList<>();
        for (int i : order) {
            Town town = towns.get(i);
            if (placed.size() >= budget) {
                break;
            }
            if (!showAll && !town.equals(sel)) {
                continue;
            }
            double x = t.sx(wx[i]);
            double y = t.sy(wy[i]);
            if (x < -100 || y < -20 || x > t.width() + 20 || y > t.height() + 20) {
                continue;
            }
            boolean strong = town.equals(sel) || centreIds.contains(town.id());
            String label = town.name(loc);
            double w = (strong ? boldWidths : fontWidths).width(label);
            double h = (strong ? bold : font).getSize() + 2;
            double r = radius.apply(town) * t.magnify() + 3;
            double[][] candidates = {{x + r, y - h / 2}, {x - r - w, y - h / 2}, {x - w / 2, y - r - h}, {x - w / 2, y + r}};
            for (double[] c : candidates) {
                if (town.equals(sel) || taken.isFree(c[0], c[1], w, h)) {
                    taken.add(c[0], c[1], w, h, LabelGrid.Kind.TOWN_LABEL);
                    placed.add(new Object[] {label, strong, c[0], c[1] + h / 2});
                    break;
                }
            }
        }
        if (placed.size() >= SPRITE_LABELS) {
            stampLabels(g, t, placed);
            return;
        }
        flushSymbols(g);
        // Halo as the text stamped in white around itself: glyph blits from the cache, where strokeText would turn
        // every glyph into a path to stroke (several times slower with hundreds of labels).
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (boolean strong : new boolean[] {false, true}) {
            g.setFont(strong ? bold : font);
            g.setFill(HALO);
            for (double[] o : HALO_OFFSETS) {
                for (Object[] l : placed) {
                    if ((Boolean) l[1] == strong) {
                        g.fillText((String) l[0], (Double) l[2] + o[0], (Double) l[3] + o[1]);
                    }
                }
            }
            g.setFill(TEXT);
            for (Object[] l : placed) {
                if ((Boolean) l[1] == strong) {
                    g.fillText((String) l[0], (Double) l[2], (Double) l[3]);
                }
            }
        }
    }

    /** Many labels: their sprites stamped into one raster, blitted once. */
    private void stampLabels(GraphicsContext g, ScreenTransform t, List<Object[]> placed) {
        List<LabelSprites.Label> wanted = new ArrayList<>(placed.size());
        for (Object[] l : placed) {
            boolean strong = (Boolean) l[1];
            String s = (String) l[0];
            wanted.add(new LabelSprites.Label(s, strong ? bold : font, (strong ? boldWidths : fontWidths).width(s)));
        }
        if (labelSprites == null) {
            labelSprites = new LabelSprites(HALO, HALO_OFFSETS, TEXT);
            labelRaster = new DenseRaster();
        }
        List<DenseRaster.Sprite> sprites = labelSprites.sprites(wanted);
        // Into the symbol raster while it waits for its blit (one full-view blit less), else a raster of their own.
        DenseRaster target = pending ? raster : labelRaster;
        if (!pending) {
            labelRaster.begin((int) Math.ceil(t.width()), (int) Math.ceil(t.height()));
        }
        for (int i = 0; i < placed.size(); i++) {
            double h = wanted.get(i).font().getSize() + 2;
            target.stamp(sprites.get(i), (int) Math.round((Double) placed.get(i)[2]) - LabelSprites.PAD,
                    (int) Math.round((Double) placed.get(i)[3] - h / 2) - LabelSprites.PAD);
        }
        if (target == raster) {
            flushSymbols(g);
        } else {
            labelRaster.end(g);
        }
    }

    /** A symbol drawn once and stamped: a blit is far cheaper than filling and stroking a path per town. */
    private static Image sprite(Symbol s) {
        int size = (int) Math.ceil(2 * s.radius() + 4);
        javafx.scene.canvas.Canvas c = new javafx.scene.canvas.Canvas(size, size);
        GraphicsContext g = c.getGraphicsContext2D();
        double m = size / 2.0;
        double r = s.radius();
        g.setFill(s.colour());
        g.setStroke(SizeClassPalette.OUTLINE);
        g.setLineWidth(1.0);
        g.fillOval(m - r, m - r, 2 * r, 2 * r);
        g.strokeOval(m - r, m - r, 2 * r, 2 * r);
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return c.snapshot(p, null);
    }

    /** Batch key: symbols of one size and colour. */
    private record Symbol(double radius, Color colour) {
    }

    private int priority(Town town, Town sel) {
        if (town.equals(sel)) {
            return 0;
        }
        return centreIds.contains(town.id()) ? 1 : 2;
    }

    /** The town under a screen point (within its symbol plus 4 px), preferring the nearest. */
    public Town pick(double x, double y, ScreenTransform t) {
        Town best = null;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < towns.size(); i++) {
            double dx = t.sx(wx[i]) - x;
            double dy = t.sy(wy[i]) - y;
            double d = Math.hypot(dx, dy);
            if (d <= radius.apply(towns.get(i)) * t.magnify() + 4 && d < bestD) {
                best = towns.get(i);
                bestD = d;
            }
        }
        return best;
    }
}
