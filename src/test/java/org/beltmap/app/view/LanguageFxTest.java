package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
    void switchesLiveKeepingUnsavedEdits(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path project = dir.resolve("krasnodar-krai.beltmap");
        try (var files = java.nio.file.Files.list(SAMPLE.getParent())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (java.nio.file.Files.isRegularFile(f)) {
                    java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        System.setProperty("beltmap.lang", "en");
        BeltMapApp app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class, project.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().getRegion() != null);
        var korenovsk = app.viewModel().towns().stream().filter(t -> t.nameEn().equals("Korenovsk")).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> app.viewModel().setTownValue(korenovsk, "monotown", "yes")).get();
        fire("lang-ru");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().getRegion() != null
                && app.viewModel().messages().isRussian());
        String menus = WaitForAsyncUtils.asyncFx(() -> {
            StringBuilder b = new StringBuilder();
            ((MenuBar) app.window().map().getScene().lookup(".menu-bar")).getMenus()
                    .forEach(mn -> b.append(mn.getText()).append('|'));
            return b.toString();
        }).get();
        assertTrue(menus.contains("Файл") && menus.contains("Вид"), menus);
        assertTrue("yes".equals(app.viewModel().townEditsProperty().get().values().get(korenovsk.id()).get("monotown")),
                "the unsaved edit survives the switch");
        assertTrue(app.viewModel().undo().modifiedProperty().get(), "and is still marked unsaved");
        fire("lang-en");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().getRegion() != null
                && !app.viewModel().messages().isRussian());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /**
     * Colour by score, a selected town, the Ranking tab, a closer zoom, a small-town filter: all still there after
     * the switch, and the scores at once (the analysis is taken over, not run again).
     */
    @Test
    void switchKeepsTheViewAndTheScores() throws Exception {
        System.setProperty("beltmap.lang", "en");
        BeltMapApp app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class, SAMPLE.toString());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.viewModel().analysis().scoresProperty().get() != null);
        var korenovsk = app.viewModel().towns().stream().filter(t -> t.nameEn().equals("Korenovsk")).findFirst()
                .orElseThrow();
        double[] before = WaitForAsyncUtils.asyncFx(() -> {
            ((javafx.scene.control.ToggleButton) lookup("#colourByScore").query()).fire();
            app.viewModel().selectedTownProperty().set(korenovsk);
            var tabs = (javafx.scene.control.TabPane) app.window().map().getScene().lookup("#sideTabs");
            tabs.getSelectionModel().select(1);
            app.window().map().zoomBy(1);
            app.window().map().centreOn(45.3, 39.4);
            var c = app.window().map().mapView().getCenter();
            return new double[] {app.window().map().mapView().getZoom(), c.getLatitude(), c.getLongitude()};
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        int greenBefore = WaitForAsyncUtils.asyncFx(() -> isochronePixels(app)).get();
        var scores = app.viewModel().analysis().scoresProperty().get();
        fire("lang-ru");
        WaitForAsyncUtils.waitForFxEvents();
        var vm = app.viewModel();
        assertTrue(vm.messages().isRussian(), "the window is rebuilt in Russian");
        assertSame(scores, vm.analysis().scoresProperty().get(), "the scores are there at once, not recomputed");
        assertEquals(org.beltmap.app.viewmodel.AnalysisViewModel.ColourMode.SCORE,
                vm.analysis().colourModeProperty().get());
        assertEquals(korenovsk.id(), vm.selectedTownProperty().get().id(), "the selection stays");
        double[] after = WaitForAsyncUtils.asyncFx(() -> {
            var tabs = (javafx.scene.control.TabPane) app.window().map().getScene().lookup("#sideTabs");
            var c = app.window().map().mapView().getCenter();
            return new double[] {app.window().map().mapView().getZoom(), c.getLatitude(), c.getLongitude(),
                    tabs.getSelectionModel().getSelectedIndex(),
                    ((javafx.scene.control.ToggleButton) app.window().map().getScene().lookup("#colourByScore"))
                            .isSelected() ? 1 : 0};
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        int greenAfter = WaitForAsyncUtils.asyncFx(() -> isochronePixels(app)).get();
        assertTrue(greenBefore > 1000 && greenAfter > greenBefore / 2, "the isochrones are still drawn: "
                + greenBefore + " green pixels before, " + greenAfter + " after");
        assertEquals(before[0], after[0], 1e-9, "the zoom stays");
        assertEquals(before[1], after[1], 1e-3, "the centre stays");
        assertEquals(before[2], after[2], 1e-3);
        assertEquals(1, after[3], "the Ranking tab stays open");
        assertEquals(1, after[4], "the toolbar shows colour by score");
        String rankRu = WaitForAsyncUtils.asyncFx(() -> lookup("#rankingTable").queryTableView().getItems().size()
                + "|" + ((javafx.scene.control.Label) lookup("#cardTitle").query()).getText()).get();
        assertTrue(rankRu.startsWith("11|Кореновск"), "the ranking lists the small towns, the card is Korenovsk's: "
                + rankRu);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** The Scenario menu holds the Scenario tab's actions; Compare opens that tab. */
    @Test
    void scenarioMenuOpensTheScenarioTab() throws Exception {
        System.setProperty("beltmap.lang", "en");
        BeltMapApp app = (BeltMapApp) FxToolkit.setupApplication(BeltMapApp.class, SAMPLE.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().getRegion() != null);
        String items = WaitForAsyncUtils.asyncFx(() -> {
            MenuBar bar = (MenuBar) lookup(".menu-bar").query();
            StringBuilder b = new StringBuilder();
            bar.getMenus().stream().filter(mn -> mn.getText().equals("Scenario")).findFirst().orElseThrow()
                    .getItems().forEach(i -> b.append(i.getText()).append('|'));
            return b.toString();
        }).get();
        assertTrue(items.contains("New scenario") && items.contains("Draw planned road")
                && items.contains("Load scenario file") && items.contains("Export comparison CSV"), items);
        fire("menu-scenario-compare");
        WaitForAsyncUtils.waitForFxEvents();
        String tab = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.TabPane) app.window().map().getScene()
                .lookup("#sideTabs")).getSelectionModel().getSelectedItem().getId()).get();
        assertEquals("tab-scenario", tab);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Fires a menu item by id, as a click on it would. */
    private void fire(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            MenuBar bar = (MenuBar) lookup(".menu-bar").query();
            bar.getMenus().stream().flatMap(mn -> all(mn.getItems()).stream()).filter(i -> id.equals(i.getId()))
                    .findFirst().orElseThrow().fire();
        }).get();
    }

    private static java.util.List<javafx.scene.control.MenuItem> all(java.util.List<javafx.scene.control.MenuItem> items) {
        java.util.List<javafx.scene.control.MenuItem> out = new java.util.ArrayList<>();
        for (var i : items) {
            out.add(i);
            if (i instanceof javafx.scene.control.Menu sub) {
                out.addAll(all(sub.getItems()));
            }
        }
        return out;
    }

    @Test
    void switchesToRussianAndBack() throws Exception {
        String ru = menus("ru");
        assertTrue(ru.contains("Файл") && ru.contains("Вид") && ru.contains("Справка"), ru);
        String en = menus("en");
        assertTrue(en.contains("File") && en.contains("View") && en.contains("Help"), en);
    }

    /** Pixels of the map's overlay tinted by the isochrone bands' greens. */
    private static int isochronePixels(BeltMapApp app) {
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setFill(javafx.scene.paint.Color.TRANSPARENT);
        javafx.scene.image.Image img = app.window().map().overlay().snapshot(p, null);
        javafx.scene.image.PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) img.getHeight(); y += 2) {
            for (int x = 0; x < (int) img.getWidth(); x += 2) {
                javafx.scene.paint.Color c = r.getColor(x, y);
                if (c.getOpacity() > 0.15 && c.getGreen() > c.getRed() + 0.08 && c.getGreen() > c.getBlue() + 0.08) {
                    n++;
                }
            }
        }
        return n;
    }
}
