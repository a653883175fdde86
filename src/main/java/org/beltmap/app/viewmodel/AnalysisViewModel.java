package org.beltmap.app.viewmodel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.analysis.AnalysisProgress;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.Calibration;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bundles.BundleAnalysis;
import org.beltmap.core.bundles.StripShares;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.model.RayEdits;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.scoring.TownScore;

/**
 * The app's face of the one analysis pipeline ({@link RegionAnalysis}): runs it off the UI thread whenever the
 * region, the weights or the ray edits change, and publishes the result. A run first asks for the МТД, belts,
 * isochrones and rays (the map is usable at once), then for bundles and scores, which reuse every stage of the first.
 * A newer run supersedes an older one, which stops at its next stage; that is also how a run is cancelled.
 */
public final class AnalysisViewModel {

    /** How the towns are coloured on the map. */
    public enum ColourMode { SIZE_CLASS, BELT, SCORE }

    /**
     * Everything the map shows of one run; {@code rays} are the derived ones (the rays view model applies the
     * user's edits for display, as the pipeline does for scores).
     */
    public record Outcome(BeltAnalysis.Result belts, List<Isochrone> isochrones, List<Ray> rays, long beltsMs,
                          long isochronesMs, List<TownAccess> settlements, AnalysisResult result) {

        static Outcome of(AnalysisResult r) {
            return new Outcome(r.belts(), r.isochrones(), r.derivedRays(), r.timings().getOrDefault("belts", 0L)
                    + r.timings().getOrDefault("network", 0L), r.timings().getOrDefault("isochrones", 0L),
                    r.settlements(), r);
        }
    }

    private final Messages m;
    private final Executor background;
    private final Executor ui;
    private RegionAnalysis session = new RegionAnalysis();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<AnalysisResult> full = new SimpleObjectProperty<>(this, "full");
    private final ObjectProperty<ColourMode> colourMode = new SimpleObjectProperty<>(this, "colourMode",
            ColourMode.SIZE_CLASS);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final AtomicLong generation = new AtomicLong();
    private final ObjectProperty<BundleAnalysis.Result> bundles = new SimpleObjectProperty<>(this, "bundles");
    private final ObjectProperty<List<TownScore>> scores = new SimpleObjectProperty<>(this, "scores");
    private final ObjectProperty<ScoringModel> scoring = new SimpleObjectProperty<>(this, "scoring",
            ScoringModel.defaults());
    private Map<String, TownScore> settlementScoreById = Map.of();
    private Map<String, TownScore> scoreById = Map.of();
    private Map<String, TownAccess> accessById = Map.of();
    private RayEdits rayEdits;
    private Region region;
    private Consumer<String> status = s -> { };
    private Consumer<String> errors = s -> { };

    public AnalysisViewModel(Messages m, Executor background, Executor ui) {
        this.m = m;
        this.background = background;
        this.ui = ui;
        scoring.addListener((o, a, b) -> rescore());
    }

    void setStatus(Consumer<String> status, Consumer<String> errors) {
        this.status = status;
        this.errors = errors;
    }

    /** The request the app makes: the project's settings with the session's weights and ray edits. */
    public AnalysisRequest request() {
        return AnalysisRequest.all().withScoring(scoring.get()).withRayEdits(rayEdits);
    }

    /** The pipeline session the scenario view shares (network and bundles are built once). */
    RegionAnalysis session() {
        return session;
    }

    /** The user's ray edits changed: rays and scores follow (the network is not rebuilt). */
    void setRayEdits(RayEdits edits) {
        if (edits != rayEdits) {
            rayEdits = edits;
            rescore();
        }
    }

    /**
     * Carries on {@code previous} (the window rebuilt in another language): its pipeline session with every cached
     * stage, its results and colour mode. Its own runs stop; one still under way is started again here, where the
     * cached stages make it short.
     */
    void adopt(AnalysisViewModel previous) {
        previous.generation.incrementAndGet();
        session = previous.session;
        rayEdits = previous.rayEdits;
        scoring.set(previous.scoring.get());
        colourMode.set(previous.colourMode.get());
        accessById = previous.accessById;
        scoreById = previous.scoreById;
        settlementScoreById = previous.settlementScoreById;
        region = previous.region;
        outcome.set(previous.outcome.get());
        full.set(previous.full.get());
        bundles.set(previous.bundles.get());
        scores.set(previous.scores.get());
        if (region != null && full.get() == null) {
            recompute(region);
        }
    }

    /** Starts a run for the region; an earlier run still going is superseded. */
    public void recompute(Region next) {
        long gen = generation.incrementAndGet();
        outcome.set(null);
        bundles.set(null);
        scores.set(null);
        full.set(null);
        region = next;
        if (next == null || next.centres().isEmpty()) {
            running.set(false);
            return;
        }
        start(gen, next, true);
    }

    /** New weights or ray edits: the same pipeline again; only rays' edits and scores are redone. */
    public void rescore() {
        if (region == null || outcome.get() == null) {
            return;
        }
        start(generation.incrementAndGet(), region, false);
    }

    private void start(long gen, Region r, boolean fresh) {
        running.set(true);
        progress.set(0);
        status.accept(m.get("status.computing"));
        AnalysisRequest req = request();
        AnalysisProgress watch = new AnalysisProgress() {
            @Override
            public void stage(String stage, double fraction) {
                ui.execute(() -> {
                    if (gen == generation.get()) {
                        progress.set(fraction);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return gen != generation.get();
            }
        };
        background.execute(() -> {
            try {
                long t0 = System.nanoTime();
                if (fresh) {
                    AnalysisResult first = session.run(r, req.withParts(java.util.EnumSet.of(
                            AnalysisRequest.Part.ISOCHRONES, AnalysisRequest.Part.RAYS)), watch);
                    ui.execute(() -> publishMap(gen, first));
                }
                AnalysisResult all = session.run(r, req, watch);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                ui.execute(() -> publishAll(gen, all, ms));
            } catch (CancellationException cancelled) {
                // Superseded or cancelled: the newer run (or the cancel) has said what happens next.
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (gen == generation.get()) {
                        running.set(false);
                        errors.accept(m.get("error.analysis") + ": " + e.getMessage());
                    }
                });
            }
        });
    }

    /** Drops the running computation's result. */
    public void cancel() {
        generation.incrementAndGet();
        running.set(false);
        status.accept(m.get("status.cancelled"));
    }

    private void publishMap(long gen, AnalysisResult r) {
        if (gen != generation.get()) {
            return;
        }
        Map<String, TownAccess> ids = new HashMap<>();
        r.belts().towns().forEach(a -> ids.put(a.town().id(), a));
        accessById = ids;
        Outcome o = Outcome.of(r);
        outcome.set(o);
        status.accept(m.get("status.computed", r.belts().towns().size(), o.beltsMs(), o.isochronesMs(), belts(r)));
    }

    /** "belt 1: 5 · belt 2: 6 · belt 3: 13 · unreachable: 2": every town is counted somewhere. */
    private String belts(AnalysisResult r) {
        int[] perBelt = r.belts().townsPerBelt();
        StringBuilder belts = new StringBuilder();
        for (int i = 0; i < perBelt.length; i++) {
            belts.append(i == 0 ? "" : " · ").append(m.get("status.belt", i + 1, perBelt[i]));
        }
        long unreachable = r.belts().towns().stream().filter(a -> !a.reachable()).count();
        if (unreachable > 0) {
            belts.append(" · ").append(m.get("status.unreachable", unreachable));
        }
        return belts.toString();
    }

    private void publishAll(long gen, AnalysisResult r, long ms) {
        if (gen != generation.get()) {
            return;
        }
        if (!sameMap(outcome.get(), r)) {
            publishMap(gen, r);
        }
        full.set(r);
        settlementScoreById = byId(r.settlementScores());
        scoreById = byId(r.scores());
        bundles.set(r.bundles());
        scores.set(r.scores());
        running.set(false);
        progress.set(1);
        StripShares sh = r.bundles().shares();
        status.accept(m.get("status.analysed", r.belts().towns().size(), belts(r), ms, r.bundles().bundles().size(),
                m.decimal(sh.townsShare(), 1),
                m.decimal(sh.townPopulationShare(), 1), m.decimal(sh.settlementsShare(), 1)));
    }

    /** Whether the map's part of {@code r} is what {@code o} shows already (cached stages are the same objects). */
    private static boolean sameMap(Outcome o, AnalysisResult r) {
        return o != null && o.result().belts().access() == r.belts().access()
                && o.belts().thresholds().equals(r.belts().thresholds()) && o.isochrones() == r.isochrones()
                && o.rays() == r.derivedRays();
    }

    /** Scores of the settlements layer, ranked among themselves (empty until the run is complete). */
    public List<TownScore> settlementScores() {
        AnalysisResult r = full.get();
        return r == null ? List.of() : r.settlementScores();
    }

    public Optional<TownScore> settlementScore(Town t) {
        return t == null ? Optional.empty() : Optional.ofNullable(settlementScoreById.get(t.id()));
    }

    private static Map<String, TownScore> byId(List<TownScore> list) {
        Map<String, TownScore> out = new HashMap<>();
        list.forEach(s -> out.put(s.town().id(), s));
        return out;
    }

    /** The last complete result (bundles and scores included), null while a run is on. */
    public ObjectProperty<AnalysisResult> resultProperty() {
        return full;
    }

    public ObjectProperty<List<TownScore>> scoresProperty() {
        return scores;
    }

    public ObjectProperty<ScoringModel> scoringProperty() {
        return scoring;
    }

    public Optional<TownScore> score(Town t) {
        return scores.get() == null || t == null ? Optional.empty() : Optional.ofNullable(scoreById.get(t.id()));
    }

    public ObjectProperty<BundleAnalysis.Result> bundlesProperty() {
        return bundles;
    }

    /** Looked up per town every frame while colouring the map, so by id rather than by scanning the list. */
    public Optional<TownAccess> access(Town t) {
        return outcome.get() == null || t == null ? Optional.empty() : Optional.ofNullable(accessById.get(t.id()));
    }

    /** The calibration fit against published МТД, if there are published figures. */
    public Optional<Calibration.Fit> calibration() {
        Outcome o = outcome.get();
        if (o == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Calibration.fit(o.belts().towns()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<ColourMode> colourModeProperty() {
        return colourMode;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
