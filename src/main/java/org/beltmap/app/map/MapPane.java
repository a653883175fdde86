package org.beltmap.app.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.beltmap.core.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The map: Gluon MapView with the offline basemap tiles, the overlay canvas on top, cursor coordinates,
 * click-to-select and a hover tooltip for towns.
 */
public final class MapPane extends StackPane {

    private final MapView map = new MapView();
    private final OverlayLayer overlay = new OverlayLayer();
    private final DoubleProperty cursorLon = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty cursorLat = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty zoom = new SimpleDoubleProperty(6);
    private final Label tooltip = new Label();
    private TownPainter towns;
    private Consumer<org.beltmap.core.model.Town> onTownClicked = t -> { };
    private RayEditor rayEditor;
    private MeasureTool measure;
    private final java.util.List<MapTool> tools = new java.util.ArrayList<>();

    /** Adds an editing tool that sees mouse events before the map. */
    public void addTool(MapTool tool) {
        tools.add(tool);
    }
    private Consumer<org.beltmap.core.rays.Ray> onRayClicked;

    /** Enables ray picking and editing on this map. */
    public void setRayEditor(RayEditor editor, Consumer<org.beltmap.core.rays.Ray> onClicked) {
        this.rayEditor = editor;
        tools.add(editor);
        this.onRayClicked = onClicked;
    }

    public MapPane() {
        setId("mapPane");
        map.addLayer(overlay);
        map.setZoom(6);
        tooltip.getStyleClass().add("map-tooltip");
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        tooltip.setManaged(false);
        getChildren().addAll(map, tooltip);
        setMinSize(200, 200);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onMove);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.setVisible(false));
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress() && overlay.transform() != null) {
                org.beltmap.core.model.Town t = towns == null ? null : towns.pick(e.getX(), e.getY(), overlay.transform());
                if (t == null && rayEditor != null && onRayClicked != null) {
                    onRayClicked.accept(rayEditor.pick(e.getX(), e.getY()));
                }
                onTownClicked.accept(t);
            }
        });
        // The ray editor sees mouse events before the map, so dragging a vertex does not pan the map.
        map.addEventFilter(MouseEvent.ANY, e -> {
            if (tools.isEmpty()) {
                return;
            }
            MapPoint p = map.getMapPosition(e.getX(), e.getY());
            if (p == null) {
                return;
            }
            for (MapTool tool : tools) {
                if (tool.handle(e, p.getLongitude(), p.getLatitude())) {
                    e.consume();
                    return;
                }
            }
        });
        // Gluon zooms on the wheel inside its BaseMap, whose zoom property is the only one that changes then:
        // follow it so the status bar's readout is live (wheel, keys, menu and fly-to alike).
        map.getChildrenUnmodifiable().stream().filter(n -> n instanceof com.gluonhq.impl.maps.BaseMap).findFirst()
                .map(n -> (com.gluonhq.impl.maps.BaseMap) n).ifPresent(base -> {
                    base.zoom().addListener((o, a, b) -> zoom.set(b.doubleValue()));
                    TileSeams.showOverlapping(base);
                });
        map.addEventHandler(javafx.scene.input.ScrollEvent.SCROLL, e -> zoom.set(map.getZoom()));
    }

    private void onMove(MouseEvent e) {
        MapPoint p = map.getMapPosition(e.getX(), e.getY());
        if (p != null) {
            cursorLat.set(p.getLatitude());
            cursorLon.set(p.getLongitude());
        }
        zoom.set(map.getZoom());
        org.beltmap.core.model.Town hit = towns == null || overlay.transform() == null ? null
                : towns.pick(e.getX(), e.getY(), overlay.transform());
        if (hit == null) {
            tooltip.setVisible(false);
        } else {
            tooltip.setText(tooltipText.apply(hit));
            tooltip.autosize();
            tooltip.relocate(Math.min(e.getX() + 14, getWidth() - tooltip.getWidth() - 4), e.getY() + 12);
            tooltip.setVisible(true);
        }
    }

    private java.util.function.Function<org.beltmap.core.model.Town, String> tooltipText = t -> t.nameEn();

    public void setTooltipText(java.util.function.Function<org.beltmap.core.model.Town, String> f) {
        tooltipText = f;
    }

    /**
     * Adds the scale bar and the measure tool (which sees the mouse before every other tool while it is on).
     * Their boxes follow the theme, read from the tooltip's themed text colour.
     */
    public MeasureTool enableMeasure(org.beltmap.app.i18n.Messages m) {
        javafx.beans.binding.BooleanBinding dark = ThemeProbe.dark(tooltip);
        dark.addListener(o -> overlay.refresh());
        measure = new MeasureTool(overlay, m, dark::get);
        tools.add(0, measure);
        overlay.addChrome(measure);
        overlay.addChrome(new ScaleBarPainter(m, dark::get));
        measure.activeProperty().addListener((o, was, on) -> map.setCursor(on ? javafx.scene.Cursor.CROSSHAIR
                : javafx.scene.Cursor.DEFAULT));
        return measure;
    }

    /** The measure tool, once enabled; null before. */
    public MeasureTool measureTool() {
        return measure;
    }

    public OverlayLayer overlay() {
        return overlay;
    }

    public MapView mapView() {
        return map;
    }

    /** Whether the last frame drew town symbols (the start-up probe waits for them). */
    public boolean townsDrawn() {
        return towns != null && towns.lastDrawnCount() > 0;
    }

    public void setTownPainter(TownPainter painter) {
        this.towns = painter;
    }

    public void setOnTownClicked(Consumer<org.beltmap.core.model.Town> handler) {
        this.onTownClicked = handler;
    }

    /** Centres the map on an extent and picks the largest zoom that shows it whole. */
    public void zoomTo(Envelope e) {
        if (e == null || e.isNull()) {
            return;
        }
        double w = getWidth() > 0 ? getWidth() : 1000;
        double h = getHeight() > 0 ? getHeight() : 700;
        double dx = WebMercator.x(e.getMaxX()) - WebMercator.x(e.getMinX());
        double dy = WebMercator.y(e.getMinY()) - WebMercator.y(e.getMaxY());
        double zx = Math.log(w / (256 * Math.max(dx, 1e-9))) / Math.log(2);
        double zy = Math.log(h / (256 * Math.max(dy, 1e-9))) / Math.log(2);
        double z = Math.max(2, Math.min(16, Math.floor(Math.min(zx, zy) * 4) / 4));
        map.setZoom(z);
        double cy = WebMercator.lat((WebMercator.y(e.getMinY()) + WebMercator.y(e.getMaxY())) / 2);
        map.setCenter(cy, (e.getMinX() + e.getMaxX()) / 2);
        zoom.set(z);
        overlay.refresh();
    }

    public void zoomBy(double delta) {
        map.setZoom(Math.max(2, Math.min(18, map.getZoom() + delta)));
        zoom.set(map.getZoom());
        overlay.refresh();
    }

    public void centreOn(double lat, double lon) {
        map.setCenter(lat, lon);
        overlay.refresh();
    }

    public ReadOnlyDoubleProperty cursorLonProperty() {
        return cursorLon;
    }

    public ReadOnlyDoubleProperty cursorLatProperty() {
        return cursorLat;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }
}
