package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.beltmap.app.map.MapPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Lecture mode on the sample, headless: F5 enters, arrow keys step forward and back through all steps, Esc leaves. */
class LectureFxTest extends SampleAppFxTest {

    @Override
    void beforeCleanup() {
        // Leave full screen even when a step failed, so the next test gets a normal window.
        interact(() -> {
            if (app.viewModel().lecture().activeProperty().get()) {
                app.viewModel().lecture().stop();
            }
            stage().setFullScreen(false);
        });
    }

    @Test
    void stepsThroughTheStoryWithTheKeyboardAndLeavesWithEscape() throws Exception {
        waitForAnalysis();
        Stage stage = stage();
        type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        assertFalse(has("#sideTabs"), "side panels are hidden in the lecture");
        List<String> titles = new ArrayList<>();
        titles.add(title());
        for (int i = 0; i < 6; i++) {
            type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            titles.add(title());
        }
        assertEquals(List.of("The region and its towns", "Access time from the centre", "Settlement belts",
                "Transport rays", "Infrastructure bundles and urbanised strips", "Development potential",
                "What if: a new road"), titles);
        assertEquals("7 / 7", text("#lecturePosition"));
        type(KeyCode.RIGHT);
        assertEquals("What if: a new road", title(), "no step after the last");
        for (int i = 0; i < 6; i++) {
            type(KeyCode.PAGE_UP);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The region and its towns", title());
        assertTrue(text("#lectureCaption").startsWith("Towns by size class"));

        type(KeyCode.DIGIT4);
        assertEquals("Transport rays", title(), "a digit jumps to its step");
        type(KeyCode.B);
        assertTrue(has("#lectureBlackout"), "B blacks the screen out");
        type(KeyCode.B);
        assertFalse(has("#lectureBlackout"));

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen());
        assertFalse(has("#lectureScreen"));
        assertTrue(has("#sideTabs"), "the window is back as it was");
        assertFalse(app.viewModel().lecture().activeProperty().get());
    }

    @Test
    void showsTheLegendFitsTheRegionBesideLegendAndBandAndEscapeRestoresTheViewExactly() throws Exception {
        waitForAnalysis();
        Stage stage = stage();
        MapPane map = lookup("#mapPane").queryAs(MapPane.class);
        // A view of the user's own, zoomed with the wheel and dragged: MapView's own getters see neither.
        interact(() -> wheel(map, 2));
        javafx.geometry.Bounds mb = map.localToScreen(map.getBoundsInLocal());
        drag(mb.getMinX() + mb.getWidth() * 0.3, mb.getMinY() + mb.getHeight() * 0.7)
                .moveBy(40, -30).moveBy(40, -30).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double[] before = onFx(() -> state(stage, map));
        String zoomText = text("#zoomLabel");

        type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // the fit runs after the full-screen layout
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        assertTrue(has("#lectureLegend"), "the lecture has a legend");
        assertTrue(legendTexts().contains("Regional centre"), legendTexts().toString());
        onFx(() -> {
            javafx.geometry.Bounds m = map.localToScene(map.getBoundsInLocal());
            javafx.geometry.Bounds band = stage.getScene().lookup("#lectureBand").localToScene(
                    stage.getScene().lookup("#lectureBand").getBoundsInLocal());
            javafx.scene.Node column = stage.getScene().lookup("#lectureLegendColumn");
            javafx.geometry.Bounds legend = column.localToScene(column.getBoundsInLocal());
            assertTrue(m.getMaxY() <= band.getMinY() + 0.5 && m.getMaxX() <= legend.getMinX() + 0.5,
                    "neither band nor legend covers the map: " + m + " " + band + " " + legend);
            assertEquals(stage.getScene().getWidth(), m.getWidth() + legend.getWidth(), 1, "the map takes the rest");
            // The whole region lies on the map's free area.
            org.locationtech.jts.geom.Envelope e = app.viewModel().getRegion().extent();
            org.beltmap.app.map.ScreenTransform t = map.overlay().transform();
            double x0 = t.sx(org.beltmap.core.geo.WebMercator.x(e.getMinX()));
            double x1 = t.sx(org.beltmap.core.geo.WebMercator.x(e.getMaxX()));
            double y0 = t.sy(org.beltmap.core.geo.WebMercator.y(e.getMaxY()));
            double y1 = t.sy(org.beltmap.core.geo.WebMercator.y(e.getMinY()));
            assertTrue(x0 >= -1 && y0 >= -1 && x1 <= map.getWidth() + 1 && y1 <= map.getHeight() + 1,
                    "region " + x0 + ".." + x1 + " × " + y0 + ".." + y1 + " in " + map.getWidth() + " × "
                            + map.getHeight());
            // Beyond the world's edge the map shows the basemap's sea, never the window's grey.
            assertEquals(org.beltmap.app.map.MapBackdrop.water(false), map.getBackground().getFills().get(0).getFill());
            return null;
        });
        type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(legendTexts().contains("Towns by belt (МТД)"), "the legend follows the step: " + legendTexts());

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        double[] after = onFx(() -> state(stage, map));
        assertFalse(stage.isFullScreen());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, after, 1e-9,
                "zoom, centre, window bounds, dividers: " + java.util.Arrays.toString(before) + " vs "
                        + java.util.Arrays.toString(after));
        assertEquals(zoomText, text("#zoomLabel"));
    }

    /** Zoom, centre lat, lon, window x, y, width, height, maximized, and the split's dividers. */
    private double[] state(Stage stage, MapPane map) {
        double[] c = map.centre();
        double[] d = ((javafx.scene.control.SplitPane) stage.getScene().lookup(".split-pane")).getDividerPositions();
        return new double[] {map.zoomLevel(), c[0], c[1], stage.getX(), stage.getY(), stage.getWidth(),
            stage.getHeight(), stage.isMaximized() ? 1 : 0, d[0], d[1]};
    }

    /** Wheel clicks as Gluon's map receives them under the pointer (as MapFxTest fires them). */
    private static void wheel(MapPane map, int clicks) {
        javafx.scene.Node base = map.mapView().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof com.gluonhq.impl.maps.BaseMap).findFirst().orElse(map.mapView());
        javafx.geometry.Bounds b = base.getLayoutBounds();
        double x = b.getWidth() / 3;
        double y = b.getHeight() / 3;
        javafx.geometry.Point2D sc = base.localToScreen(x, y);
        for (int k = 0; k < clicks; k++) {
            javafx.event.Event.fireEvent(base, new javafx.scene.input.ScrollEvent(
                    javafx.scene.input.ScrollEvent.SCROLL, x, y, sc.getX(), sc.getY(), false, false, false, false,
                    false, false, 0, 120, 0, 120, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        }
    }

    private List<String> legendTexts() {
        return onFx(() -> stage().getScene().lookup("#lectureLegend").lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    // Looked up on the FX thread: the lecture swaps nodes while analysis results arrive.
    private String title() {
        return text("#lectureTitle");
    }

    private String text(String id) {
        return onFx(() -> ((Label) stage().getScene().lookup(id)).getText());
    }

    private boolean has(String id) {
        return onFx(() -> stage().getScene().lookup(id) != null);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Stage stage() {
        return org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage();
    }
}
