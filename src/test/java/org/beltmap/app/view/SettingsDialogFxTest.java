package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Analysis → Settings on the sample, headless: slower federal roads move Korenovsk (54 min from Krasnodar) out of
 * the second belt once OK is pressed, and Ctrl+Z brings it back.
 */
class SettingsDialogFxTest extends SampleAppFxTest {

    @Override
    void beforeCleanup() {
        // A failed step must not leave the modal dialog over the shared window.
        interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .toList().forEach(Window::hide));
    }

    int korenovskBelt() {
        return app.viewModel().analysis().outcomeProperty().get().belts().towns().stream()
                .filter(a -> a.town().nameEn().equals("Korenovsk")).findFirst().orElseThrow().belt();
    }

    boolean analysed() {
        return app.viewModel().analysis().outcomeProperty().get() != null;
    }

    void retype(String id, String text) {
        clickOn(id).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    @Test
    void slowerFederalRoadsChangeKorenovsksBeltUntilUndone() throws Exception {
        waitForAnalysis();
        assertEquals(2, korenovskBelt());
        double federalA = app.viewModel().getRegion().project().settings().speedFor("federal_A");
        push(KeyCode.SHORTCUT, KeyCode.COMMA);
        WaitForAsyncUtils.waitForFxEvents();
        Node ok = lookup("#settingsOk").query();
        assertFalse(ok.isDisabled());

        retype("#settings-speed-federal_M", "0");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ok.isDisabled(), "a zero speed cannot be applied");
        TextField m = lookup("#settings-speed-federal_M").queryAs(TextField.class);
        assertTrue(m.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("danger")));
        String problems = lookup("#settingsProblems").queryAs(Label.class).getText();
        assertTrue(problems.startsWith("Federal roads M must be more than 0 and less than 300 km/h (got 0)"), problems);

        retype("#settings-speed-federal_M", "45");
        retype("#settings-speed-federal_A", "40");
        retype("#settings-speed-federal_R", "40");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled(), lookup("#settingsProblems").queryAs(Label.class).getText());
        clickOn(ok);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> analysed() && korenovskBelt() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40.0, app.viewModel().getRegion().project().settings().speedFor("federal_A"));
        String status = lookup("#statusLabel").queryAs(Label.class).getText();
        assertTrue(status.contains(" ms"), "the status shows the re-run's time: " + status);

        // Undo from the town list (a focused text field would take Ctrl+Z for itself).
        interact(() -> lookup("#townList").query().requestFocus());
        push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> analysed() && korenovskBelt() == 2);
        assertEquals(federalA, app.viewModel().getRegion().project().settings().speedFor("federal_A"));
        assertFalse(app.viewModel().undo().modifiedProperty().get());
    }
}
