package org.beltmap.app.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.beltmap.app.viewmodel.ScenarioViewModel;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Scenario;
import org.locationtech.jts.geom.Coordinate;

/** Vertex handles on the planned road selected in the Scenario tab; drag one to move it (an undoable edit). */
public final class PlannedRoadEditor implements Painter, MapTool {

    private static final double HANDLE_PX = 8;
    private final ScenarioViewModel vm;
    private final OverlayLayer overlay;
    private int drag = -1;
    private Coordinate dragAt;

    public PlannedRoadEditor(ScenarioViewModel vm, OverlayLayer overlay) {
        this.vm = vm;
        this.overlay = overlay;
    }

    private Coordinate[] vertices() {
        int i = vm.selectedRoadProperty().get();
        Scenario s = vm.scenarioProperty().get();
        return i < 0 || i >= s.added().size() ? null : s.added().get(i).line().getCoordinates();
    }

    @Override
    public boolean handle(MouseEvent e, double lon, double lat) {
        ScreenTransform t = overlay.transform();
        Coordinate[] v = vertices();
        if (t == null || v == null) {
            return false;
        }
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getButton() == MouseButton.PRIMARY) {
            for (int k = 0; k < v.length; k++) {
                if (Math.hypot(t.sx(WebMercator.x(v[k].x)) - e.getX(), t.sy(WebMercator.y(v[k].y)) - e.getY())
                        <= HANDLE_PX + 2) {
                    drag = k;
                    dragAt = new Coordinate(lon, lat);
                    return true;
                }
            }
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED && drag >= 0) {
            dragAt = new Coordinate(lon, lat);
            overlay.refresh();
            return true;
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED && drag >= 0) {
            int k = drag;
            drag = -1;
            vm.moveVertex(vm.selectedRoadProperty().get(), k, lon, lat);
            return true;
        }
        return false;
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        Coordinate[] v = vertices();
        if (v == null) {
            return;
        }
        g.setStroke(ScenarioPainter.PLANNED);
        g.setLineWidth(2);
        for (int k = 0; k < v.length; k++) {
            Coordinate c = k == drag && dragAt != null ? dragAt : v[k];
            double x = t.sx(WebMercator.x(c.x));
            double y = t.sy(WebMercator.y(c.y));
            g.setFill(Color.WHITE);
            g.fillOval(x - HANDLE_PX / 2, y - HANDLE_PX / 2, HANDLE_PX, HANDLE_PX);
            g.strokeOval(x - HANDLE_PX / 2, y - HANDLE_PX / 2, HANDLE_PX, HANDLE_PX);
        }
    }
}
