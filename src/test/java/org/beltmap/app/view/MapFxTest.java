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
        double z0 = map.mapView().getZoom();
        moveTo(map);
        // Out when an earlier test left the map zoomed far in; the zoom may settle over a few pulses on a busy machine.
        scroll(3, z0 > 10 ? VerticalDirection.DOWN : VerticalDirection.UP);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> Math.abs(map.mapView().getZoom() - z0) > 0.05);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Math.abs(map.mapView().getZoom() - z0) > 0.05, "the wheel zoomed the map");
        assertNotEquals(before, zoom.getText(), "the readout changed with the zoom");
        assertTrue(zoom.getText().contains(new org.beltmap.app.i18n.Messages(java.util.Locale.ENGLISH)
                .decimal(map.mapView().getZoom(), 1)), zoom.getText() + " vs " + map.mapView().getZoom());
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
