package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.geo.Measurement;
import org.beltmap.core.geo.WebMercator;

/**
 * Measuring on the map, as QGIS's measure tool: click points, double-click or Enter ends, a click on the first
 * point closes the ring, Esc cancels. Shows the great-circle length and, from three points, the geodesic area.
 * Only a look at the map: nothing is edited, so nothing goes on the undo stack. Drags still pan the map.
 */
public final class MeasureTool implements Painter, MapTool {

    static final Color LINE = Color.web("#e4572e");
    private static final double CLOSE_PX = 8;
    private final OverlayLayer overlay;
    private final Messages m;
    private final BooleanSupplier dark;
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final Measurement measurement = new Measurement();
    private boolean finished;
    private double cursorLon = Double.NaN;
    private double cursorLat = Double.NaN;

    public MeasureTool(OverlayLayer overlay, Messages m, BooleanSupplier dark) {
        this.overlay = overlay;
        this.m = m;
        this.dark = dark;
        active.addListener((o, was, on) -> {
            measurement.clear();
            finished = false;
            overlay.refresh();
        });
    }

    /** On while measuring; bound to the toolbar toggle and the View menu item. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public Measurement measurement() {
        return measurement;
    }

    /** Enter ends the path, Esc drops it and leaves the tool; true when the key was the tool's. */
    public boolean onKey(KeyEvent e) {
        if (!active.get()) {
            return false;
        }
        if (e.getCode() == KeyCode.ENTER) {
            finished = measurement.size() > 0;
            overlay.refresh();
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            active.set(false);
            return true;
        }
        return false;
    }

    @Override
    public boolean handle(MouseEvent e, double lon, double lat) {
        if (!active.get()) {
            return false;
        }
        if (e.getEventType() == MouseEvent.MOUSE_MOVED || e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            cursorLon = lon;
            cursorLat = lat;
            overlay.refresh();
            return false;
        }
        if (e.getEventType() != MouseEvent.MOUSE_CLICKED || e.getButton() != MouseButton.PRIMARY
                || !e.isStillSincePress()) {
            return false;
        }
        if (finished) {
            measurement.clear();
            finished = false;
        }
        if (e.getClickCount() > 1) {
            finished = measurement.size() > 0;
        } else if (measurement.size() >= 3 && nearFirst(e.getX(), e.getY())) {
            measurement.close();
            finished = true;
        } else {
            measurement.add(lon, lat);
        }
        overlay.refresh();
        return true;
    }

    private boolean nearFirst(double x, double y) {
        ScreenTransform t = overlay.transform();
        double[] p = measurement.points().get(0);
        return t != null && Math.hypot(sx(t, p) - x, sy(t, p) - y) <= CLOSE_PX;
    }

    @Override
    public boolean isVisible() {
        return active.get();
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        List<double[]> pts = new ArrayList<>(measurement.points());
        boolean rubber = !finished && !Double.isNaN(cursorLon);
        if (rubber) {
            pts.add(new double[] {cursorLon, cursorLat});
        }
        boolean ring = measurement.isClosed() || pts.size() >= 3;
        double k = t.magnify();
        if (pts.size() >= 2) {
            List<double[]> path = densified(pts, ring);
            double[] xs = path.stream().mapToDouble(p -> sx(t, p)).toArray();
            double[] ys = path.stream().mapToDouble(p -> sy(t, p)).toArray();
            if (ring) {
                g.setFill(LINE.deriveColor(0, 1, 1, 0.15));
                g.fillPolygon(xs, ys, xs.length);
            }
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.setStroke(Color.rgb(255, 255, 255, 0.85));
            g.setLineWidth(4.5 * k);
            g.strokePolyline(xs, ys, xs.length);
            g.setStroke(LINE);
            g.setLineWidth(2.2 * k);
            g.strokePolyline(xs, ys, xs.length);
        }
        for (double[] p : measurement.points()) {
            g.setFill(Color.WHITE);
            g.setStroke(LINE);
            g.setLineWidth(2);
            g.fillOval(sx(t, p) - 4 * k, sy(t, p) - 4 * k, 8 * k, 8 * k);
            g.strokeOval(sx(t, p) - 4 * k, sy(t, p) - 4 * k, 8 * k, 8 * k);
        }
        readout(g, t, rubber);
    }

    /** Edges as great circles: a 300 km edge bows visibly off the straight Mercator line. */
    private static List<double[]> densified(List<double[]> pts, boolean ring) {
        List<double[]> out = new ArrayList<>();
        int n = pts.size();
        for (int i = 0; i < (ring ? n : n - 1); i++) {
            double[] a = pts.get(i);
            double[] b = pts.get((i + 1) % n);
            double km = Geodesy.distanceM(a[0], a[1], b[0], b[1]) / 1000;
            List<double[]> arc = Measurement.greatCircle(a, b, (int) Math.max(1, Math.min(64, km / 10)));
            out.addAll(out.isEmpty() ? arc : arc.subList(1, arc.size()));
        }
        return out;
    }

    /** The running figures in a box by the cursor (by the last point once finished). */
    private void readout(GraphicsContext g, ScreenTransform t, boolean rubber) {
        List<String> lines = new ArrayList<>();
        double km = rubber ? measurement.lengthKmTo(cursorLon, cursorLat) : measurement.lengthKm();
        double area = rubber && !measurement.isClosed() ? measurement.areaKm2To(cursorLon, cursorLat)
                : measurement.areaKm2();
        if (measurement.size() == 0) {
            lines.add(m.get("measure.hint"));
        } else {
            lines.add(m.get("measure.distance", figure(km)));
            if (!Double.isNaN(area) && (measurement.size() >= 3 || measurement.isClosed())) {
                lines.add(m.get("measure.area", figure(area)));
            }
        }
        double[] at = rubber ? new double[] {cursorLon, cursorLat}
                : measurement.size() > 0 ? measurement.points().get(measurement.size() - 1) : null;
        if (at == null) {
            return;
        }
        double k = t.magnify();
        Font font = Font.font("System", 12 * k);
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, new TextWidths(font).width(l));
        }
        double lh = 16 * k;
        double x = Math.min(sx(t, at) + 14 * k, t.width() - w - 14 * k);
        double y = Math.min(sy(t, at) + 12 * k, t.height() - lines.size() * lh - 36 * k);
        boolean d = dark.getAsBoolean();
        g.setFill(MapBackdrop.panel(d));
        g.fillRoundRect(x - 6 * k, y - 3 * k, w + 12 * k, lines.size() * lh + 6 * k, 6, 6);
        g.setStroke(LINE);
        g.setLineWidth(1);
        g.strokeRoundRect(x - 6 * k, y - 3 * k, w + 12 * k, lines.size() * lh + 6 * k, 6, 6);
        g.setFont(font);
        g.setFill(MapBackdrop.ink(d));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), x, y + i * lh);
        }
    }

    /** Three significant figures or whole numbers: 4.27, 42.7, 427, 4,270. */
    private String figure(double v) {
        return m.decimal(v, v < 10 ? 2 : v < 100 ? 1 : 0);
    }

    private static double sx(ScreenTransform t, double[] p) {
        return t.sx(WebMercator.x(p[0]));
    }

    private static double sy(ScreenTransform t, double[] p) {
        return t.sy(WebMercator.y(p[1]));
    }
}
