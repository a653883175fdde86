package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.beltmap.app.BeltMapApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample in the app (1600×1000): File → Export report… opens the dialog with its preview and writes a PDF
 * whose text holds a small town; the Metrics tab's belt table shows every cell in full.
 */
class ReportDialogFxTest extends FxRobot {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");

    @TempDir
    Path dir;
    BeltMapApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void back() {
        System.setProperty("beltmap.lang", "en");
    }

    @BeforeEach
    void start() throws Exception {
        System.setProperty("beltmap.lang", "en");
        app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class, SAMPLE.toString());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.viewModel().getRegion() != null
                && app.viewModel().analysis().resultProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void exportsThePdfOfTheSampleFromTheFileMenu() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            MenuBar bar = (MenuBar) app.window().map().getScene().lookup(".menu-bar");
            MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> "menu-file-report".equals(i.getId()))
                    .findFirst().orElseThrow();
            assertEquals("Export report…", item.getText());
            assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+R"), item.getAccelerator());
            item.fire();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#reportDialog").tryQuery().isPresent());
        DialogPane pane = lookup("#reportDialog").queryAs(DialogPane.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ExportDialogFxTest.truncated(pane)).get(),
                "no text cut in the dialog");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ((ImageView) pane.lookup("#reportPreview"))
                .getImage() != null);

        Path out = dir.resolve("sample-report.pdf");
        WaitForAsyncUtils.asyncFx(() -> {
            ((TextField) pane.lookup("#reportFile")).setText(out.toString());
            ((Button) pane.lookup("#reportExport")).fire();
        }).get();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !((Label) pane.lookup("#reportResult")).getText()
                .isEmpty());
        assertTrue(Files.isRegularFile(out));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Korenovsk"), "a small town of the sample");
        }
        String status = app.viewModel().statusProperty().get();
        assertTrue(status.contains("sample-report.pdf") && status.contains(dir.toString()), status);
        WaitForAsyncUtils.asyncFx(() -> ((Button) pane.lookup("#reportClose")).fire()).get();
    }

    @Test
    void theBeltTableShowsEveryCellInFull() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            TabPane tabs = (TabPane) app.window().map().getScene().lookup("#sideTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getId().equals("tab-metrics"))
                    .findFirst().orElseThrow());
        }).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#beltGrid").query() instanceof
                javafx.scene.layout.GridPane g && g.getChildren().size() > 20);
        WaitForAsyncUtils.waitForFxEvents();
        Node table = lookup("#beltTable").query();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ExportDialogFxTest.truncated(
                (javafx.scene.Parent) table)).get());
        double[] widths = WaitForAsyncUtils.asyncFx(() -> new double[] {table.getLayoutBounds().getWidth(),
            ((javafx.scene.control.ScrollPane) app.window().map().getScene().lookup("#metricsPanel"))
                .getViewportBounds().getWidth()}).get();
        assertTrue(widths[0] <= widths[1], "the side panel widened to the table: " + widths[0] + " in "
                + widths[1]);
    }
}
