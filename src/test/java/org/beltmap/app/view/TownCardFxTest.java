package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import org.beltmap.app.BeltMapApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The card's statuses are visible choices; a choice is one undoable edit. */
class TownCardFxTest extends FxRobot {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    @SuppressWarnings("unchecked")
    void monotownIsAChoiceAndUndoable() throws Exception {
        System.setProperty("beltmap.lang", "en");
        BeltMapApp app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class,
                LanguageFxTest.SAMPLE.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().getRegion() != null);
        var vm = app.viewModel();
        var town = vm.towns().stream().filter(t -> t.nameEn().equals("Korenovsk")).findFirst().orElseThrow();
        String shown = WaitForAsyncUtils.asyncFx(() -> {
            vm.selectedTownProperty().set(town);
            ChoiceBox<String> box = (ChoiceBox<String>) lookup("#card-monotown").query();
            String before = box.getConverter().toString(box.getValue());
            box.setValue("yes");
            box.fireEvent(new javafx.event.ActionEvent());
            return before;
        }).get();
        assertEquals("unknown", shown, "no data: unknown, shown as a choice");
        assertEquals("yes", vm.townEditsProperty().get().get(town.id(), "monotown"));
        String after = WaitForAsyncUtils.asyncFx(() -> {
            vm.undo().undo();
            ChoiceBox<String> box = (ChoiceBox<String>) lookup("#card-monotown").query();
            return box.getValue();
        }).get();
        assertNull(vm.townEditsProperty().get().get(town.id(), "monotown"), "undone");
        assertEquals("unknown", after, "and the card shows it");
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
