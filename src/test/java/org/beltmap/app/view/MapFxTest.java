package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import org.beltmap.app.map.MapPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The map's interaction on the sample: the zoom readout follows the wheel; the measure tool. */
class MapFxTest extends SampleAppFxTest {

    @Test
    void zoomReadoutFollowsTheMouseWheel() throws Exception {
        Label zoom = lookup("#zoomLabel").queryAs(Label.class);
        MapPane map = lookup("#mapPane").queryAs(MapPane.class);
        String before = zoom.getText();
        double z0 = map.zoomProperty().get(); // what the wheel moves (Gluon's BaseMap zoom), as the readout shows
        // The wheel event as Gluon's map receives it under the pointer (delivered directly: a robot's wheel lands
        // wherever the shared headless screen's pointer is, which earlier tests move).
        double dy = z0 > 10 ? -120 : 120;
        interact(() -> {
            javafx.scene.Node base = map.mapView().getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof com.gluonhq.impl.maps.BaseMap).findFirst().orElse(map.mapView());
            javafx.geometry.Bounds b = base.getLayoutBounds();
            double x = b.getWidth() / 2;
            double y = b.getHeight() / 2;
            javafx.geometry.Point2D sc = base.localToScreen(x, y);
            for (int k = 0; k < 3; k++) {
                javafx.event.Event.fireEvent(base, new javafx.scene.input.ScrollEvent(
                        javafx.scene.input.ScrollEvent.SCROLL, x, y, sc.getX(), sc.getY(), false, false, false, false,
                        false, false, 0, dy, 0, dy, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            }
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> Math.abs(map.zoomProperty().get() - z0) > 0.05);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Math.abs(map.zoomProperty().get() - z0) > 0.05, "the wheel zoomed the map");
        assertNotEquals(before, zoom.getText(), "the readout changed with the zoom");
        assertTrue(zoom.getText().contains(new org.beltmap.app.i18n.Messages(java.util.Locale.ENGLISH)
                .decimal(map.zoomProperty().get(), 1)), zoom.getText() + " vs " + map.zoomProperty().get());
    }

    /**
     * After the wheel, MapView's own zoom getter still holds the last requested zoom: the readout under a moving
     * mouse, the + key and Zoom to region all go by the zoom shown.
     */
    @Test
    void afterTheWheelReadoutPlusAndZoomToRegionGoByTheZoomShown() throws Exception {
        MapPane map = lookup("#mapPane").queryAs(MapPane.class);
        Label zoom = lookup("#zoomLabel").queryAs(Label.class);
        interact(() -> map.zoomTo(app.viewModel().getRegion().extent()));
        double fitted = map.zoomLevel();
        interact(() -> {
            javafx.scene.Node base = map.mapView().getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof com.gluonhq.impl.maps.BaseMap).findFirst().orElse(map.mapView());
            javafx.geometry.Bounds b = base.getLayoutBounds();
            javafx.geometry.Point2D sc = base.localToScreen(b.getWidth() / 2, b.getHeight() / 2);
            for (int k = 0; k < 4; k++) {
                javafx.event.Event.fireEvent(base, new javafx.scene.input.ScrollEvent(
                        javafx.scene.input.ScrollEvent.SCROLL, b.getWidth() / 2, b.getHeight() / 2, sc.getX(),
                        sc.getY(), false, false, false, false, false, false, 0, -120, 0, -120,
                        javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        double wheeled = map.zoomLevel();
        assertEquals(fitted - 0.4, wheeled, 1e-6, "four clicks out");
        javafx.geometry.Bounds mb = map.localToScreen(map.getBoundsInLocal());
        moveTo(mb.getMinX() + mb.getWidth() * 0.4, mb.getMinY() + mb.getHeight() * 0.4);
        moveBy(15, 10);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = new org.beltmap.app.i18n.Messages(java.util.Locale.ENGLISH).decimal(wheeled, 1);
        assertTrue(zoom.getText().endsWith(expected), "the readout under the moving mouse: " + zoom.getText());
        interact(() -> map.zoomBy(1));
        assertEquals(wheeled + 1, map.zoomLevel(), 1e-6, "+ zooms in from the zoom shown");
        interact(() -> map.zoomBy(-1));
        interact(() -> map.zoomTo(app.viewModel().getRegion().extent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted, map.zoomLevel(), 1e-6, "Zoom to region zooms back in");
    }

    @Test
    void theMeasureToolMeasuresClickedPointsAndEscLeavesIt() {
        MapPane map = lookup("#mapPane").queryAs(MapPane.class);
        clickOn("#measureTool");
        assertTrue(map.measureTool().activeProperty().get());
        javafx.geometry.Bounds b = map.localToScreen(map.getBoundsInLocal());
        double cx = b.getMinX() + b.getWidth() / 2;
        double cy = b.getMinY() + b.getHeight() / 2;
        clickOn(cx - 100, cy);
        clickOn(cx + 100, cy);
        clickOn(cx + 100, cy + 100);
        WaitForAsyncUtils.waitForFxEvents();
        org.beltmap.core.geo.Measurement m = map.measureTool().measurement();
        assertEquals(3, m.size(), "three clicks, three points");
        // 200 px across the start view (about 0.5 km per px at 45° N) is some 100 km.
        assertTrue(m.lengthKm() > 100 && m.lengthKm() < 300, "length " + m.lengthKm());
        assertTrue(m.areaKm2() > 1000, "area " + m.areaKm2());
        assertNull(app.viewModel().selectedTownProperty().get(), "measuring selects no town");
        type(javafx.scene.input.KeyCode.ESCAPE);
        assertFalse(map.measureTool().activeProperty().get(), "Esc leaves the tool");
        assertEquals(0, m.size(), "and drops the measurement");
    }
}
