package org.beltmap.app.view;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.beltmap.app.BeltMapApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app in English on the bundled sample, headless (Monocle), started fresh for each test. */
abstract class SampleAppFxTest extends FxRobot {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");
    BeltMapApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        System.setProperty("beltmap.lang", "en");
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class, SAMPLE.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().getRegion() != null
                && app.viewModel().towns().size() == 26);
    }

    @AfterEach
    void stop() throws Exception {
        beforeCleanup();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Undo what a test may leave behind in the shared primary stage. */
    void beforeCleanup() throws Exception {
    }

    void waitForAnalysis() throws Exception {
        // The whole run: map part, then bundles and scores (the status bar then reports the complete analysis).
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.viewModel().analysis().resultProperty().get() != null
                && !app.viewModel().analysis().runningProperty().get());
    }
}
