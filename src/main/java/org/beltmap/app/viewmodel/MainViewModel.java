package org.beltmap.app.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.beltmap.app.edit.Edit;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;

/**
 * State of the main window: the loaded region, the selected town, layer visibility, the town search and the
 * status line. Loading runs on {@code background}; results are published through {@code ui} (the FX thread in
 * the app, the calling thread in tests), so this class is tested with plain JUnit.
 */
public final class MainViewModel {

    private final Messages messages;
    private final AppSettings settings;
    private final Executor background;
    private final Executor ui;

    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(this, "region");
    private final ObjectProperty<Town> selectedTown = new SimpleObjectProperty<>(this, "selectedTown");
    private final ObservableList<Town> towns = FXCollections.observableArrayList();
    private final FilteredList<Town> filteredTowns = new FilteredList<>(towns, t -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<LayerItem> layers = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final MetricsViewModel metrics;
    private final AnalysisViewModel analysis;
    private final RaysViewModel rays;
    private final ScenarioViewModel scenario;
    private final ExportViewModel exports;
    private final LectureViewModel lecture;
    private final ObjectProperty<org.beltmap.core.model.TownEdits> townEdits = new SimpleObjectProperty<>(this,
            "townEdits", org.beltmap.core.model.TownEdits.NONE);
    private final org.beltmap.app.edit.UndoStack undo = new org.beltmap.app.edit.UndoStack();
    private final ObjectProperty<java.util.Map<String, String>> lectureCaptions = new SimpleObjectProperty<>(this,
            "lectureCaptions", java.util.Map.of());
    private Consumer<String> errorHandler = m -> { };
    /** Problems of a project that did open (a layer skipped, populations missing): a warning, not an error. */
    private Consumer<String> problemHandler = m -> errorHandler.accept(m);
    private Consumer<Path> recoveryHandler = p -> { };
    /** The published project's session: its file and the user's answer about files outside its folder. */
    private ProjectSession session;
    private final java.util.concurrent.atomic.AtomicInteger loadGeneration =
            new java.util.concurrent.atomic.AtomicInteger();
    private java.util.function.Predicate<List<ProjectFile.Escape>> outsideConfirm = e -> false;

    public MainViewModel(Messages messages, AppSettings settings, Executor background, Executor ui) {
        this.messages = messages;
        this.settings = settings;
        this.background = background;
        this.ui = ui;
        this.metrics = new MetricsViewModel(messages);
        this.analysis = new AnalysisViewModel(messages, background, ui);
        this.analysis.setStatus(status::set, m -> errorHandler.accept(m));
        this.rays = new RaysViewModel(messages, undo);
        this.scenario = new ScenarioViewModel(messages, undo, background, ui, analysis);
        this.exports = new ExportViewModel(this, background, ui);
        this.lecture = new LectureViewModel(this);
        this.analysis.outcomeProperty().addListener((o, a, b) -> rays.derived(b == null ? null : b.rays()));
        // Scores are measured to the rays the user sees: an edit re-scores through the pipeline.
        this.rays.editsProperty().addListener((o, a, b) -> analysis.setRayEdits(b));
        this.metrics.bind(analysis, scenario, background, ui);
        this.status.set(messages.get("status.ready"));
        this.recent.setAll(settings.recent());
        search.addListener((obs, o, text) -> filteredTowns.setPredicate(t -> matches(t, text)));
    }

    static boolean matches(Town t, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String q = text.trim().toLowerCase(Locale.ROOT);
        return contains(t.nameRu(), q) || contains(t.nameEn(), q);
    }

    private static boolean contains(String name, String q) {
        return name != null && name.toLowerCase(Locale.ROOT).replace('ё', 'е').contains(q.replace('ё', 'е'));
    }

    /** Where user-facing errors go (a dialog in the app); the app keeps running. */
    public void setErrorHandler(Consumer<String> handler) {
        this.errorHandler = handler;
    }

    /** Where the problems of a project that opened go (defaults to the error handler). */
    public void setProblemHandler(Consumer<String> handler) {
        this.problemHandler = handler;
    }

    /**
     * Adds a data file as a layer of the open project (an undoable edit): its path is kept relative to the project
     * folder when it lies inside it; a file outside is read because the user chose it explicitly.
     */
    public void addLayer(Path dataFile, org.beltmap.core.model.LayerKind kind, String classField) {
        addLayer(dataFile, kind, classField, java.util.Map.of());
    }

    /** @param readAs how to read the file (CSV encoding, delimiter, coordinate columns), kept with the layer */
    public void addLayer(Path dataFile, org.beltmap.core.model.LayerKind kind, String classField,
                         java.util.Map<String, String> readAs) {
        Region r = region.get();
        if (r == null) {
            return;
        }
        // The session's edits travel with the project, so reloading does not drop them.
        Project before = current(r.project().file());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(readAs);
        if (classField != null) {
            fields.put("class", classField);
        }
        Project after = before.withLayerFile(dataFile, kind, fields);
        org.beltmap.core.model.LayerSpec added = after.layers().get(after.layers().size() - 1);
        session.allowLayer(after, added.id());
        String title = added.title().get(messages.locale());
        undo.perform(Edit.of(messages.get("edit.addLayer", title), () -> reload(after),
                () -> reload(before)));
    }

    /** Removes a data layer from the project (its file stays on disk): an undoable edit. */
    public void removeLayer(String layerId) {
        Region r = region.get();
        if (r == null || r.project().layer(layerId).isEmpty()) {
            return;
        }
        Project before = current(r.project().file());
        Project after = before.withoutLayer(layerId);
        String title = r.project().layer(layerId).get().title().get(messages.locale());
        undo.perform(Edit.of(messages.get("edit.removeLayer", title), () -> reload(after),
                () -> reload(before)));
    }

    /**
     * Reloads the region from an edited project (Add/Remove layer, their undo; a settings change), keeping the
     * undo history and the session's answer about outside files.
     */
    private void reload(Project p) {
        load(Kind.EDIT, session, problems -> p);
    }

    /** Called after a project opens when a recovery file with unsaved edits exists (the app asks to restore). */
    public void setRecoveryHandler(Consumer<Path> handler) {
        this.recoveryHandler = handler;
    }

    /**
     * Asked (on the UI thread) before layers whose files lie outside the project folder are read; answers
     * whether to read them. Without an answer they are skipped and listed as problems.
     */
    public void setOutsideConfirm(java.util.function.Predicate<List<ProjectFile.Escape>> confirm) {
        this.outsideConfirm = confirm;
    }

    /** Start-up: the next published region's analysis waits for this gate (the app opens it after the first frame). */
    private java.util.function.Consumer<Runnable> firstAnalysisGate;

    public void deferFirstAnalysis(java.util.function.Consumer<Runnable> gate) {
        this.firstAnalysisGate = gate;
    }

    /**
     * Opens a project file off the UI thread, as leniently as the CLI: bad entries are reported and the rest
     * opens. A new session: the question about files outside the folder is asked (once) again. On failure the
     * current region stays and the error is reported.
     */
    public void open(Path file) {
        load(Kind.OPEN, new ProjectSession(file), problems -> ProjectSession.read(file, problems));
    }

    /** What a load is for: it decides the history, and what follows the publish. */
    private enum Kind { OPEN, EDIT, RESTORE }

    /**
     * The one load path: reads (off the UI thread), asks once per session about outside files, loads with
     * progress and cancel, and publishes unless a newer load or a cancel came first.
     *
     * @param read gives the project, adding entries it could not read to the list it is given
     */
    private void load(Kind kind, ProjectSession s, java.util.function.Function<List<String>, Project> read) {
        int gen = loadGeneration.incrementAndGet();
        busy.set(true);
        progress.set(-1);
        status.set(messages.get("status.loading", s.file().getFileName()));
        long t0 = System.nanoTime();
        background.execute(() -> guarded(gen, () -> {
            List<String> problems = new java.util.ArrayList<>();
            Project project = read.apply(problems);
            List<ProjectFile.Escape> ask = s.toAsk(project);
            if (ask.isEmpty()) {
                loadLayers(kind, s, project, problems, gen, t0);
                return;
            }
            ui.execute(() -> {
                if (gen == loadGeneration.get()) {
                    s.answer(ask, outsideConfirm.test(ask));
                    background.execute(() -> guarded(gen, () -> loadLayers(kind, s, project, problems, gen, t0)));
                }
            });
        }));
    }

    private void loadLayers(Kind kind, ProjectSession s, Project project, List<String> problems, int gen, long t0) {
        Region loaded = s.load(project, problems, messages, (layer, frac) -> {
            if (gen != loadGeneration.get()) {
                throw new java.util.concurrent.CancellationException();
            }
            ui.execute(() -> progress.set(frac));
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        ui.execute(() -> {
            if (gen == loadGeneration.get()) {
                publish(kind, s, loaded, ms);
            }
        });
    }

    /** Runs background load work; a failure is reported only if no newer load or cancel came since. */
    private void guarded(int gen, Runnable work) {
        try {
            work.run();
        } catch (java.util.concurrent.CancellationException cancelled) {
            // The user was told when they cancelled; nothing of this load is kept.
        } catch (DataException | IllegalArgumentException e) {
            ui.execute(() -> failIfCurrent(gen, e.getMessage()));
        } catch (RuntimeException e) {
            ui.execute(() -> failIfCurrent(gen, e.toString()));
        }
    }

    /** Stops a project load: the current region stays as it was and the load's result is dropped. */
    public void cancelLoad() {
        if (!busy.get()) {
            return;
        }
        loadGeneration.incrementAndGet();
        busy.set(false);
        progress.set(0);
        status.set(messages.get("status.loadCancelled"));
    }

    private void failIfCurrent(int gen, String message) {
        if (gen == loadGeneration.get()) {
            fail(message);
        }
    }

    private void publish(Kind kind, ProjectSession s, Region loaded, long ms) {
        Path file = s.file();
        session = s;
        selectedTown.set(null);
        if (kind != Kind.EDIT) {
            undo.clear();
        }
        layers.setAll(layerItems(loaded));
        towns.setAll(loaded.towns());
        metrics.update(loaded);
        rays.load(loaded);
        scenario.load(loaded, status::set);
        townEdits.set(loaded.project().townEdits());
        lectureCaptions.set(loaded.project().lectureCaptions());
        analysis.scoringProperty().set(loaded.project().scoring());
        region.set(loaded);
        settings.addRecent(file);
        settings.save();
        recent.setAll(settings.recent());
        busy.set(false);
        progress.set(0);
        status.set(messages.get("status.loaded", loaded.project().region().get(messages.locale()),
                loaded.towns().size(), loaded.layers().size(), ms));
        if (!loaded.problems().isEmpty()) {
            problemHandler.accept(String.join("\n", loaded.problems()));
        }
        java.util.function.Consumer<Runnable> gate = firstAnalysisGate;
        firstAnalysisGate = null;
        if (gate == null) {
            analysis.recompute(loaded);
        } else {
            gate.accept(() -> {
                if (region.get() == loaded) {
                    analysis.recompute(loaded);
                }
            });
        }
        if (kind == Kind.OPEN) {
            org.beltmap.core.io.RecoveryFiles.pending(file).ifPresent(rec -> recoveryHandler.accept(file));
        } else if (kind == Kind.RESTORE) {
            // Recovered edits are not saved yet: mark the state modified until the user saves.
            undo.perform(Edit.of(messages.get("edit.recovered"), () -> { }, () -> { }));
            status.set(messages.get("status.recovered", file.getFileName()));
        }
    }

    /** The layer list: the project's layers in the UI language, with the analysis layers before them. */
    private List<LayerItem> layerItems(Region loaded) {
        List<LayerItem> items = new java.util.ArrayList<>(loaded.project().layers().stream()
                .map(spec -> new LayerItem(spec, spec.title().get(messages.locale()))).toList());
        items.add(0, LayerItem.analysis(LayerItem.ISOCHRONES, messages.get("layer.isochrones"), true));
        items.add(1, LayerItem.analysis(LayerItem.RAYS, messages.get("layer.rays"), true));
        items.add(2, LayerItem.analysis(LayerItem.ROUTE, messages.get("layer.route"), true));
        items.add(2, LayerItem.analysis(LayerItem.BUNDLES, messages.get("layer.bundles"), false));
        items.add(3, LayerItem.analysis(LayerItem.STRIPS, messages.get("layer.strips"), false));
        items.add(5, LayerItem.analysis(LayerItem.GAP_JOINS, messages.get("layer.joins"), false));
        return items;
    }

    private void fail(String message) {
        busy.set(false);
        progress.set(0);
        status.set(messages.get("error.open") + ": " + message);
        errorHandler.accept(message);
    }

    /** Selects the first town matching the search text exactly or as a prefix; for Enter in the search box. */
    public boolean selectFirstMatch() {
        if (filteredTowns.isEmpty()) {
            return false;
        }
        selectedTown.set(filteredTowns.get(0));
        return true;
    }

    public boolean isVisible(String layerId) {
        return layers.stream().filter(l -> l.id().equals(layerId)).anyMatch(LayerItem::isVisible);
    }

    /** Every edit of the open project goes through this history (Edit → Undo/Redo). */
    public org.beltmap.app.edit.UndoStack undo() {
        return undo;
    }

    /** Records a value for a town (a status, an investment figure): one undoable edit, saved with the project. */
    public void setTownValue(Town t, String field, String value) {
        org.beltmap.core.model.TownEdits before = townEdits.get();
        org.beltmap.core.model.TownEdits after = before.with(t.id(), field, value);
        if (after.equals(before)) {
            return;
        }
        undo.perform(Edit.of(messages.get("edit.town", field, t.name(messages.locale())), () -> townEdits.set(after),
                () -> townEdits.set(before)));
    }

    /** New weights for the score: one undoable edit, saved with the project. */
    public void setScoring(org.beltmap.core.model.ScoringModel next) {
        org.beltmap.core.model.ScoringModel before = analysis.scoringProperty().get();
        if (next.equals(before)) {
            return;
        }
        undo.perform(Edit.of(messages.get("edit.weights"), () -> analysis.scoringProperty().set(next),
                () -> analysis.scoringProperty().set(before)));
    }

    /** A lecture caption for a step (empty text restores the default): one undoable edit, saved with the project. */
    public void setLectureCaption(String step, String text) {
        java.util.Map<String, String> before = lectureCaptions.get();
        java.util.Map<String, String> after = new java.util.TreeMap<>(before);
        if (text == null || text.isBlank()) {
            after.remove(step);
        } else {
            after.put(step, text.strip());
        }
        if (after.equals(before)) {
            return;
        }
        undo.perform(Edit.of(messages.get("edit.caption"), () -> lectureCaptions.set(java.util.Map.copyOf(after)),
                () -> lectureCaptions.set(before)));
    }

    public ObjectProperty<java.util.Map<String, String>> lectureCaptionsProperty() {
        return lectureCaptions;
    }

    public ObjectProperty<org.beltmap.core.model.TownEdits> townEditsProperty() {
        return townEdits;
    }

    public LectureViewModel lecture() {
        return lecture;
    }

    public ExportViewModel exports() {
        return exports;
    }

    public ScenarioViewModel scenario() {
        return scenario;
    }

    public RaysViewModel rays() {
        return rays;
    }

    /**
     * Saves the project with the user's edits (atomically, keeping a .bak) to {@code target}, or to its own file.
     * Returns false and reports the error when it cannot be written; nothing is lost either way.
     */
    public boolean save(Path target) {
        Region r = region.get();
        if (r == null) {
            return false;
        }
        Path file = target == null ? r.project().file() : target;
        try {
            ProjectFile.write(current(file), file);
            undo.markSaved();
            deleteRecovery(r.project().file());
            if (target != null) {
                settings.addRecent(file);
                settings.save();
                recent.setAll(settings.recent());
            }
            status.set(messages.get("status.saved", file.getFileName()));
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            errorHandler.accept(messages.get("error.save", file) + ": " + e.getMessage());
            return false;
        }
    }

    /** The open project with every edit of this session, to be written to {@code file}. */
    private Project current(Path file) {
        Region r = region.get();
        return r.project().withRayEdits(rays.editsProperty().get()).withTownEdits(townEdits.get())
                .withScoring(analysis.scoringProperty().get())
                .withScenarios(scenario.all(), scenario.activeName()).withLectureCaptions(lectureCaptions.get())
                .withFile(file);
    }

    /** The recovery file beside a project: written by autosave, removed by a save. */
    public static Path recoveryFile(Path project) {
        return org.beltmap.core.io.RecoveryFiles.of(project);
    }

    /**
     * Autosave (every minute from the app): unsaved edits go to the recovery file beside the project, atomically;
     * the project itself is untouched. Returns whether anything was written.
     */
    public boolean autosave() {
        Region r = region.get();
        if (r == null || !undo.modifiedProperty().get() || r.project().file() == null) {
            return false;
        }
        Path rec = recoveryFile(r.project().file());
        try {
            ProjectFile.write(current(r.project().file()), rec);
            status.set(messages.get("status.autosaved", rec.getFileName()));
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            status.set(messages.get("status.autosaveFailed", e.getMessage()));
            return false;
        }
    }

    /**
     * Opens the recovered edits as the project (unsaved, so Save writes them to the project file), under the same
     * rules as opening it; the answer about outside files given for this project stands.
     */
    public void restore(Path project) {
        ProjectSession s = session != null && session.isFor(project) ? session : new ProjectSession(project);
        Path rec = recoveryFile(project);
        load(Kind.RESTORE, s, problems -> ProjectSession.read(rec, problems).withFile(project));
    }

    /**
     * Carries on the project of {@code previous} (the window rebuilt in another language) without asking again
     * about outside files. Its loaded region and its analysis (pipeline session, results, colour mode) are taken
     * over as they are, so nothing is read or computed again, and the selected town stays selected. The edits come
     * from the recovery file when there are {@code unsaved} ones (written just before), else from the session's
     * state; when neither can be had the project is reopened from its file as before.
     */
    public void continueFrom(MainViewModel previous, boolean unsaved) {
        ProjectSession s = previous.session;
        if (s == null) {
            return;
        }
        Path rec = recoveryFile(s.file());
        Region r = previous.region.get();
        Project state = null;
        if (r != null && s.isFor(r.project().file())) {
            try {
                state = unsaved ? ProjectSession.read(rec, new java.util.ArrayList<>()).withFile(s.file())
                        : previous.current(s.file());
            } catch (RuntimeException e) {
                state = null; // reopened from the files below, which reports what is wrong
            }
        }
        if (state == null || !state.layers().equals(r.project().layers())) {
            load(unsaved ? Kind.RESTORE : Kind.OPEN, s, problems -> unsaved
                    ? ProjectSession.read(rec, problems).withFile(s.file()) : ProjectSession.read(s.file(), problems));
            return;
        }
        loadGeneration.incrementAndGet();
        session = s;
        undo.clear();
        analysis.adopt(previous.analysis);
        layers.setAll(layerItems(r));
        for (int i = 0; i < layers.size() && i < previous.layers.size(); i++) {
            LayerItem was = previous.layers.get(i);
            if (was.id().equals(layers.get(i).id())) {
                layers.get(i).visibleProperty().set(was.isVisible());
            }
        }
        towns.setAll(r.towns());
        metrics.update(r);
        AnalysisViewModel.Outcome o = analysis.outcomeProperty().get();
        // The loaded region keeps the pipeline's cached stages; the edits are the session's (a save leaves the
        // region's project behind them), so rays and scenarios are loaded from a view of the region with them.
        Region withEdits = new Region(state, List.copyOf(r.layers().values()), r.towns(), r.settlements(),
                r.centres(), r.problems());
        rays.load(r);
        rays.editsProperty().set(state.rayEdits());
        rays.derived(o == null ? null : o.rays());
        townEdits.set(state.townEdits());
        lectureCaptions.set(state.lectureCaptions());
        analysis.scoringProperty().set(state.scoring());
        region.set(r);
        boolean sameScenarios = state.scenarios().equals(r.project().scenarios())
                && java.util.Objects.equals(state.activeScenario(), r.project().activeScenario());
        scenario.load(sameScenarios ? r : withEdits, status::set);
        Town was = previous.selectedTown.get();
        selectedTown.set(was == null ? null : r.towns().stream().filter(t -> t.id().equals(was.id())).findFirst()
                .orElse(null));
        search.set(previous.search.get());
        busy.set(false);
        progress.set(0);
        status.set(messages.get("status.kept", r.project().region().get(messages.locale()), r.towns().size(),
                r.layers().size()));
        if (unsaved) {
            undo.perform(Edit.of(messages.get("edit.recovered"), () -> { }, () -> { }));
            status.set(messages.get("status.recovered", s.file().getFileName()));
        }
    }

    /** Drops the recovery file (after a save, or when the user declines to restore). */
    public void deleteRecovery(Path project) {
        org.beltmap.core.io.RecoveryFiles.delete(project);
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public MetricsViewModel metrics() {
        return metrics;
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public Region getRegion() {
        return region.get();
    }

    public ObjectProperty<Town> selectedTownProperty() {
        return selectedTown;
    }

    public ObservableList<Town> towns() {
        return towns;
    }

    public FilteredList<Town> filteredTowns() {
        return filteredTowns;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<LayerItem> layers() {
        return layers;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    public List<Town> centres() {
        Region r = region.get();
        return r == null ? List.of() : r.centres();
    }

    /**
     * New analysis settings and centres (Analysis → Settings): one undoable edit, saved with the project. Either
     * direction re-derives the region from its loaded layers (towns' size classes and the centres follow) and
     * re-runs the analysis.
     */
    public void setAnalysisSettings(org.beltmap.core.model.Settings next, List<org.beltmap.core.model.Centre> centres) {
        changeAnalysis(messages.get("edit.settings"), next, centres);
    }

    /** A calibration accepted: every speed times {@code factor}, as the same undoable settings edit. */
    public void scaleSpeeds(double factor) {
        Region r = region.get();
        if (r != null) {
            changeAnalysis(messages.get("edit.calibration", messages.decimal(factor, 2)),
                    r.project().settings().withSpeedsScaled(factor), r.project().centres());
        }
    }

    private void changeAnalysis(String description, org.beltmap.core.model.Settings next,
                                List<org.beltmap.core.model.Centre> centres) {
        Region r = region.get();
        if (r == null) {
            return;
        }
        org.beltmap.core.model.Settings before = r.project().settings();
        List<org.beltmap.core.model.Centre> centresBefore = r.project().centres();
        // SizeClassScheme compares by identity: equal bounds keep the old scheme, so "no change" is no edit.
        org.beltmap.core.model.Settings after = next.sizeClasses().classes().equals(before.sizeClasses().classes())
                ? new org.beltmap.core.model.Settings(before.sizeClasses(), next.beltThresholdsMin(),
                next.isochroneMinutes(), next.speedsKmh(), next.defaultSpeedKmh(), next.accessSpeedKmh(),
                next.detourFactor(), next.snapToleranceM(), next.gapJoinM(), next.maxAccessKm(), next.bundles(),
                next.railwaysInNetwork()) : next;
        List<org.beltmap.core.model.Centre> centresAfter = List.copyOf(centres);
        if (after.equals(before) && centresAfter.equals(centresBefore)) {
            return;
        }
        undo.perform(Edit.of(description, () -> swapAnalysis(after, centresAfter),
                () -> swapAnalysis(before, centresBefore)));
    }

    /** The region under other settings, published without resetting the session's edits or the map view. */
    private void swapAnalysis(org.beltmap.core.model.Settings s, List<org.beltmap.core.model.Centre> centres) {
        Region r = region.get();
        Town selected = selectedTown.get();
        Region next = org.beltmap.core.io.RegionLoader.rederive(r, current(r.project().file()).withSettings(s).withCentres(centres));
        towns.setAll(next.towns());
        metrics.update(next);
        // The project carries this session's rays and scenarios, so loading them again keeps them as they are.
        rays.load(next);
        scenario.load(next, status::set);
        region.set(next);
        selectedTown.set(selected == null ? null : next.towns().stream().filter(t -> t.id().equals(selected.id()))
                .findFirst().orElse(null));
        analysis.recompute(next);
    }
}
