package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.beltmap.core.model.Town;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The app on the sample region, headless (Monocle): towns listed, Korenovsk selected, its card shown. */
class MainWindowFxTest extends SampleAppFxTest {

    @SuppressWarnings("unchecked")
    ListView<Town> townList() {
        return lookup("#townList").queryAs(ListView.class);
    }

    @Test
    void listsThe26TownsAndShowsKorenovskCard() throws Exception {
        assertEquals(26, townList().getItems().size());
        clickOn("#townSearch").write("Koren").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, townList().getItems().size());
        Label title = lookup("#cardTitle").queryAs(Label.class);
        assertTrue(title.getText().contains("Korenovsk"), title.getText());
        VBox card = lookup("#townCard").queryAs(VBox.class);
        String all = card.lookupAll(".label").stream().map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertTrue(all.contains("Кореновск"), all);
        assertTrue(all.contains("41,179"), all);
        assertEquals("Korenovsk", app.viewModel().selectedTownProperty().get().nameEn());
    }

    @Test
    void beltsColourTheTownsAndTheCardComparesWithPublished() throws Exception {
        waitForAnalysis();
        clickOn("#colourByBelt");
        assertEquals(org.beltmap.app.viewmodel.AnalysisViewModel.ColourMode.BELT,
                app.viewModel().analysis().colourModeProperty().get());
        clickOn("#townSearch").write("Кореновск").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        VBox card = lookup("#townCard").queryAs(VBox.class);
        String all = card.lookupAll(".label").stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b);
        assertTrue(all.contains("МТД to the centre"), all);
        assertTrue(all.contains("(publ. 45)"), all);
        assertTrue(all.contains("Belt"), all);
    }

    @Test
    void twoTownsCompareSideBySide() {
        interact(() -> {
            townList().getSelectionModel().clearSelection();
            townList().getSelectionModel().select(0);
            townList().getSelectionModel().select(1);
        });
        clickOn("#compareTowns");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = lookup("#compareTable").queryAs(javafx.scene.control.TableView.class);
        assertEquals(3, table.getColumns().size(), "field + two towns");
        assertTrue(table.getItems().size() > 5);
        type(KeyCode.ESCAPE);
    }

    @Test
    void clickingATownInTheListSelectsIt() throws Exception {
        waitForAnalysis();
        Town tikhoretsk = townList().getItems().stream().filter(t -> t.nameEn().equals("Tikhoretsk")).findFirst()
                .orElseThrow();
        interact(() -> townList().scrollTo(tikhoretsk));
        clickOn(lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() == tikhoretsk).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tikhoretsk", app.viewModel().selectedTownProperty().get().nameEn());
        Label status = lookup("#statusLabel").queryAs(Label.class);
        assertTrue(status.getText().contains("26"), status.getText());
    }

    @Test
    void exitAsksAboutUnsavedEditsAsClosingTheWindowDoesAndCancelKeepsIt() throws Exception {
        var vm = app.viewModel();
        Town korenovsk = vm.towns().stream().filter(t -> t.nameEn().equals("Korenovsk")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> vm.setTownValue(korenovsk, "monotown", "yes")).get();
        // File → Exit is the item Ctrl+Q triggers.
        MenuItem exit = WaitForAsyncUtils.asyncFx(() -> lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0)
                .getItems().stream().filter(i -> KeyCombination.keyCombination("Shortcut+Q").equals(i.getAccelerator()))
                .findFirst().orElseThrow()).get();
        // The question waits for an answer, so the item is fired without waiting for it.
        Platform.runLater(exit::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> closeQuestion().isPresent());
        DialogPane question = closeQuestion().orElseThrow();
        assertEquals(vm.messages().get("close.text"), question.getContentText());
        assertEquals(List.of("Save", "Don't save", ButtonType.CANCEL.getText()), question.getButtonTypes().stream()
                .map(ButtonType::getText).toList());
        interact(() -> ((Button) question.lookupButton(ButtonType.CANCEL)).fire());
        assertTrue(closeQuestion().isEmpty());
        assertTrue(app.window().map().getScene().getWindow().isShowing(), "cancel keeps the window open");
        assertTrue(vm.undo().modifiedProperty().get(), "and the edit unsaved");
    }

    private java.util.Optional<DialogPane> closeQuestion() {
        return lookup(".dialog-pane").queryAll().stream().filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .filter(d -> d.getScene() != null && d.getScene().getWindow().isShowing()).findFirst();
    }

    /** The shared window must not keep the edit (nor an open question) for the next test. */
    @Override
    void beforeCleanup() throws Exception {
        closeQuestion().ifPresent(d -> interact(() -> ((Button) d.lookupButton(ButtonType.CANCEL)).fire()));
        WaitForAsyncUtils.asyncFx(() -> {
            while (app.viewModel().undo().modifiedProperty().get() && app.viewModel().undo().undo()) {
                // back to the state as opened
            }
        }).get();
    }
}
