package org.beltmap.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.beltmap.core.belts.AccessAnalysis;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.Belts;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bundles.BundleAnalysis;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.isochrones.IsochroneBuilder;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.RayEdits;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.RegionNetwork;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.rays.RayFinder;
import org.beltmap.core.rays.UserRays;
import org.beltmap.core.scenario.ScenarioRunner;
import org.beltmap.core.scenario.WhatIf;
import org.beltmap.core.scoring.PotentialScorer;
import org.beltmap.core.scoring.TownScore;

/**
 * The one analysis pipeline: network, МТД and belts, isochrones, rays, bundles and strips, scores. The app, every
 * CLI command and every export run it and compose nothing of their own.
 *
 * <p>A session keeps each stage with the inputs it was computed from and redoes only what changed: new weights
 * re-score, new thresholds re-classify, a speed or scenario edit re-runs from the network, bundles are kept while
 * the layers and bundle settings stay. Rays and bundles describe the existing corridors, so they come from the base
 * network whatever the scenario; a scenario changes the МТД, belts, isochrones and, through the МТД, the scores.
 */
public final class RegionAnalysis {

    /** One cached stage: the inputs it was built from and what it produced. */
    private record Cached<T>(Object layers, List<Object> inputs, T value) {
        boolean matches(Object l, List<Object> in) {
            return layers.equals(l) && inputs.equals(in);
        }
    }

    /** The МТД run: the network (under a scenario) with its access legs, Dijkstra done from the centres. */
    private record Run(RoadGraph graph, NetworkAccess access, AccessAnalysis analysis, List<Town> centres) {
    }

    private record Network(RoadGraph graph, NetworkAccess access, ScenarioRunner runner) {
    }

    /** What the current run's layers were read from ({@link LayersKey}); every cached stage is checked against it. */
    private Object layers;
    /**
     * Bundles of the last few file-backed regions, shared by every session in this JVM: they take seconds, depend
     * only on the files and the bundle settings, and a reopened project or a second window reuses them.
     */
    private static final Map<List<Object>, BundleAnalysis.Result> SHARED_BUNDLES = new LinkedHashMap<>(8, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, BundleAnalysis.Result> eldest) {
            return size() > 4;
        }
    };
    private Cached<Network> network;
    /** The base run and the last scenario runs, newest last: switching between them costs nothing. */
    private final List<Cached<Run>> runs = new ArrayList<>();
    private static final int RUNS_KEPT = 3;
    private Cached<List<Isochrone>> isochrones;
    private Cached<List<Ray>> rays;
    private Cached<BundleAnalysis.Result> bundles;
    private Cached<Network> roadsOnly;

    /** Forgets the bundles shared between sessions (the bench measures a cold computation each run). */
    public static void forgetSharedBundles() {
        synchronized (SHARED_BUNDLES) {
            SHARED_BUNDLES.clear();
        }
    }

    /** A one-off run (the CLI): nothing is kept. */
    public static AnalysisResult once(Region region, AnalysisRequest request) {
        return new RegionAnalysis().run(region, request, AnalysisProgress.NONE);
    }

    /**
     * Runs the analysis of {@code region} as {@code request} asks, reusing every stage whose inputs are unchanged.
     * Throws {@link java.util.concurrent.CancellationException} when {@code progress} says the run was cancelled.
     */
    public synchronized AnalysisResult run(Region region, AnalysisRequest request, AnalysisProgress progress) {
        Settings s = region.project().settings();
        Map<String, Long> timings = new LinkedHashMap<>();
        layers = LayersKey.of(region);
        boolean railways = request.railways() != null ? request.railways() : s.railwaysInNetwork();
        List<Town> chosen = request.centres() != null ? request.centres() : region.centres();
        if (!request.wants(AnalysisRequest.Part.BELTS)) {
            progress.stage("bundles", 0);
            BundleAnalysis.Result b = bundles(region, request, timings);
            return new AnalysisResult(region, request, railways, chosen, null, List.of(), List.of(), List.of(),
                    List.of(), b, List.of(), List.of(), region.project().scoring(), timings);
        }
        NetworkCheck.require(region);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no centre: add a centre (a town name or lon/lat) to the project's "
                    + "\"centres\" or in Analysis → Settings");
        }
        progress.check();
        progress.stage("network", 0);
        Network net = network(region, railways, timings);
        progress.check();
        progress.stage("belts", 0.3);
        Run mtd = mtd(region, net, request, chosen, timings);
        long t0 = System.nanoTime();
        List<Double> thresholds = Belts.validated(request.thresholds() != null ? request.thresholds()
                : s.beltThresholdsMin());
        BeltAnalysis.Result belts = BeltAnalysis.classify(region, mtd.graph(), mtd.analysis(), thresholds,
                timings.getOrDefault("belts", 0L));
        List<TownAccess> settlements = region.settlements().stream().map(t -> mtd.analysis().town(t, thresholds))
                .toList();
        timings.merge("belts", ms(t0), Long::sum);
        List<Isochrone> iso = List.of();
        if (request.wants(AnalysisRequest.Part.ISOCHRONES)) {
            progress.check();
            progress.stage("isochrones", 0.4);
            iso = isochrones(region, mtd, request, timings);
        }
        List<Ray> derived = List.of();
        List<Ray> effective = List.of();
        if (request.wants(AnalysisRequest.Part.RAYS)) {
            progress.check();
            progress.stage("rays", 0.5);
            derived = derivedRays(region, !railways && request.scenario().isEmpty() ? mtd : null, net, request,
                    chosen, timings);
            RayEdits edits = request.rayEdits() != null ? request.rayEdits() : region.project().rayEdits();
            effective = UserRays.effective(derived, edits, region.towns(), chosen.get(0),
                    RayFinder.railwayLines(region), request.rayOptions().catchmentKm());
        }
        BundleAnalysis.Result b = null;
        if (request.wants(AnalysisRequest.Part.BUNDLES)) {
            progress.check();
            progress.stage("bundles", 0.6);
            b = bundles(region, request, timings);
        }
        List<TownScore> scores = List.of();
        List<TownScore> settlementScores = List.of();
        ScoringModel model = request.scoring() != null ? request.scoring() : region.project().scoring();
        if (request.wants(AnalysisRequest.Part.SCORES)) {
            progress.check();
            progress.stage("scores", 0.9);
            long t1 = System.nanoTime();
            List<Ray> roadRays = effective.stream().filter(r -> "road".equals(r.mode())).toList();
            PotentialScorer scorer = new PotentialScorer(model);
            scores = scorer.score(belts.towns(), roadRays, b.bundles());
            settlementScores = scorer.score(settlements, roadRays, b.bundles());
            timings.put("scores", ms(t1));
        }
        progress.stage("done", 1);
        return new AnalysisResult(region, request, railways, mtd.centres(), belts, settlements, iso, derived,
                effective, b, scores, settlementScores, model, timings);
    }

    /** The network of the region's lines, without any scenario; its access index is shared by what-if runs. */
    private Network network(Region region, boolean railways, Map<String, Long> timings) {
        Settings s = region.project().settings();
        List<Object> key = railways ? List.of(true, s.speedsKmh(), s.defaultSpeedKmh(), s.snapToleranceM(),
                s.gapJoinM(), s.detourFactor(), s.accessSpeedKmh()) : roadsKey(s);
        if (network != null && network.matches(layers, key)) {
            return network.value();
        }
        long t0 = System.nanoTime();
        RoadGraph g = RegionNetwork.build(region, railways ? RegionNetwork.Mode.ROADS_AND_RAILWAYS
                : RegionNetwork.Mode.ROADS);
        NetworkAccess access = new NetworkAccess(g, s.detourFactor(), s.accessSpeedKmh());
        Network n = new Network(g, access, new ScenarioRunner(region, g, access));
        network = new Cached<>(layers, key, n);
        timings.put("network", ms(t0));
        if (!railways) {
            roadsOnly = network;
        }
        return n;
    }

    private Run mtd(Region region, Network net, AnalysisRequest request, List<Town> chosen,
                    Map<String, Long> timings) {
        Settings s = region.project().settings();
        List<Object> key = List.of(net, request.scenario(), ids(chosen), s.maxAccessKm());
        for (Cached<Run> c : runs) {
            if (c.matches(layers, key)) {
                return c.value();
            }
        }
        long t0 = System.nanoTime();
        RoadGraph g = request.scenario().isEmpty() ? net.graph() : net.runner().graph(request.scenario());
        NetworkAccess access = g == net.graph() ? net.access() : net.access().extendedTo(g);
        List<Town> centres = WhatIf.centres(region, request.scenario(), chosen);
        AccessAnalysis a = new AccessAnalysis(g, access, centres).maxAccess(s.maxAccessKm() * 1000);
        // A scenario that only adds roads extends the base run's tree instead of searching from scratch.
        Run base = g == net.graph() ? null : baseRun(net, centres);
        a = base != null ? a.runExtending(base.analysis()) : a.run(Double.POSITIVE_INFINITY);
        Run r = new Run(g, access, a, centres);
        runs.add(new Cached<>(layers, key, r));
        if (runs.size() > RUNS_KEPT) {
            runs.remove(0);
        }
        timings.put("belts", ms(t0));
        return r;
    }

    /** The kept run on the base network from the same centres, or null. */
    private Run baseRun(Network net, List<Town> centres) {
        for (Cached<Run> c : runs) {
            if (c.layers().equals(layers) && c.value().graph() == net.graph() && sameIds(c.value().centres(), centres)) {
                return c.value();
            }
        }
        return null;
    }

    /** Isochrones from a Dijkstra bounded at the largest band (the grid then covers only what is reached). */
    private List<Isochrone> isochrones(Region region, Run mtd, AnalysisRequest request, Map<String, Long> timings) {
        Settings s = region.project().settings();
        List<Double> minutes = request.isochroneMinutes() != null ? request.isochroneMinutes() : s.isochroneMinutes();
        List<Object> key = List.of(mtd, minutes, request.isochroneCellM(), request.isochroneSmoothM());
        if (isochrones != null && isochrones.matches(layers, key)) {
            return isochrones.value();
        }
        long t0 = System.nanoTime();
        double limit = minutes.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Isochrone> out = List.of();
        if (limit > 0) {
            AccessAnalysis bounded = new AccessAnalysis(mtd.graph(), mtd.access(), mtd.centres())
                    .maxAccess(s.maxAccessKm() * 1000).run(limit);
            double[] grid = IsochroneCell.effective(request, region);
            out = new IsochroneBuilder(s.detourFactor(), s.accessSpeedKmh()).cell(grid[0])
                    .smooth(grid[1]).build(bounded, minutes);
        }
        isochrones = new Cached<>(layers, key, out);
        timings.put("isochrones", ms(t0));
        return out;
    }

    /**
     * Road rays on the base road network from the chosen centres, and railway rays on the railways where there are
     * any. {@code base} is the МТД run when it is that road network already (no scenario, no railways), else null.
     */
    private List<Ray> derivedRays(Region region, Run base, Network net, AnalysisRequest request, List<Town> chosen,
                                  Map<String, Long> timings) {
        Settings s = region.project().settings();
        List<Object> key = List.of(s.speedsKmh(), s.defaultSpeedKmh(), s.snapToleranceM(), s.gapJoinM(),
                s.detourFactor(), s.accessSpeedKmh(), s.maxAccessKm(), ids(chosen), request.rayOptions());
        if (rays != null && rays.matches(layers, key)) {
            return rays.value();
        }
        long t0 = System.nanoTime();
        AccessAnalysis roads;
        List<TownAccess> towns;
        List<Double> th = s.beltThresholdsMin();
        if (base != null && request.scenario().isEmpty() && base.graph() == net.graph()
                && sameIds(base.centres(), chosen)) {
            roads = base.analysis();
        } else {
            Network rn = roadsOnly != null && roadsOnly.matches(layers, roadsKey(s)) ? roadsOnly.value()
                    : null;
            if (rn == null) {
                RoadGraph g = RegionNetwork.build(region, RegionNetwork.Mode.ROADS);
                NetworkAccess a = new NetworkAccess(g, s.detourFactor(), s.accessSpeedKmh());
                rn = new Network(g, a, new ScenarioRunner(region, g, a));
                roadsOnly = new Cached<>(layers, roadsKey(s), rn);
            }
            RoadGraph g = rn.graph();
            NetworkAccess access = rn.access();
            roads = new AccessAnalysis(g, access, chosen).maxAccess(s.maxAccessKm() * 1000)
                    .run(Double.POSITIVE_INFINITY);
        }
        towns = region.towns().stream().map(t -> roads.town(t, th)).toList();
        List<Ray> out = new ArrayList<>();
        RayFinder finder = new RayFinder(roads, request.rayOptions().withMode("road"), RayFinder.railwayLines(region));
        for (Town c : chosen) {
            out.addAll(finder.find(c, towns));
        }
        if (!RayFinder.railwayLines(region).isEmpty()) {
            BeltAnalysis.Result rail = BeltAnalysis.run(region, RegionNetwork.Mode.RAILWAYS, th, chosen);
            RayFinder railFinder = new RayFinder(rail.access(), request.rayOptions().withMode("railway"), List.of());
            for (Town c : chosen) {
                out.addAll(railFinder.find(c, rail.towns()));
            }
        }
        List<Ray> list = List.copyOf(out);
        rays = new Cached<>(layers, key, list);
        timings.put("rays", ms(t0));
        return list;
    }

    private static List<Object> roadsKey(Settings s) {
        return List.of(false, s.speedsKmh(), s.defaultSpeedKmh(), s.snapToleranceM(), s.gapJoinM(),
                s.detourFactor(), s.accessSpeedKmh());
    }

    private BundleAnalysis.Result bundles(Region region, AnalysisRequest request, Map<String, Long> timings) {
        BundleSettings bs = request.bundleSettings() != null ? request.bundleSettings()
                : region.project().settings().bundles();
        List<Object> key = List.of(bs);
        if (bundles != null && bundles.matches(layers, key)) {
            return bundles.value();
        }
        List<Object> shared = layers instanceof String ? List.of(layers, bs) : null;
        BundleAnalysis.Result r;
        synchronized (SHARED_BUNDLES) {
            r = shared == null ? null : SHARED_BUNDLES.get(shared);
        }
        if (r == null) {
            long t0 = System.nanoTime();
            r = onGrid(BundleAnalysis.run(region, bs));
            timings.put("bundles", ms(t0));
            if (shared != null) {
                synchronized (SHARED_BUNDLES) {
                    SHARED_BUNDLES.put(shared, r);
                }
            }
        }
        bundles = new Cached<>(layers, key, r);
        return r;
    }

    /** Bundles and strips on the publication grid, valid, so every writer (GeoJSON at 6 decimals too) keeps them valid. */
    private static BundleAnalysis.Result onGrid(BundleAnalysis.Result r) {
        List<org.beltmap.core.bundles.Bundle> list = r.bundles().stream().map(b -> new org.beltmap.core.bundles.Bundle(
                org.beltmap.core.geo.Precision.reduce(b.area()), b.strength(), b.layers(), b.members(), b.areaKm2(),
                b.lengthKm())).toList();
        return new BundleAnalysis.Result(list, org.beltmap.core.geo.Precision.reduce(r.strips()), r.shares(),
                r.layers(), r.crs(), r.settings(), r.bundlesMillis(), r.stripsMillis());
    }

    /** Centres compared by id and position: a moved centre is another centre. */
    private static List<Object> ids(List<Town> towns) {
        List<Object> out = new ArrayList<>();
        for (Town t : towns) {
            out.add(t.id() + "@" + t.lon() + "," + t.lat());
        }
        return out;
    }

    private static boolean sameIds(List<Town> a, List<Town> b) {
        return Objects.equals(ids(a), ids(b));
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
