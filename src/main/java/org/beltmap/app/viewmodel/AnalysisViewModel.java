package org.beltmap.app.viewmodel;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.belts.AccessAnalysis;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.Calibration;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bundles.BundleAnalysis;
import org.beltmap.core.bundles.StripShares;
import org.beltmap.core.scoring.PotentialScorer;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.scoring.TownScore;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.isochrones.IsochroneBuilder;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.RegionNetwork;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.rays.RayFinder;

/**
 * МТД, belts and isochrones of the loaded region, computed off the UI thread whenever the region changes. A newer
 * run supersedes an older one (its result is dropped), which is also how a run is cancelled.
 */
public final class AnalysisViewModel {

    /** How the towns are coloured on the map. */
    public enum ColourMode { SIZE_CLASS, BELT, SCORE }

    /** Everything one run produced. */
    public record Outcome(BeltAnalysis.Result belts, List<Isochrone> isochrones, List<Ray> rays, long beltsMs,
                          long isochronesMs, List<TownAccess> settlements) {
    }

    private final Messages m;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<ColourMode> colourMode = new SimpleObjectProperty<>(this, "colourMode",
            ColourMode.SIZE_CLASS);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final AtomicLong generation = new AtomicLong();
    private final ObjectProperty<BundleAnalysis.Result> bundles = new SimpleObjectProperty<>(this, "bundles");
    private final ObjectProperty<List<TownScore>> scores = new SimpleObjectProperty<>(this, "scores");
    private List<TownScore> settlementScores = List.of();
    private java.util.Map<String, TownScore> settlementScoreById = java.util.Map.of();
    private java.util.Map<String, TownScore> scoreById = java.util.Map.of();
    private java.util.Map<String, TownAccess> accessById = java.util.Map.of();
    private final ObjectProperty<ScoringModel> scoring = new SimpleObjectProperty<>(this, "scoring",
            ScoringModel.defaults());
    private Region lastRegion;
    private boolean bundlesWanted;
    private boolean bundlesRunning;

    /** Bundles are computed the first time someone shows them (they take seconds on real data). */
    public void wantBundles() {
        bundlesWanted = true;
        if (outcome.get() != null && bundles.get() == null && !bundlesRunning) {
            computeBundles(generation.get());
        }
    }
    private Consumer<String> status = s -> { };
    private Consumer<String> errors = s -> { };

    public AnalysisViewModel(Messages m, Executor background, Executor ui) {
        this.m = m;
        this.background = background;
        this.ui = ui;
        scoring.addListener((o, a, b) -> rescore());
        colourMode.addListener((o, a, b) -> {
            if (b == ColourMode.SCORE) {
                wantScores();
            }
        });
    }

    void setStatus(Consumer<String> status, Consumer<String> errors) {
        this.status = status;
        this.errors = errors;
    }

    /** Starts a run for the region; an earlier run still going is superseded. */
    public void recompute(Region region) {
        long gen = generation.incrementAndGet();
        outcome.set(null);
        bundles.set(null);
        scores.set(null);
        lastRegion = region;
        if (region == null || region.centres().isEmpty()) {
            running.set(false);
            return;
        }
        running.set(true);
        status.accept(m.get("status.computing"));
        background.execute(() -> {
            try {
                Outcome o = compute(region);
                ui.execute(() -> publish(gen, o));
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

    static Outcome compute(Region region) {
        long t0 = System.nanoTime();
        Settings s = region.project().settings();
        RoadGraph graph = RegionNetwork.build(region, RegionNetwork.Mode.ROADS);
        BeltAnalysis.Result belts = BeltAnalysis.run(region, graph, null, null, t0);
        long beltsMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        double limit = s.isochroneMinutes().stream().mapToDouble(Double::doubleValue).max().orElse(90);
        AccessAnalysis bounded = new AccessAnalysis(graph, new NetworkAccess(graph, s.detourFactor(),
                s.accessSpeedKmh()), region.centres()).maxAccess(s.maxAccessKm() * 1000).run(limit);
        List<Isochrone> iso = new IsochroneBuilder(s.detourFactor(), s.accessSpeedKmh()).smooth(250)
                .build(bounded, s.isochroneMinutes());
        long isoMs = (System.nanoTime() - t1) / 1_000_000;
        RayFinder finder = new RayFinder(belts.access(), RayFinder.Options.defaults(), RayFinder.railwayLines(region));
        List<Ray> rays = new java.util.ArrayList<>();
        for (Town c : region.centres()) {
            rays.addAll(finder.find(c, belts.towns()));
        }
        if (!RayFinder.railwayLines(region).isEmpty()) {
            // Railways form rays of their own (mode railway), drawn dashed.
            BeltAnalysis.Result rail = BeltAnalysis.run(region, RegionNetwork.Mode.RAILWAYS, null, null);
            RayFinder railFinder = new RayFinder(rail.access(), RayFinder.Options.defaults().withMode("railway"),
                    List.of());
            for (Town c : region.centres()) {
                rays.addAll(railFinder.find(c, rail.towns()));
            }
        }
        List<TownAccess> settlements = region.settlements().stream()
                .map(t -> belts.access().town(t, belts.thresholds())).toList();
        return new Outcome(belts, iso, rays, beltsMs, isoMs, settlements);
    }

    private void publish(long gen, Outcome o) {
        if (gen != generation.get()) {
            return;
        }
        java.util.Map<String, TownAccess> ids = new java.util.HashMap<>();
        o.belts().towns().forEach(a -> ids.put(a.town().id(), a));
        accessById = ids;
        outcome.set(o);
        running.set(false);
        if (bundlesWanted) {
            computeBundles(gen);
        }
        int[] perBelt = o.belts().townsPerBelt();
        StringBuilder belts = new StringBuilder();
        for (int i = 0; i < perBelt.length; i++) {
            belts.append(i == 0 ? "" : " · ").append(m.get("status.belt", i + 1, perBelt[i]));
        }
        status.accept(m.get("status.computed", o.belts().towns().size(), o.beltsMs(), o.isochronesMs(), belts));
    }

    /** Bundles take seconds on real data: computed after the МТД, so the map is usable meanwhile. */
    private void computeBundles(long gen) {
        Region region = lastRegion;
        bundlesRunning = true;
        status.accept(m.get("status.computingBundles"));
        background.execute(() -> {
            try {
                BundleAnalysis.Result r = BundleAnalysis.run(region, region.project().settings().bundles());
                ui.execute(() -> {
                    bundlesRunning = false;
                    if (gen == generation.get()) {
                        bundles.set(r);
                        rescore();
                        StripShares sh = r.shares();
                        status.accept(m.get("status.bundles", r.bundles().size(), m.decimal(sh.townsShare(), 1),
                                m.decimal(sh.townPopulationShare(), 1), m.decimal(sh.settlementsShare(), 1)));
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    bundlesRunning = false;
                    errors.accept(m.get("error.analysis") + ": " + e.getMessage());
                });
            }
        });
    }

    /** Scores need the bundles: asking for them starts the bundle computation if it has not run. */
    public void wantScores() {
        wantBundles();
        rescore();
    }

    /** Recomputes the scores with the current weights (fast: distances only). */
    public void rescore() {
        Outcome o = outcome.get();
        BundleAnalysis.Result b = bundles.get();
        if (o == null || b == null) {
            return;
        }
        List<Ray> roadRays = o.rays().stream().filter(r -> "road".equals(r.mode())).toList();
        PotentialScorer scorer = new PotentialScorer(scoring.get());
        long gen = generation.get();
        // Distances of ~250 settlements to every bundle take ~0.1 s: measured off the UI thread.
        background.execute(() -> {
            List<TownScore> settled = scorer.score(o.settlements(), roadRays, b.bundles());
            List<TownScore> list = scorer.score(o.belts().towns(), roadRays, b.bundles());
            ui.execute(() -> {
                if (gen != generation.get() || outcome.get() != o) {
                    return;
                }
                settlementScores = settled;
                settlementScoreById = byId(settled);
                scoreById = byId(list);
                scores.set(list);
            });
        });
    }

    /** Scores of the settlements layer, ranked among themselves (empty until the scores are computed). */
    public List<TownScore> settlementScores() {
        return settlementScores;
    }

    public Optional<TownScore> settlementScore(Town t) {
        return Optional.ofNullable(settlementScoreById.get(t.id()));
    }

    private static java.util.Map<String, TownScore> byId(List<TownScore> list) {
        java.util.Map<String, TownScore> m = new java.util.HashMap<>();
        list.forEach(s -> m.put(s.town().id(), s));
        return m;
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
}
