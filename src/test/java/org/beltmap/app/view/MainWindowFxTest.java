package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
    void clickingATownInTheListSelectsIt() {
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
}
