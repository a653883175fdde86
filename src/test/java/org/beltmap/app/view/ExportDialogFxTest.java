package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.beltmap.app.BeltMapApp;
import org.beltmap.app.settings.AppSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export diagram on the sample with its scenario active: in English and in Russian no label, choice or
 * button is cut to "…" at the size the dialog opens with, and the active scenario (the default) or the base can
 * be exported, named in what is written.
 */
class ExportDialogFxTest extends FxRobot {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");
    static final String SCENARIO = "Expressway Krasnodar – Korenovsk";

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void back() {
        System.setProperty("beltmap.lang", "en");
    }

    @Test
    void opensWideEnoughInBothLanguagesAndExportsTheActiveScenarioOrTheBase() throws Exception {
        for (String lang : List.of("en", "ru")) {
            System.setProperty("beltmap.lang", lang);
            BeltMapApp app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class, SAMPLE.toString());
            try {
                var vm = app.viewModel();
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.getRegion() != null
                        && vm.exports().diagramData() != null);
                WaitForAsyncUtils.asyncFx(() -> vm.scenario().activate(SCENARIO)).get();
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.exports().diagramData() != null
                        && SCENARIO.equals(vm.exports().diagramData().scenario()));
                AppSettings settings = AppSettings.load(dir.resolve(lang + ".json"));
                ExportDialog.Form form = WaitForAsyncUtils.asyncFx(() -> {
                    ExportDialog.Form f = ExportDialog.form(app.window().map().getScene().getWindow(), vm, settings);
                    f.dialog().show();
                    return f;
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                List<String> cut = WaitForAsyncUtils.asyncFx(() -> truncated(form.dialog().getDialogPane())).get();
                assertEquals(List.of(), cut, lang + ": texts cut at the opening size");

                assertEquals(List.of(ExportDialog.SCENARIO, ExportDialog.BASE), form.source().getItems());
                assertEquals(ExportDialog.SCENARIO, form.source().getValue(), "the active scenario by default");
                assertEquals(SCENARIO, form.data().get().scenario());
                WaitForAsyncUtils.asyncFx(() -> form.source().setValue(ExportDialog.BASE)).get();
                assertNull(form.data().get().scenario(), "the base network, as chosen");
                WaitForAsyncUtils.asyncFx(() -> form.dialog().close()).get();
            } finally {
                FxToolkit.cleanupApplication(app);
                FxToolkit.cleanupStages();
            }
        }
    }

    /** Labeled controls whose shown text differs from their text (JavaFX cuts it with "…"). */
    static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        List<Node> nodes = new ArrayList<>(List.of(root));
        while (!nodes.isEmpty()) {
            Node n = nodes.remove(nodes.size() - 1);
            if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                Node shown = l.lookup(".text");
                if (shown instanceof Text t && !t.getText().equals(l.getText())) {
                    out.add(l.getText() + " → " + t.getText());
                }
            }
            if (n instanceof Parent p) {
                nodes.addAll(p.getChildrenUnmodifiable());
            }
        }
        return out;
    }
}
