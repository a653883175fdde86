package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.beltmap.app.viewmodel.RaysViewModel;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.Ray;
import org.locationtech.jts.geom.Coordinate;

/**
 * Mouse editing of rays on the map: click a ray to select it, drag one of its vertex handles to move it, or draw a
 * new ray vertex by vertex from the centre. Changes go to {@link RaysViewModel}, so each is one undoable edit.
 * Mouse events on a handle are consumed so the map does not pan while a vertex is dragged.
 */
public final class RayEditor implements Painter, MapTool {

    private static final double HANDLE_PX = 7;
    private static final double PICK_PX = 8;
    private final RaysViewModel vm;
    private final OverlayLayer overlay;
    private int dragIndex = -1;
    private double[] dragAt;
    private List<double[]> drawing;
    private Consumer<List<double[]>> onDrawn = c -> { };

    public RayEditor(RaysViewModel vm, OverlayLayer overlay) {
        this.vm = vm;
        this.overlay = overlay;
    }

    /** Starts drawing a ray from the centre; each click adds a vertex, finish() ends it. */
    public void startDrawing(Town centre, Consumer<List<double[]>> done) {
        startDrawing(List.of(new double[] {centre.lon(), centre.lat()}), done);
    }

    /** Starts drawing a line from the given vertices (none for a free line, e.g. a planned road). */
    public void startDrawing(List<double[]> initial, Consumer<List<double[]>> done) {
        drawing = new ArrayList<>(initial);
        onDrawn = done;
        overlay.refresh();
    }

    public boolean isDrawing() {
        return drawing != null;
    }

    public void finishDrawing() {
        List<double[]> d = drawing;
        drawing = null;
        overlay.refresh();
        if (d != null && d.size() >= 2) {
            onDrawn.accept(d);
        }
    }

    public void cancelDrawing() {
        drawing = null;
        overlay.refresh();
    }

    /** Mouse event filter on the map pane. Returns true when the editor used the event. */
    @Override
    public boolean handle(MouseEvent e, double lon, double lat) {
        ScreenTransform t = overlay.transform();
        if (t == null || e.getButton() != MouseButton.PRIMARY && e.getEventType() != MouseEvent.MOUSE_DRAGGED) {
            return false;
        }
        if (drawing != null) {
            if (e.getEventType() == MouseEvent.MOUSE_CLICKED && e.isStillSincePress()) {
                drawing.add(new double[] {lon, lat});
                if (e.getClickCount() > 1) {
                    finishDrawing();
                }
                overlay.refresh();
                return true;
            }
            return false;
        }
        Ray sel = vm.selectedProperty().get();
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED && sel != null) {
            List<double[]> v = vm.vertices(sel);
            for (int i = 1; i < v.size(); i++) {
                if (Math.hypot(sx(t, v.get(i)) - e.getX(), sy(t, v.get(i)) - e.getY()) <= HANDLE_PX + 2) {
                    dragIndex = i;
                    dragAt = new double[] {lon, lat};
                    return true;
                }
            }
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED && dragIndex >= 0) {
            dragAt = new double[] {lon, lat};
            overlay.refresh();
            return true;
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED && dragIndex >= 0) {
            int i = dragIndex;
            dragIndex = -1;
            vm.moveVertex(sel, i, lon, lat);
            return true;
        }
        return false;
    }

    /** The ray under a screen point, or null. */
    public Ray pick(double x, double y) {
        ScreenTransform t = overlay.transform();
        if (t == null) {
            return null;
        }
        Ray best = null;
        double bestD = PICK_PX;
        for (Ray r : vm.rays()) {
            Coordinate[] c = r.line().getCoordinates();
            for (int i = 1; i < c.length; i++) {
                double d = segment(x, y, t.sx(WebMercator.x(c[i - 1].x)), t.sy(WebMercator.y(c[i - 1].y)),
                        t.sx(WebMercator.x(c[i].x)), t.sy(WebMercator.y(c[i].y)));
                if (d < bestD) {
                    bestD = d;
                    best = r;
                }
            }
        }
        return best;
    }

    private static double segment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double l2 = dx * dx + dy * dy;
        double f = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2));
        return Math.hypot(px - ax - f * dx, py - ay - f * dy);
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        Ray sel = vm.selectedProperty().get();
        if (sel != null && drawing == null) {
            List<double[]> v = new ArrayList<>(vm.vertices(sel));
            if (dragIndex >= 0 && dragAt != null) {
                v.set(dragIndex, dragAt);
            }
            polyline(g, t, v, Color.web("#ff8800"), 2.5);
            for (int i = 1; i < v.size(); i++) {
                g.setFill(Color.WHITE);
                g.setStroke(Color.web("#ff8800"));
                g.setLineWidth(2);
                g.fillRect(sx(t, v.get(i)) - HANDLE_PX / 2, sy(t, v.get(i)) - HANDLE_PX / 2, HANDLE_PX, HANDLE_PX);
                g.strokeRect(sx(t, v.get(i)) - HANDLE_PX / 2, sy(t, v.get(i)) - HANDLE_PX / 2, HANDLE_PX, HANDLE_PX);
            }
        }
        if (drawing != null && !drawing.isEmpty()) {
            polyline(g, t, drawing, Color.web("#d62828"), 3);
        }
    }

    private static void polyline(GraphicsContext g, ScreenTransform t, List<double[]> v, Color c, double w) {
        g.setStroke(c);
        g.setLineWidth(w);
        g.setLineDashes(6, 4);
        g.beginPath();
        g.moveTo(sx(t, v.get(0)), sy(t, v.get(0)));
        for (int i = 1; i < v.size(); i++) {
            g.lineTo(sx(t, v.get(i)), sy(t, v.get(i)));
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    private static double sx(ScreenTransform t, double[] lonLat) {
        return t.sx(WebMercator.x(lonLat[0]));
    }

    private static double sy(ScreenTransform t, double[] lonLat) {
        return t.sy(WebMercator.y(lonLat[1]));
    }
}
