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
import org.beltmap.app.BeltMapApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Lecture mode on the sample, headless: F5 enters, arrow keys step forward and back through all steps, Esc leaves. */
class LectureFxTest extends FxRobot {

    BeltMapApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        System.setProperty("beltmap.lang", "en");
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class, MainWindowFxTest.SAMPLE.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().analysis().outcomeProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void stepsThroughTheStoryWithTheKeyboardAndLeavesWithEscape() throws Exception {
        Stage stage = (Stage) lookup("#sideTabs").query().getScene().getWindow();
        type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        assertTrue(lookup("#sideTabs").tryQuery().isEmpty(), "side panels are hidden in the lecture");
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
        assertEquals("7 / 7", lookup("#lecturePosition").queryAs(Label.class).getText());
        type(KeyCode.RIGHT);
        assertEquals("What if: a new road", title(), "no step after the last");
        for (int i = 0; i < 6; i++) {
            type(KeyCode.PAGE_UP);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The region and its towns", title());
        assertTrue(lookup("#lectureCaption").queryAs(Label.class).getText().startsWith("Towns by size class"));

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen());
        assertTrue(lookup("#lectureScreen").tryQuery().isEmpty());
        assertTrue(lookup("#sideTabs").tryQuery().isPresent(), "the window is back as it was");
        assertFalse(app.viewModel().lecture().activeProperty().get());
    }

    private String title() {
        return lookup("#lectureTitle").queryAs(Label.class).getText();
    }
}
