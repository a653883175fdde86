package org.beltmap.app.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.beltmap.app.edit.Edit;
import org.beltmap.app.edit.UndoStack;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.analysis.AnalysisProgress;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.io.ScenarioJson;
import org.beltmap.core.scenario.WhatIf;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The active what-if scenario: every edit (a planned road, a loaded file, clearing) is undoable and re-runs МТД,
 * belts and isochrones off the UI thread; the towns whose МТД or belt changed are listed, largest change first.
 */
public final class ScenarioViewModel {

    /** A scenario run: its belts and isochrones, the changes against the base, and how long it took. */
    public record Result(Scenario scenario, BeltAnalysis.Result belts, List<Isochrone> isochrones,
                         List<WhatIf.Change> changes, long millis, java.util.Map<String, Double> scoreAfter,
                         AnalysisResult analysis) {
    }

    private static final GeometryFactory GF = new GeometryFactory();
    private final Messages m;
    private final UndoStack undo;
    private final Executor background;
    private final Executor ui;
    private final AnalysisViewModel analysis;
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario", Scenario.NONE);
    /** The project's saved scenarios by name; the active one is {@link #scenario} (an empty one is "base"). */
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final java.util.Map<String, Scenario> saved = new java.util.LinkedHashMap<>();
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<WhatIf.Change> changes = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private Region region;
    private Consumer<String> status = s -> { };

    ScenarioViewModel(Messages m, UndoStack undo, Executor background, Executor ui, AnalysisViewModel analysis) {
        this.m = m;
        this.undo = undo;
        this.background = background;
        this.ui = ui;
        this.analysis = analysis;
        scenario.addListener((o, a, b) -> {
            if (b != Scenario.NONE && b != null) {
                saved.put(b.name(), b);
                if (!names.contains(b.name())) {
                    names.add(b.name());
                }
            }
            recompute();
        });
        // After the base run is complete (bundles and scores too), so the scenario's scores compare like for like.
        analysis.resultProperty().addListener((o, a, b) -> {
            if (b != null) {
                recompute();
            }
        });
    }

    void load(Region r, Consumer<String> statusSink) {
        region = r;
        status = statusSink;
        saved.clear();
        r.project().scenarios().forEach(x -> saved.put(x.name(), x));
        names.setAll(saved.keySet());
        String active = r.project().activeScenario();
        scenario.set(active != null && saved.containsKey(active) ? saved.get(active) : Scenario.NONE);
        result.set(null);
        changes.clear();
    }

    /** Makes another saved scenario (or the base, for null) the active one. */
    public void activate(String name) {
        Scenario next = name == null ? Scenario.NONE : saved.getOrDefault(name, Scenario.NONE);
        if (next != scenario.get()) {
            change(m.get("edit.scenario.activate", name == null ? "base" : name), next);
        }
    }

    /**
     * Shows a saved scenario (or the base, for null) without recording an edit: for the lecture's what-if step,
     * which restores the previous one when it ends.
     */
    public void show(String name) {
        scenario.set(name == null ? Scenario.NONE : saved.getOrDefault(name, Scenario.NONE));
    }

    /** Starts a new, empty scenario with a name and makes it active. */
    public void create(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        Scenario fresh = new Scenario(name.trim(), List.of(), List.of(), java.util.Map.of(), java.util.Map.of(), List.of());
        change(m.get("edit.scenario.create", name), fresh);
    }

    /** All scenarios to save, the active one included; and the active name (null for the base). */
    public List<Scenario> all() {
        return List.copyOf(saved.values());
    }

    public String activeName() {
        Scenario s = scenario.get();
        return s == Scenario.NONE ? null : s.name();
    }

    public ObservableList<String> names() {
        return names;
    }

    /** Adds a planned road (lon/lat vertices) at a speed: one undoable edit. */
    public void addRoad(List<double[]> vertices, double speedKmh, String name) {
        Coordinate[] c = vertices.stream().map(v -> new Coordinate(v[0], v[1])).toArray(Coordinate[]::new);
        Scenario current = scenario.get() == Scenario.NONE ? named(m.get("scenario.defaultName")) : scenario.get();
        change(m.get("edit.scenario.road", name), current.withAdded(
                new Scenario.PlannedLine(GF.createLineString(c), null, speedKmh, name)));
    }

    /** Moves vertex {@code v} of planned road {@code road} to lon/lat: one undoable edit. */
    public void moveVertex(int road, int v, double lon, double lat) {
        Scenario s = scenario.get();
        if (road < 0 || road >= s.added().size()) {
            return;
        }
        Scenario.PlannedLine p = s.added().get(road);
        Coordinate[] c = p.line().getCoordinates().clone();
        if (v < 0 || v >= c.length) {
            return;
        }
        c[v] = new Coordinate(lon, lat);
        List<Scenario.PlannedLine> list = new java.util.ArrayList<>(s.added());
        list.set(road, new Scenario.PlannedLine(GF.createLineString(c), p.roadClass(), p.speedKmh(), p.name()));
        change(m.get("edit.scenario.move", p.name()), new Scenario(s.name(), list, s.closed(), s.classSpeeds(),
                s.refSpeeds(), s.addedCentres()));
    }

    /** The planned road being edited (its index in the active scenario), -1 for none. */
    private final javafx.beans.property.IntegerProperty selectedRoad =
            new javafx.beans.property.SimpleIntegerProperty(this, "selectedRoad", -1);

    public javafx.beans.property.IntegerProperty selectedRoadProperty() {
        return selectedRoad;
    }

    /** Removes the planned road at {@code index} of the active scenario: one undoable edit. */
    public void removeRoad(int index) {
        Scenario s = scenario.get();
        if (index < 0 || index >= s.added().size()) {
            return;
        }
        List<Scenario.PlannedLine> left = new java.util.ArrayList<>(s.added());
        Scenario.PlannedLine gone = left.remove(index);
        change(m.get("edit.scenario.remove", gone.name()), new Scenario(s.name(), left, s.closed(), s.classSpeeds(),
                s.refSpeeds(), s.addedCentres()));
    }

    /** Replaces the scenario with one read from a file (GeoJSON of added lines or scenario JSON). */
    public void loadFile(Path file) {
        change(m.get("edit.scenario.load", file.getFileName()), ScenarioJson.read(file));
    }

    /** Empties the active scenario (it stays saved under its name, with no edits). */
    public void clear() {
        Scenario s = scenario.get();
        if (s != Scenario.NONE) {
            change(m.get("edit.scenario.clear"), named(s.name()));
        }
    }

    private static Scenario named(String name) {
        return new Scenario(name, List.of(), List.of(), java.util.Map.of(), java.util.Map.of(), List.of());
    }

    private void change(String description, Scenario next) {
        Scenario before = scenario.get();
        undo.perform(org.beltmap.app.edit.Edit.of(description, () -> scenario.set(next), () -> scenario.set(before)));
    }

    private void recompute() {
        long gen = generation.incrementAndGet();
        Scenario sc = scenario.get();
        AnalysisViewModel.Outcome base = analysis.outcomeProperty().get();
        if (region == null || base == null || sc.isEmpty()) {
            result.set(null);
            changes.clear();
            return;
        }
        Region r = region;
        status.accept(m.get("status.scenario.running"));
        // The same pipeline and session as the base: its network, access index, rays and bundles are reused.
        AnalysisRequest request = analysis.request().withScenario(sc);
        background.execute(() -> {
            try {
                long t0 = System.nanoTime();
                AnalysisResult after = analysis.session().run(r, request, new AnalysisProgress() {
                    @Override
                    public boolean cancelled() {
                        return gen != generation.get();
                    }
                });
                List<WhatIf.Change> diff = WhatIf.compare(base.belts(), after.belts());
                java.util.Map<String, Double> scoreAfter = new java.util.HashMap<>();
                after.scores().forEach(x -> scoreAfter.put(x.town().id(), x.score()));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                ui.execute(() -> {
                    if (gen == generation.get()) {
                        result.set(new Result(sc, after.belts(), after.isochrones(), diff, ms, scoreAfter, after));
                        changes.setAll(diff);
                        long beltChanges = diff.stream().filter(WhatIf.Change::beltChanged).count();
                        status.accept(m.get("status.scenario.done", diff.size(), beltChanges, ms));
                    }
                });
            } catch (java.util.concurrent.CancellationException superseded) {
                // A newer scenario edit runs instead.
            } catch (RuntimeException e) {
                ui.execute(() -> status.accept(m.get("error.analysis") + ": " + e.getMessage()));
            }
        });
    }

    /** The comparison as CSV: town, МТД before/after, change, belt before/after, score before/after if known. */
    public String csv() {
        StringBuilder b = new StringBuilder("id,town_ru,town_en,mtd_before,mtd_after,delta_min,belt_before,belt_after,"
                + "score_before,score_after\n");
        for (WhatIf.Change c : changes) {
            b.append(String.join(",", c.town().id(), c.town().nameRu(), c.town().nameEn(), f(c.mtdBefore()),
                    f(c.mtdAfter()), f(c.deltaMin()), String.valueOf(c.beltBefore()), String.valueOf(c.beltAfter()),
                    f(scoreBefore(c)), f(scoreAfter(c)))).append('\n');
        }
        return b.toString();
    }

    /** The town's base score, NaN when scores are not computed. */
    public double scoreBefore(WhatIf.Change c) {
        return analysis.score(c.town()).map(x -> x.score()).orElse(Double.NaN);
    }

    public double scoreAfter(WhatIf.Change c) {
        Result r = result.get();
        return r == null ? Double.NaN : r.scoreAfter().getOrDefault(c.town().id(), Double.NaN);
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v);
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<Result> resultProperty() {
        return result;
    }

    public ObservableList<WhatIf.Change> changes() {
        return changes;
    }
}
