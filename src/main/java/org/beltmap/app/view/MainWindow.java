package org.beltmap.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.map.MapPane;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.app.settings.SampleLocator;
import org.beltmap.app.viewmodel.LayerItem;
import org.beltmap.app.viewmodel.AnalysisViewModel;
import org.beltmap.app.viewmodel.MainViewModel;

/** The main window: menus and toolbar, layers and legend left, the map centre, towns and card right, status below. */
public final class MainWindow {

    private final Stage stage;
    private final MainViewModel vm;
    private final AppSettings settings;
    private final Messages m;
    private final MapPane map = new MapPane();
    private final SplitPane split = new SplitPane();
    /** Built when first entered: most sessions never start a lecture. */
    private LecturePresenter lecture;
    private final BorderPane root;
    private final Menu layersMenu;
    private java.util.function.Consumer<java.util.Locale> onLanguageChange = l -> { };
    private final TownPanel townPanel;
    private final Menu recentMenu;
    private final RayActions rayActions;
    private final org.beltmap.app.map.PlannedRoadEditor plannedRoadEditor;
    private final org.beltmap.app.map.MeasureTool measure;
    private final javafx.scene.control.TabPane sideTabs;
    // Built when first selected (or a menu action needs them): the first frame shows the Town tab only.
    private final LazyTab<RankingPanel> rankingTab;
    private final LazyTab<MetricsPanel> metricsTab;
    private final LazyTab<ScenarioPanel> scenarioTab;
    private final org.beltmap.app.viewmodel.RankingViewModel ranking;
    /** The right divider before the Ranking tab widened the side panel; NaN when it is not widened. */
    private double narrowDivider = Double.NaN;

    public MainWindow(Stage stage, MainViewModel vm, AppSettings settings) {
        this.stage = stage;
        this.vm = vm;
        this.settings = settings;
        this.m = vm.messages();
        this.townPanel = new TownPanel(vm);
        this.recentMenu = new Menu(m.get("menu.file.recent"));
        this.layersMenu = new Menu(m.get("menu.view.layers"));
        this.rayActions = new RayActions(vm, map, stage);
        this.plannedRoadEditor = new org.beltmap.app.map.PlannedRoadEditor(vm.scenario(), map.overlay());
        map.addTool(plannedRoadEditor);
        this.measure = map.enableMeasure(m);
        vm.scenario().selectedRoadProperty().addListener((o, a, b) -> map.overlay().refresh());
        LayerPanel layerPanel = new LayerPanel(vm);
        this.ranking = new org.beltmap.app.viewmodel.RankingViewModel(vm.analysis());
        this.rankingTab = new LazyTab<>(tab("tab.ranking", null), () -> new RankingPanel(vm, ranking));
        this.metricsTab = new LazyTab<>(tab("tab.metrics", null), () -> new MetricsPanel(vm.metrics(), m));
        this.scenarioTab = new LazyTab<>(tab("tab.scenario", null), () -> new ScenarioPanel(vm,
                rayActions.editor()));
        javafx.scene.control.TabPane side = new javafx.scene.control.TabPane(
                tab("tab.town", townPanel), rankingTab.tab(), metricsTab.tab(), scenarioTab.tab());
        side.setId("sideTabs");
        // The four tab names whole in Russian at 1280 px too: the panel is never narrower than its tab headers.
        side.skinProperty().addListener((o, was, skin) -> javafx.application.Platform.runLater(() -> {
            if (side.lookup(".tab-header-area") instanceof javafx.scene.layout.Region headers) {
                side.setMinWidth(headers.prefWidth(-1) + 8);
            }
        }));
        side.getStyleClass().add("side-tabs");
        side.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        split.getItems().addAll(layerPanel, map, side);
        split.setDividerPositions(settings.leftDivider(), settings.rightDivider());
        SplitPane.setResizableWithParent(layerPanel, false);
        SplitPane.setResizableWithParent(side, false);
        this.sideTabs = side;
        widenFor(List.of(wide(rankingTab, RankingPanel::wantedWidthProperty),
                wide(metricsTab, MetricsPanel::wantedWidthProperty), wide(scenarioTab, ScenarioPanel::wantedWidthProperty)));
        this.root = new BorderPane(split);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(new StatusBar(vm, map));
        // A remembered size from a bigger monitor must not push the window off this one.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(settings.windowWidth(), screen.getWidth()),
                Math.min(settings.windowHeight(), screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/org/beltmap/app/beltmap.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // A letter typed into a text field must not fire a plain-letter accelerator (M: measure).
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl && e.getCode().isLetterKey() && !e.isShortcutDown()
                    && !e.isAltDown()) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> (vm.undo()
                .modifiedProperty().get() ? "• " : "") + (vm.getRegion() == null ? "" : vm.getRegion().project().region()
                .get(m.locale()) + " — ") + m.get("app.title"), vm.undo().modifiedProperty(), vm.regionProperty()));
        if (!Double.isNaN(settings.windowX()) && screen.contains(settings.windowX(), settings.windowY())) {
            stage.setX(settings.windowX());
            stage.setY(settings.windowY());
        }
        stage.setMaximized(settings.maximized());
        stage.setOnHidden(e -> rememberLayout());
        wire();
    }

    private void wire() {
        vm.setErrorHandler(msg -> Dialogs.error(stage, m, msg));
        vm.setProblemHandler(msg -> Dialogs.problems(stage, m, msg));
        vm.setOutsideConfirm(files -> Dialogs.confirmOutside(stage, m, files));
        vm.setRecoveryHandler(project -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, m.get("recovery.text", project.getFileName()),
                    javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
            a.initOwner(stage);
            a.setHeaderText(m.get("recovery.title"));
            if (a.showAndWait().orElse(javafx.scene.control.ButtonType.NO) == javafx.scene.control.ButtonType.YES) {
                vm.restore(project);
            } else {
                vm.deleteRecovery(project);
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });
        new MapLayers(vm, map, List.of(plannedRoadEditor, rayActions.editor())).bind();
        map.setOnTownClicked(t -> vm.selectedTownProperty().set(t));
        map.setTooltipText(t -> t.name(m.locale()) + (t.population() < 0 ? "" : " · " + m.integer(t.population())
                + " " + m.get("unit.persons")));
        vm.recent().addListener((javafx.collections.ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        vm.layers().addListener((javafx.collections.ListChangeListener<org.beltmap.app.viewmodel.LayerItem>) c
                -> rebuildLayersMenu());
    }

    /** File → Exit, Ctrl+Q: closes the window after the same question as its close button. */
    private void exit() {
        if (confirmClose()) {
            stage.close();
        }
    }

    /** With unsaved edits asks Save / Don't save / Cancel; true when the window may close. */
    private boolean confirmClose() {
        if (!vm.undo().modifiedProperty().get()) {
            return true;
        }
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType(m.get("menu.file.save"));
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType(m.get("close.discard"));
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, m.get("close.text"), save, discard,
                javafx.scene.control.ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText(null);
        var choice = a.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
        if (choice == save) {
            return vm.save(null);
        }
        if (choice == discard) {
            if (vm.getRegion() != null) {
                vm.deleteRecovery(vm.getRegion().project().file());
            }
            return true;
        }
        return false;
    }

    /**
     * While the Ranking or the Metrics tab is open the side panel widens to show the whole table (at most 60 % of
     * the window), and narrows back when another tab opens: the table's columns never need cutting, and the map
     * keeps its room.
     */
    private void widenFor(List<Wide> wide) {
        Runnable fit = () -> {
            var selected = sideTabs.getSelectionModel().getSelectedItem();
            Wide w = wide.stream().filter(x -> x.tab() == selected).findFirst().orElse(null);
            // Reading the width builds the tab's content, whichever selection listener runs first.
            var wanted = w == null ? null : w.width().get();
            boolean open = wanted != null;
            double total = split.getWidth();
            if (total <= 0) {
                return;
            }
            if (!open) {
                if (!Double.isNaN(narrowDivider)) {
                    split.setDividerPosition(1, narrowDivider);
                    narrowDivider = Double.NaN;
                }
                return;
            }
            double current = split.getDividerPositions()[1];
            double base = Double.isNaN(narrowDivider) ? current : narrowDivider;
            double want = Math.min(wanted.get(), total * 0.60);
            double pos = Math.min(base, 1 - want / total);
            if (pos < base - 1e-3) {
                narrowDivider = base;
                split.setDividerPosition(1, pos);
            } else if (!Double.isNaN(narrowDivider)) { // a narrower table than the last one
                split.setDividerPosition(1, narrowDivider);
                narrowDivider = Double.NaN;
            }
        };
        sideTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> fit.run());
        wide.forEach(w -> w.onBuilt().accept(fit));
    }

    /** A side tab that widens the panel to its content's wanted width; {@code onBuilt} follows that width. */
    private record Wide(javafx.scene.control.Tab tab, java.util.function.Supplier<javafx.beans.value.ObservableDoubleValue>
            width, java.util.function.Consumer<Runnable> onBuilt) {
    }

    private static <T extends javafx.scene.Node> Wide wide(LazyTab<T> lazy,
            java.util.function.Function<T, javafx.beans.value.ObservableDoubleValue> width) {
        return new Wide(lazy.tab(), () -> width.apply(lazy.content()),
                fit -> lazy.whenBuilt(c -> width.apply(c).addListener((o, a, b) -> fit.run())));
    }

    private javafx.scene.control.Tab tab(String key, javafx.scene.Node content) {
        javafx.scene.control.Tab t = new javafx.scene.control.Tab(m.get(key), content);
        t.setId(key.replace('.', '-'));
        return t;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(m.get("menu.file"));
        MenuItem open = item("menu.file.open", "Shortcut+O", this::chooseProject);
        MenuItem sample = item("menu.file.sample", null, () -> SampleLocator.find().ifPresent(vm::open));
        // Exit and Ctrl+Q ask about unsaved edits exactly as closing the window does (Stage.close() alone would not).
        MenuItem exit = item("menu.file.exit", "Shortcut+Q", this::exit);
        MenuItem save = item("menu.file.save", "Shortcut+S", () -> vm.save(null));
        save.disableProperty().bind(vm.regionProperty().isNull());
        MenuItem saveAs = item("menu.file.saveAs", "Shortcut+Shift+S", this::saveAs);
        saveAs.disableProperty().bind(vm.regionProperty().isNull());
        MenuItem addLayer = item("menu.file.addLayer", "Shortcut+L", () -> AddLayerDialog.show(stage, vm));
        addLayer.disableProperty().bind(vm.regionProperty().isNull());
        MenuItem export = item("menu.file.export", "Shortcut+E", () -> ExportDialog.show(stage, vm, settings));
        export.disableProperty().bind(vm.analysis().resultProperty().isNull());
        MenuItem exportData = item("menu.file.exportData", "Shortcut+Shift+E", () -> DataExportDialog.show(stage, vm,
                settings));
        exportData.disableProperty().bind(vm.analysis().resultProperty().isNull());
        MenuItem report = item("menu.file.report", "Shortcut+Shift+R", () -> ReportDialog.show(stage, vm, settings));
        report.setId("menu-file-report");
        report.disableProperty().bind(vm.analysis().resultProperty().isNull());
        MenuItem importOsm = item("menu.file.importOsm", null, () -> ImportOsmDialog.show(stage, vm));
        file.getItems().addAll(open, recentMenu, sample, importOsm, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), addLayer, export, exportData, report, new SeparatorMenuItem(), exit);
        Menu view = new Menu(m.get("menu.view"));
        view.getItems().addAll(item("menu.view.zoomIn", "Shortcut+EQUALS", () -> map.zoomBy(1)),
                item("menu.view.zoomOut", "Shortcut+MINUS", () -> map.zoomBy(-1)),
                item("menu.view.zoomRegion", "Shortcut+0", this::zoomRegion),
                new SeparatorMenuItem(), item("menu.view.search", "Shortcut+F", townPanel::focusSearch),
                measureItem(),
                new SeparatorMenuItem(), layersMenu, lectureItem(), new SeparatorMenuItem(), darkItem(), onlineTilesItem(),
                languageMenu());
        Menu help = new Menu(m.get("menu.help"));
        help.getItems().add(item("menu.help.about", "F1", () -> Dialogs.about(stage, m,
                vm.getRegion() == null ? null : vm.getRegion().project().file())));
        Menu edit = new Menu(m.get("menu.edit"));
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", vm.undo()::undo);
        undo.disableProperty().bind(vm.undo().canUndoProperty().not());
        undo.textProperty().bind(javafx.beans.binding.Bindings.concat(m.get("menu.edit.undo"), " ",
                vm.undo().undoTextProperty()));
        MenuItem redo = item("menu.edit.redo", "Shortcut+Y", vm.undo()::redo);
        redo.disableProperty().bind(vm.undo().canRedoProperty().not());
        redo.textProperty().bind(javafx.beans.binding.Bindings.concat(m.get("menu.edit.redo"), " ",
                vm.undo().redoTextProperty()));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem());
        edit.getItems().addAll(rayActions.menuItems());
        Menu analysisMenu = new Menu(m.get("menu.analysis"));
        MenuItem recompute = item("menu.analysis.recompute", "Shortcut+R", () -> vm.analysis().recompute(vm.getRegion()));
        MenuItem cancel = item("menu.analysis.cancel", null, vm.analysis()::cancel);
        cancel.disableProperty().bind(vm.analysis().runningProperty().not());
        MenuItem calibrate = item("menu.analysis.calibrate", null, () -> Dialogs.calibration(stage, m,
                vm.getRegion(), vm.analysis().calibration().orElse(null), vm::scaleSpeeds));
        calibrate.disableProperty().bind(vm.analysis().outcomeProperty().isNull());
        MenuItem analysisSettings = item("menu.analysis.settings", "Shortcut+COMMA", () -> SettingsDialog.show(stage, vm));
        analysisSettings.disableProperty().bind(vm.regionProperty().isNull());
        analysisMenu.getItems().addAll(recompute, cancel, new SeparatorMenuItem(),
                colourItem("menu.analysis.bySize", AnalysisViewModel.ColourMode.SIZE_CLASS, "Shortcut+1"),
                colourItem("menu.analysis.byBelt", AnalysisViewModel.ColourMode.BELT, "Shortcut+2"),
                colourItem("menu.analysis.byScore", AnalysisViewModel.ColourMode.SCORE, "Shortcut+3"),
                new SeparatorMenuItem(), analysisSettings, calibrate);
        MenuBar bar = new MenuBar(file, edit, view, analysisMenu, scenarioMenu(), help);
        bar.getMenus().forEach(Icons::onFirstShowing);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** View → Measure (M): the same switch as the toolbar's ruler. */
    private javafx.scene.control.CheckMenuItem measureItem() {
        javafx.scene.control.CheckMenuItem i = Icons.later(new javafx.scene.control.CheckMenuItem(
                m.get("menu.view.measure")), "menu.view.measure");
        i.setId("measureItem");
        i.setAccelerator(KeyCombination.keyCombination("M"));
        i.selectedProperty().bindBidirectional(measure.activeProperty());
        return i;
    }

    /** The Scenario tab's actions; each opens the tab, where the planned roads and the comparison show. */
    private Menu scenarioMenu() {
        Menu menu = new Menu(m.get("menu.scenario"));
        MenuItem create = scenarioItem("menu.scenario.new", null, () -> scenarioTab.content().newScenario());
        MenuItem draw = scenarioItem("menu.scenario.draw", "Shortcut+Shift+P", () -> scenarioTab.content().drawRoad());
        MenuItem load = scenarioItem("menu.scenario.load", null, () -> scenarioTab.content().loadFile());
        MenuItem clear = scenarioItem("menu.scenario.clear", null, vm.scenario()::clear);
        MenuItem compare = scenarioItem("menu.scenario.compare", "Shortcut+Shift+C", () -> { });
        MenuItem csv = scenarioItem("menu.scenario.csv", null, () -> scenarioTab.content().exportCsv());
        csv.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.scenario().changes()));
        menu.getItems().addAll(create, draw, load, clear, new SeparatorMenuItem(), compare, csv);
        return menu;
    }

    private MenuItem scenarioItem(String key, String accelerator, Runnable action) {
        MenuItem i = item(key, accelerator, () -> {
            sideTabs.getSelectionModel().select(scenarioTab.tab());
            action.run();
        });
        i.setId(key.replace('.', '-'));
        i.disableProperty().bind(vm.regionProperty().isNull());
        return i;
    }

    private javafx.scene.control.CheckMenuItem darkItem() {
        javafx.scene.control.CheckMenuItem dark = Icons.later(new javafx.scene.control.CheckMenuItem(
                m.get("menu.view.dark")), "menu.view.dark");
        dark.setId("darkTheme");
        dark.setSelected(Theme.isDark(settings));
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().addListener((o, was, on) -> Theme.set(settings, on));
        return dark;
    }

    /** View → Layers: every layer as a check item, the first nine on Alt+1 … Alt+9. */
    private void rebuildLayersMenu() {
        layersMenu.getItems().clear();
        int n = 0;
        for (org.beltmap.app.viewmodel.LayerItem l : vm.layers()) {
            javafx.scene.control.CheckMenuItem c = new javafx.scene.control.CheckMenuItem(l.title());
            c.selectedProperty().bindBidirectional(l.visibleProperty());
            if (++n <= 9) {
                c.setAccelerator(KeyCombination.keyCombination("Alt+" + n));
            }
            layersMenu.getItems().add(c);
        }
    }

    private MenuItem lectureItem() {
        MenuItem i = item("menu.view.lecture", "F5", () -> lecture().enter());
        i.disableProperty().bind(vm.regionProperty().isNull());
        return i;
    }

    /** Called with the new locale when the user picks another language (the app rebuilds the window). */
    public void setOnLanguageChange(java.util.function.Consumer<java.util.Locale> handler) {
        this.onLanguageChange = handler;
    }

    /** Interface language, remembered; takes effect at the next start (the window is built in one language). */
    private Menu languageMenu() {
        Menu lang = new Menu(m.get("menu.view.language"));
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (String tag : new String[] {"ru", "en"}) {
            javafx.scene.control.RadioMenuItem i = new javafx.scene.control.RadioMenuItem(m.get("language." + tag));
            i.setId("lang-" + tag);
            i.setToggleGroup(group);
            i.setSelected(m.locale().getLanguage().equals(tag));
            i.setOnAction(e -> {
                settings.setLanguage(tag);
                settings.save();
                if (!m.locale().getLanguage().equals(tag)) {
                    onLanguageChange.accept(java.util.Locale.forLanguageTag(tag));
                }
            });
            lang.getItems().add(i);
        }
        return lang;
    }

    /** Online OpenStreetMap tiles: off by default, remembered; applies to tiles loaded from now on. */
    private MenuItem onlineTilesItem() {
        javafx.scene.control.CheckMenuItem online = new javafx.scene.control.CheckMenuItem(m.get("menu.view.online"));
        online.setId("onlineTiles");
        online.setSelected(settings.onlineTiles());
        online.selectedProperty().addListener((o, was, on) -> {
            settings.setOnlineTiles(on);
            settings.save();
            org.beltmap.app.map.OfflineTileRetriever.setOnlineTiles(on);
            map.zoomBy(0);
        });
        return online;
    }

    private ToolBar toolBar() {
        Button open = toolButton("menu.file.open", "Ctrl+O", this::chooseProject);
        open.setText(m.get("toolbar.open"));
        Button save = toolButton("menu.file.save", "Ctrl+S", () -> vm.save(null));
        save.disableProperty().bind(vm.regionProperty().isNull());
        Button export = toolButton("menu.file.export", "Ctrl+E", () -> ExportDialog.show(stage, vm, settings));
        export.disableProperty().bind(vm.analysis().resultProperty().isNull());
        Button region = toolButton("menu.view.zoomRegion", "Ctrl+0", this::zoomRegion);
        region.setText(m.get("toolbar.zoomRegion"));
        Button zin = toolButton("menu.view.zoomIn", "+", () -> map.zoomBy(1));
        Button zout = toolButton("menu.view.zoomOut", "−", () -> map.zoomBy(-1));
        javafx.scene.control.ToggleGroup colours = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.ToggleButton bySize = colourToggle("toolbar.bySize", AnalysisViewModel.ColourMode.SIZE_CLASS,
                colours);
        bySize.setGraphic(Icons.forKey("menu.analysis.bySize"));
        javafx.scene.control.ToggleButton byBelt = colourToggle("toolbar.byBelt", AnalysisViewModel.ColourMode.BELT,
                colours);
        byBelt.setId("colourByBelt");
        byBelt.setGraphic(Icons.forKey("menu.analysis.byBelt"));
        javafx.scene.control.ToggleButton byScore = colourToggle("toolbar.byScore", AnalysisViewModel.ColourMode.SCORE,
                colours);
        byScore.setId("colourByScore");
        byScore.setGraphic(Icons.forKey("menu.analysis.byScore"));
        javafx.scene.control.ToggleButton measureButton = new javafx.scene.control.ToggleButton(null,
                Icons.forKey("menu.view.measure"));
        measureButton.setId("measureTool");
        measureButton.setTooltip(new Tooltip(m.get("menu.view.measure") + " (M)"));
        measureButton.selectedProperty().bindBidirectional(measure.activeProperty());
        Button lectureButton = toolButton("menu.view.lecture", "F5", () -> lecture().enter());
        lectureButton.disableProperty().bind(vm.regionProperty().isNull());
        return new ToolBar(open, save, export, new javafx.scene.control.Separator(), region, zin, zout, measureButton,
                new javafx.scene.control.Separator(), bySize, byBelt, byScore, new javafx.scene.control.Separator(),
                lectureButton);
    }

    /** An icon button whose tooltip names the action and its shortcut. */
    private Button toolButton(String key, String shortcut, Runnable action) {
        Button b = new Button(null, Icons.forKey(key));
        b.setTooltip(new Tooltip(m.get(key).replace("…", "") + " (" + shortcut + ")"));
        b.setOnAction(e -> action.run());
        return b;
    }

    private javafx.scene.control.ToggleButton colourToggle(String key, AnalysisViewModel.ColourMode mode,
                                                           javafx.scene.control.ToggleGroup group) {
        javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(m.get(key));
        b.setToggleGroup(group);
        b.setSelected(vm.analysis().colourModeProperty().get() == mode);
        b.setOnAction(e -> {
            vm.analysis().colourModeProperty().set(mode);
            b.setSelected(true);
        });
        vm.analysis().colourModeProperty().addListener((o, was, now) -> b.setSelected(now == mode));
        return b;
    }

    private MenuItem colourItem(String key, AnalysisViewModel.ColourMode mode, String accelerator) {
        return item(key, accelerator, () -> vm.analysis().colourModeProperty().set(mode));
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = Icons.later(new MenuItem(m.get(key)), key);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        if (vm.recent().isEmpty()) {
            MenuItem none = new MenuItem(m.get("menu.file.recent.empty"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (Path p : vm.recent()) {
            MenuItem i = new MenuItem(p.toString());
            i.setOnAction(e -> vm.open(p));
            recentMenu.getItems().add(i);
        }
    }

    private void onKey(KeyEvent e) {
        if (lecture != null && lecture.isActive()) {
            lecture.onKey(e);
            return;
        }
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown()) {
            return;
        }
        if (measure.onKey(e) || rayActions.onKey(e)) {
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.EQUALS) {
            map.zoomBy(1);
            e.consume();
        } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
            map.zoomBy(-1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (vm.busyProperty().get()) {
                vm.cancelLoad();
            } else if (vm.analysis().runningProperty().get()) {
                vm.analysis().cancel();
            } else {
                vm.selectedTownProperty().set(null);
            }
        }
    }

    private LecturePresenter lecture() {
        if (lecture == null) {
            lecture = new LecturePresenter(stage, root, split, map, vm, this::zoomRegion);
        }
        return lecture;
    }

    private void zoomRegion() {
        if (vm.getRegion() != null) {
            map.zoomTo(vm.getRegion().extent());
        }
    }

    private void chooseProject() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("dialog.open.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("dialog.open.filter"), "*.beltmap"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    private void saveAs() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("menu.file.saveAs"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("dialog.open.filter"), "*.beltmap"));
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            vm.save(f.toPath());
        }
    }

    private void rememberLayout() {
        double[] d = split.getDividerPositions();
        settings.setDividers(d[0], Double.isNaN(narrowDivider) ? d[1] : narrowDivider);
        settings.setWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        settings.save();
    }

    public MapPane map() {
        return map;
    }

    /** What the user sees besides the view model's state: open tab, map zoom and centre, panel widths, filter. */
    public record ViewState(int tab, double zoom, double lat, double lon, double[] dividers, double narrowDivider,
                            String rankingClass) {
    }

    /** The view as it is, for a window rebuilt in another language to show the same. */
    public ViewState viewState() {
        double[] c = map.centre(); // what is shown, also after wheel and drag
        return new ViewState(sideTabs.getSelectionModel().getSelectedIndex(), map.zoomLevel(), c[0], c[1],
                split.getDividerPositions(), narrowDivider, ranking.sizeClassProperty().get());
    }

    /**
     * Shows {@code state} (after the project is carried over, whose publishing zooms to the region): again once
     * the window is laid out, since the map centres by its size.
     */
    public void restore(ViewState state) {
        Runnable apply = () -> {
            split.setDividerPositions(state.dividers());
            narrowDivider = state.narrowDivider();
            ranking.sizeClassProperty().set(state.rankingClass());
            sideTabs.getSelectionModel().select(state.tab());
            if (!Double.isNaN(state.lat())) {
                map.show(state.zoom(), state.lat(), state.lon());
            }
        };
        apply.run();
        javafx.application.Platform.runLater(apply);
    }
}
