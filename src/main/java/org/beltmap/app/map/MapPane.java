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
    /** Gluon's tile layer: the zoom and centre it shows (MapView's getters keep the last requested ones). */
    private com.gluonhq.impl.maps.BaseMap base;
    private final javafx.beans.binding.BooleanBinding dark = ThemeProbe.dark(tooltip);
    /** The centre last asked for {lat, lon}, until the user drags or wheels; null then. */
    private double[] requested;

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
                .map(n -> (com.gluonhq.impl.maps.BaseMap) n).ifPresent(b -> {
                    base = b;
                    base.zoom().addListener((o, was, z) -> zoom.set(z.doubleValue()));
                    TileSeams.showOverlapping(base);
                });
        map.addEventHandler(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            zoom.set(zoomLevel());
            requested = null;
        });
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requested = null);
        // On every resize MapView re-centres on a point it first moves by 1e-5°, and keeps that one: each resize
        // (full screen and back) shifts the map. Put back the centre asked for, after MapView's own listener.
        map.layoutBoundsProperty().addListener((o, was, now) -> {
            if (requested != null) {
                map.setCenter(requested[0], requested[1]);
            }
        });
        // Beyond the world's edge (zoomed far out, full screen) the map shows the basemap's sea, not the window.
        Runnable backdrop = () -> setBackground(new javafx.scene.layout.Background(new javafx.scene.layout
                .BackgroundFill(MapBackdrop.water(dark.get()), null, null)));
        dark.addListener(o -> backdrop.run());
        backdrop.run();
    }

    /** Whether the window shows the dark theme (read from the map's themed tooltip). */
    public javafx.beans.binding.BooleanBinding darkTheme() {
        return dark;
    }

    /** The zoom shown, also after the mouse wheel (which MapView.getZoom() does not see). */
    public double zoomLevel() {
        return base != null ? base.zoom().get() : map.getZoom();
    }

    /** The centre shown as {lat, lon}, also after dragging (which MapView.getCenter() does not see). */
    public double[] centre() {
        if (base != null) {
            return new double[] {base.centerLat().get(), base.centerLon().get()};
        }
        MapPoint c = map.getCenter();
        return new double[] {c.getLatitude(), c.getLongitude()};
    }

    /**
     * Shows exactly this zoom and centre. Gluon acts only on a changed request, and its last request may differ from
     * what is shown after wheel or drag, so each is first nudged off the last request.
     */
    public void show(double z, double lat, double lon) {
        if (map.getZoom() == z) {
            map.setZoom(z + 1e-6);
        }
        map.setZoom(z);
        map.setCenter(lat + 1e-7, lon + 1e-7);
        map.setCenter(lat, lon);
        requested = new double[] {lat, lon};
        zoom.set(z);
        overlay.refresh();
    }

    private void onMove(MouseEvent e) {
        MapPoint p = map.getMapPosition(e.getX(), e.getY());
        if (p != null) {
            cursorLat.set(p.getLatitude());
            cursorLon.set(p.getLongitude());
        }
        zoom.set(zoomLevel());
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
        double cy = WebMercator.lat((WebMercator.y(e.getMinY()) + WebMercator.y(e.getMaxY())) / 2);
        show(z, cy, (e.getMinX() + e.getMaxX()) / 2);
    }

    public void zoomBy(double delta) {
        double z = Math.max(2, Math.min(18, zoomLevel() + delta));
        double[] c = centre();
        show(z, c[0], c[1]);
    }

    public void centreOn(double lat, double lon) {
        map.setCenter(lat, lon);
        requested = new double[] {lat, lon};
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
