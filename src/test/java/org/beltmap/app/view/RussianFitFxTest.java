package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.beltmap.app.BeltMapApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in Russian at the smallest default size, 1280 × 800: layer names, side tabs, legend entries, the
 * Metrics tab and the analysis summary in the status bar are shown whole (no "…", no word broken inside).
 */
class RussianFitFxTest extends FxRobot {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");
    private BeltMapApp app;
    /** The shared test settings as they were: the window remembers its size and dividers on closing. */
    private byte[] savedSettings;
    private Path settingsFile;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void back() {
        System.setProperty("beltmap.lang", "en");
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        if (savedSettings != null) {
            java.nio.file.Files.write(settingsFile, savedSettings);
        }
    }

    @Test
    void namesTabsLegendAndStatusFitAt1280x800InRussian() throws Exception {
        settingsFile = Path.of(System.getProperty("beltmap.settingsDir", "target/test-settings"), "settings.json");
        savedSettings = java.nio.file.Files.exists(settingsFile) ? java.nio.file.Files.readAllBytes(settingsFile) : null;
        System.setProperty("beltmap.lang", "ru");
        app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class, SAMPLE.toString());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.viewModel().analysis().scoresProperty().get() != null
                && !app.viewModel().analysis().runningProperty().get());
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The layer panel dragged as narrow as it goes, the side panel at the first start's width (remembered
        // ones from other tests may be wider).
        interact(() -> ((javafx.scene.control.SplitPane) stage.getScene().lookup(".split-pane"))
                .setDividerPositions(0.0, 0.76));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : stage.getScene().lookup("#layerList").lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> cell && cell.getItem() != null) {
                    check(cell, out);
                    wholeWords(cell, out);
                }
            }
            Node side = stage.getScene().lookup("#sideTabs");
            for (Node n : side.lookupAll(".tab-label")) {
                check((Labeled) n, out);
            }
            // Tabs that do not fit are clipped at the panel's edge (and listed in an overflow menu), not shortened.
            double right = side.localToScene(side.getLayoutBounds()).getMaxX();
            for (Node n : side.lookupAll(".tab")) {
                double tabRight = n.localToScene(n.getLayoutBounds()).getMaxX();
                if (tabRight > right + 0.5) {
                    out.add("tab clipped: " + n.lookup(".tab-label") + " ends at " + tabRight + " > " + right);
                }
            }
            for (Node n : stage.getScene().lookup("#legend").lookupAll(".label")) {
                check((Labeled) n, out);
                wholeWords((Labeled) n, out);
            }
            check((Labeled) stage.getScene().lookup("#statusLabel"), out);
            return out;
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), problems);
        // The Metrics tab's figures (the key column wraps instead).
        interact(() -> ((javafx.scene.control.TabPane) stage.getScene().lookup("#sideTabs")).getSelectionModel()
                .select(2));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> metrics = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : stage.getScene().lookup("#metricsPanel").lookupAll(".label")) {
                if (n instanceof Labeled l && !(l.getParent() instanceof javafx.scene.chart.Axis<?>)) {
                    check(l, out);
                }
            }
            return out;
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), metrics);
        String status = WaitForAsyncUtils.asyncFx(() -> ((Labeled) stage.getScene().lookup("#statusLabel")).getText())
                .get();
        assertTrue(status.contains("жгутов"), "the status shows the whole analysis summary: " + status);
        Node overflow = WaitForAsyncUtils.asyncFx(() -> stage.getScene().lookup("#sideTabs")
                .lookup(".control-buttons-tab")).get();
        assertFalse(overflow != null && overflow.isVisible(), "no tab hides behind the overflow menu");
    }

    /** Wrapped text breaks between words: no word is wider than the width the text wraps at. */
    private static void wholeWords(Labeled l, List<String> out) {
        Text shown = shownText(l);
        for (String word : l.getText().split("\\s+")) {
            Text w = new Text(word);
            w.setFont(l.getFont());
            if (shown != null && shown.getWrappingWidth() > 0
                    && w.getLayoutBounds().getWidth() > shown.getWrappingWidth() + 0.5) {
                out.add("word broken: " + word + " in " + l.getText());
            }
        }
    }

    /** The labeled's own text node (a check box graphic has one of its own, deeper down). */
    private static Text shownText(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> (Text) n).findFirst()
                .orElse(null);
    }

    /** A labeled whose text is cut shows other text ("…") than it holds. */
    private static void check(Labeled l, List<String> out) {
        Text shown = shownText(l);
        if (l.getText() != null && !l.getText().isEmpty() && (shown == null || !l.getText().equals(shown.getText()))) {
            out.add("cut: " + l.getText() + " → " + (shown == null ? null : shown.getText()));
        }
    }
}
