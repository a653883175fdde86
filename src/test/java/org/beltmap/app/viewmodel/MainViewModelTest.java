package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main view model with plain JUnit: loading runs inline, no toolkit needed. */
class MainViewModelTest {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");

    @TempDir
    Path dir;
    MainViewModel vm;
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        AppSettings settings = AppSettings.load(dir.resolve("settings.json"));
        vm = new MainViewModel(new Messages(Locale.ENGLISH), settings, Runnable::run, Runnable::run);
        vm.setErrorHandler(errors::add);
    }

    @Test
    void openingTheSampleFillsTownsLayersAndRecent() {
        vm.open(SAMPLE);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(26, vm.towns().size());
        assertEquals(14, vm.layers().size(), "8 data layers + isochrones, rays, bundles, strips, route, gap joins");
        assertEquals(SAMPLE.toAbsolutePath().normalize(), vm.recent().get(0).toAbsolutePath().normalize());
        assertTrue(vm.statusProperty().get().contains("26"), vm.statusProperty().get());
        assertTrue(Files.exists(dir.resolve("settings.json")), "recent list is saved");
    }

    @Test
    void searchMatchesRussianAndEnglishNamesIgnoringCaseAndYo() {
        vm.open(SAMPLE);
        vm.searchProperty().set("корен");
        assertEquals(List.of("Korenovsk"), vm.filteredTowns().stream().map(Town::nameEn).toList());
        vm.searchProperty().set("TIKH");
        assertEquals(List.of("Tikhoretsk"), vm.filteredTowns().stream().map(Town::nameEn).toList());
        assertTrue(vm.selectFirstMatch());
        assertEquals("Tikhoretsk", vm.selectedTownProperty().get().nameEn());
        vm.searchProperty().set("");
        assertEquals(26, vm.filteredTowns().size());
    }

    @Test
    void aBrokenProjectReportsTheErrorAndKeepsTheCurrentRegion() throws Exception {
        vm.open(SAMPLE);
        Region before = vm.getRegion();
        Path broken = dir.resolve("broken.beltmap");
        Files.writeString(broken, "{\"version\": 1, \"layers\": [");
        vm.open(broken);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("broken.beltmap"), errors.get(0));
        assertSame(before, vm.getRegion());
        assertTrue(!vm.busyProperty().get());
    }

    @Test
    void layerFilesOutsideTheFolderAreShownBeforeReadingAndSkippedUnlessConfirmed() throws Exception {
        Path inner = Files.createDirectories(dir.resolve("project"));
        String town = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name_en":"A","population":1000},
                "geometry":{"type":"Point","coordinates":[39.0,45.0]}}]}""";
        Files.writeString(inner.resolve("towns.geojson"), town);
        Files.writeString(dir.resolve("secret.geojson"), town);
        Path p = inner.resolve("p.beltmap");
        Files.writeString(p, """
                {"version":1,"layers":[{"id":"towns","kind":"towns","path":"towns.geojson"},
                  {"id":"up","kind":"other","path":"../secret.geojson"}]}""");
        List<String> asked = new ArrayList<>();
        vm.setOutsideConfirm(files -> {
            files.forEach(f -> asked.add(f.layerId() + " " + f.resolved().getFileName()));
            return false;
        });
        vm.open(p);
        assertEquals(List.of("up secret.geojson"), asked, "the user sees the escaping path before anything is read");
        assertEquals(List.of("towns"), List.copyOf(vm.getRegion().layers().keySet()));
        assertTrue(errors.get(0).contains("outside the project folder"), errors::toString);

        vm.setOutsideConfirm(files -> true);
        vm.open(p);
        assertEquals(List.of("towns", "up"), List.copyOf(vm.getRegion().layers().keySet()));
    }

    @Test
    void csvColumnsChosenByTheUserAreKeptWithTheLayerAndUsedAfterReopening() throws Exception {
        Path project = dir.resolve("krai/krasnodar-krai.beltmap");
        LectureViewModelTest.copySample(project.getParent());
        // A Russian Excel export: windows-1251, semicolons, coordinate columns named in Russian words BeltMap
        // does not guess.
        Path csv = project.resolveSibling("объекты.csv");
        Files.write(csv, "название;восток;север\nМост;39,0;45,0\nШкола;38,5;44,9\n".replace(",", ".")
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));
        vm.open(project);
        var options = new org.beltmap.core.io.CsvLayerReader.Options(java.nio.charset.Charset.forName("windows-1251"),
                ';', "восток", "север", null);
        vm.addLayer(csv, org.beltmap.core.model.LayerKind.OTHER, null, options.toFields());
        assertTrue(errors.isEmpty(), errors::toString);
        var layer = vm.getRegion().layers().get("объекты");
        assertEquals(2, layer.features().size());
        assertEquals("Мост", layer.features().get(0).getString("название"));
        assertEquals(39.0, layer.features().get(0).geometry().getCoordinate().x, 1e-9);

        assertTrue(vm.save(null));
        vm.open(project);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(44.9, vm.getRegion().layers().get("объекты").features().get(1).geometry().getCoordinate().y, 1e-9,
                "the reopened project reads the CSV with the same columns");
    }

    @Test
    void removingALayerIsUndoable() {
        vm.open(SAMPLE);
        assertTrue(vm.getRegion().layers().containsKey("pipelines"));
        vm.removeLayer("pipelines");
        assertTrue(!vm.getRegion().layers().containsKey("pipelines"));
        assertTrue(vm.layers().stream().noneMatch(l -> l.id().equals("pipelines")));
        assertEquals(26, vm.towns().size(), "the rest of the project is as it was");
        vm.undo().undo();
        assertTrue(vm.getRegion().layers().containsKey("pipelines"));
        vm.undo().redo();
        assertTrue(!vm.getRegion().layers().containsKey("pipelines"));
    }

    @Test
    void cancellingALoadKeepsTheCurrentProject() {
        vm.open(SAMPLE);
        Region before = vm.getRegion();
        List<Runnable> queued = new ArrayList<>();
        MainViewModel slow = new MainViewModel(new Messages(Locale.ENGLISH),
                AppSettings.load(dir.resolve("s2.json")), queued::add, Runnable::run);
        slow.open(SAMPLE);
        assertTrue(slow.busyProperty().get());
        slow.cancelLoad();
        assertTrue(!slow.busyProperty().get());
        assertEquals("Loading cancelled; the previous project stays open", slow.statusProperty().get());
        queued.remove(0).run(); // the load thread finishes after the cancel: its result is dropped
        assertEquals(null, slow.getRegion(), "a cancelled load publishes nothing");
        assertSame(before, vm.getRegion());
    }

    @Test
    void cardShowsNamesPopulationSizeClassAndPublishedFigures() {
        vm.open(SAMPLE);
        Messages m = new Messages(Locale.ENGLISH);
        Town korenovsk = vm.towns().stream().filter(t -> t.nameEn().equals("Korenovsk")).findFirst().orElseThrow();
        List<TownCard.Row> rows = TownCard.rows(korenovsk, false, m);
        String text = rows.stream().map(r -> r.label() + "=" + r.value()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("Кореновск"), text);
        assertTrue(text.contains("41,179"), text);
        assertTrue(text.toLowerCase(Locale.ROOT).contains("small"), text);
        assertTrue(text.contains("45"), "published МТД shown: " + text);
        assertNotNull(TownCard.title(korenovsk, m));
    }

    @Test
    void metricsTabShowsFormulaOneForBothAreas() {
        vm.open(SAMPLE);
        var rows = vm.metrics().rows();
        String text = rows.stream().map(r -> r.label() + "=" + r.value()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("Mean distance L, publ. area=53.89 km"), text);
        assertTrue(text.contains("Mean distance L, boundary=54."), text);
        assertEquals(5, vm.metrics().classes().size());
    }

    @Test
    void analysisRunsAfterLoadingAndFillsTheCard() {
        vm.open(SAMPLE);
        var outcome = vm.analysis().outcomeProperty().get();
        assertNotNull(outcome, "the analysis ran (inline executor)");
        assertEquals(3, outcome.isochrones().size());
        assertEquals(26, outcome.belts().towns().size());
        assertTrue(vm.statusProperty().get().contains("belt 1"), vm.statusProperty().get());
        Town korenovsk = vm.towns().stream().filter(t -> t.nameEn().equals("Korenovsk")).findFirst().orElseThrow();
        var access = vm.analysis().access(korenovsk).orElseThrow();
        List<TownCard.Row> rows = TownCard.rows(korenovsk, false, access, new Messages(Locale.ENGLISH));
        TownCard.Row mtd = rows.stream().filter(r -> r.label().startsWith("МТД to")).findFirst().orElseThrow();
        assertTrue(mtd.value().contains("(publ. 45)"), mtd.value());
        TownCard.Row belt = rows.stream().filter(r -> r.label().equals("Belt")).findFirst().orElseThrow();
        assertTrue(belt.value().endsWith("(publ. 1)"), belt.value());
        assertEquals(access.belt() != 1, belt.warning() != null, "warning exactly when the belts differ");
        assertTrue(vm.analysis().calibration().isPresent());
    }

    @Test
    void aNewerRunSupersedesAnOlderOne() {
        List<Runnable> queued = new ArrayList<>();
        AnalysisViewModel a = new AnalysisViewModel(new Messages(Locale.ENGLISH), queued::add, Runnable::run);
        Region region = org.beltmap.core.io.RegionLoader.load(SAMPLE);
        a.recompute(region);
        a.recompute(region);
        assertEquals(2, queued.size());
        queued.get(0).run();
        assertNull(a.outcomeProperty().get(), "the first run's result is dropped");
        queued.get(1).run();
        assertNotNull(a.outcomeProperty().get());
        a.cancel();
        assertTrue(!a.runningProperty().get());
    }

    @Test
    void openingAnotherProjectClearsTheSelection() {
        vm.open(SAMPLE);
        vm.selectedTownProperty().set(vm.towns().get(3));
        vm.open(SAMPLE);
        assertNull(vm.selectedTownProperty().get());
    }

    @Test
    void aBadLayerEntryIsReportedAndTheRestOpensAsInTheCli() throws Exception {
        Path project = dir.resolve("krai/krasnodar-krai.beltmap");
        LectureViewModelTest.copySample(project.getParent());
        String json = Files.readString(project);
        Files.writeString(project, json.replaceFirst("\"layers\" : \\[",
                "\"layers\" : [ { \"id\" : \"metro\", \"kind\" : \"tramways\", \"path\" : \"metro.geojson\" },"));
        vm.open(project);
        assertEquals(26, vm.towns().size());
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("unknown kind 'tramways'"), errors.get(0));
        assertEquals(org.beltmap.core.io.RegionLoader.load(project).problems(), vm.getRegion().problems(),
                "the same problems as the CLI's info command");
        assertTrue(vm.getRegion().layers().containsKey("towns"));
    }

    /** A project folder with a towns layer inside and a layer "up" whose file lies outside it. */
    Path projectWithAnOutsideLayer() throws Exception {
        Path inner = Files.createDirectories(dir.resolve("project"));
        String town = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name_en":"A","population":1000},
                "geometry":{"type":"Point","coordinates":[39.0,45.0]}}]}""";
        Files.writeString(inner.resolve("towns.geojson"), town);
        Files.writeString(inner.resolve("inside.geojson"), town);
        Files.writeString(dir.resolve("secret.geojson"), town);
        Files.writeString(dir.resolve("chosen.geojson"), town);
        Path p = inner.resolve("p.beltmap");
        Files.writeString(p, """
                {"version":1,"layers":[{"id":"towns","kind":"towns","path":"towns.geojson"},
                  {"id":"up","kind":"other","path":"../secret.geojson"}]}""");
        return p;
    }

    @Test
    void declinedOutsideFilesStayUnreadThroughAddRemoveAndUndo() throws Exception {
        Path p = projectWithAnOutsideLayer();
        List<String> asked = new ArrayList<>();
        vm.setOutsideConfirm(files -> asked.add(files.toString()) && false);
        vm.open(p);
        assertEquals(List.of("towns"), List.copyOf(vm.getRegion().layers().keySet()));

        vm.addLayer(p.resolveSibling("inside.geojson"), org.beltmap.core.model.LayerKind.OTHER, null);
        assertEquals(List.of("towns", "inside"), List.copyOf(vm.getRegion().layers().keySet()), "added, 'up' unread");
        vm.undo().undo();
        assertEquals(List.of("towns"), List.copyOf(vm.getRegion().layers().keySet()), "undone, 'up' unread");
        vm.removeLayer("towns");
        assertEquals(List.of(), List.copyOf(vm.getRegion().layers().keySet()), "removed, 'up' unread");
        vm.undo().undo();
        assertEquals(List.of("towns"), List.copyOf(vm.getRegion().layers().keySet()));

        // A file the user picks from outside is read; the declined one still is not.
        vm.addLayer(dir.resolve("chosen.geojson"), org.beltmap.core.model.LayerKind.OTHER, null);
        assertEquals(List.of("towns", "chosen"), List.copyOf(vm.getRegion().layers().keySet()));
        vm.undo().undo();
        vm.undo().redo();
        assertEquals(List.of("towns", "chosen"), List.copyOf(vm.getRegion().layers().keySet()));
        assertEquals(1, asked.size(), "asked once, when the project opened");
        assertTrue(vm.getRegion().project().layer("up").isPresent(), "the declined layer is kept in the project");
        assertTrue(errors.get(errors.size() - 1).contains("outside the project folder"), errors::toString);
    }

    @Test
    void restoringKeepsTheAnswerAboutOutsideFiles() throws Exception {
        Path p = projectWithAnOutsideLayer();
        List<String> asked = new ArrayList<>();
        vm.setOutsideConfirm(files -> asked.add(files.toString()) && false);
        vm.open(p);
        vm.addLayer(p.resolveSibling("inside.geojson"), org.beltmap.core.model.LayerKind.OTHER, null);
        assertTrue(vm.autosave());

        vm.restore(p);
        assertEquals(List.of("towns", "inside"), List.copyOf(vm.getRegion().layers().keySet()),
                "the recovered edit is back, the declined file unread");
        assertEquals(1, asked.size(), "restoring the same project does not ask again");
        assertTrue(vm.undo().modifiedProperty().get(), "recovered edits are unsaved");

        // The window rebuilt in another language carries the session on: nothing asked, nothing read.
        MainViewModel next = new MainViewModel(new Messages(Locale.forLanguageTag("ru")),
                AppSettings.load(dir.resolve("s2.json")), Runnable::run, Runnable::run);
        next.setOutsideConfirm(files -> asked.add(files.toString()));
        next.continueFrom(vm, true);
        assertEquals(List.of("towns", "inside"), List.copyOf(next.getRegion().layers().keySet()));
        assertEquals(1, asked.size());

        // Restoring in a fresh view model is a first load of that project: asked once, declined stays declined.
        MainViewModel fresh = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(dir.resolve("s3.json")),
                Runnable::run, Runnable::run);
        List<String> freshErrors = new ArrayList<>();
        fresh.setErrorHandler(freshErrors::add);
        fresh.setOutsideConfirm(files -> asked.add(files.toString()) && false);
        fresh.restore(p);
        assertEquals(List.of("towns", "inside"), List.copyOf(fresh.getRegion().layers().keySet()));
        assertEquals(2, asked.size());
        assertTrue(freshErrors.get(0).contains("outside the project folder"), freshErrors::toString);
    }

    @Test
    void aReloadAfterAnEditCanBeCancelled() throws Exception {
        Path p = projectWithAnOutsideLayer();
        List<Runnable> queued = new ArrayList<>();
        MainViewModel slow = new MainViewModel(new Messages(Locale.ENGLISH),
                AppSettings.load(dir.resolve("s2.json")), queued::add, Runnable::run);
        slow.open(p);
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
        Region before = slow.getRegion();
        slow.addLayer(p.resolveSibling("inside.geojson"), org.beltmap.core.model.LayerKind.OTHER, null);
        assertTrue(slow.busyProperty().get(), "the reload shows progress");
        slow.cancelLoad();
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
        assertSame(before, slow.getRegion(), "a cancelled reload publishes nothing");
    }
}
