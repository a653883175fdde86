package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import org.beltmap.app.map.MapPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The map's interaction on the sample: the zoom readout follows the wheel. */
class MapFxTest extends SampleAppFxTest {

    @Test
    void zoomReadoutFollowsTheMouseWheel() {
        Label zoom = lookup("#zoomLabel").queryAs(Label.class);
        MapPane map = lookup("#mapPane").queryAs(MapPane.class);
        String before = zoom.getText();
        double z0 = map.mapView().getZoom();
        moveTo(map);
        scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Math.abs(map.mapView().getZoom() - z0) > 0.05, "the wheel zoomed the map");
        assertNotEquals(before, zoom.getText(), "the readout changed with the zoom");
        assertTrue(zoom.getText().contains(new org.beltmap.app.i18n.Messages(java.util.Locale.ENGLISH)
                .decimal(map.mapView().getZoom(), 1)), zoom.getText() + " vs " + map.mapView().getZoom());
    }
}
