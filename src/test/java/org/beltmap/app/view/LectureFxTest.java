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
