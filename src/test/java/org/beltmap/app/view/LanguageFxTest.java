package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import org.beltmap.app.BeltMapApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window in Russian, then in English again: menus and town names follow the language. */
class LanguageFxTest extends FxRobot {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void back() {
        System.setProperty("beltmap.lang", "en");
    }

    String menus(String lang) throws Exception {
        System.setProperty("beltmap.lang", lang);
        BeltMapApp app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class, SAMPLE.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().getRegion() != null);
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        StringBuilder b = new StringBuilder();
        bar.getMenus().forEach(mn -> b.append(mn.getText()).append('|'));
        b.append(lookup("#townList").queryListView().getItems().get(0).toString());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        return b.toString();
    }

    @Test
    void switchesToRussianAndBack() throws Exception {
        String ru = menus("ru");
        assertTrue(ru.contains("Файл") && ru.contains("Вид") && ru.contains("Справка"), ru);
        String en = menus("en");
        assertTrue(en.contains("File") && en.contains("View") && en.contains("Help"), en);
    }
}
