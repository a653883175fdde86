package org.beltmap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.beltmap.core.belts.AccessAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bench.IsochroneComparison;
import org.beltmap.core.isochrones.IsochroneBuilder;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.Town;
import org.beltmap.core.network.NetworkAccess;
import org.beltmap.core.network.RoadGraph;
import org.beltmap.core.network.ShortestPaths;
import org.beltmap.core.network.SyntheticRegion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: engine figures on a synthetic region, one {@code name value unit} line each, medians. */
@Command(name = "bench", description = "Benchmark the travel-time engine on a deterministic synthetic region; "
        + "prints `name value unit` lines (medians after warm-up).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--nodes", paramLabel = "N", description = "graph size in nodes (default 1,000,000)")
    int nodes = 1_000_000;

    @Option(names = "--runs", paramLabel = "N", description = "measured runs per figure (default 10)")
    int runs = 10;

    @Option(names = "--quick", description = "100,000 nodes, 5 runs and a 20 MB GeoJSON (not 200 MB), for a smoke test")
    boolean quick;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (quick) {
            nodes = Math.min(nodes, 100_000);
            runs = Math.min(runs, 5);
        }
        if (nodes < 100 || runs < 1) {
            throw new IllegalArgumentException("--nodes must be ≥ 100 and --runs ≥ 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "# machine: %d cores, %s %s, Java %s; %d nodes, median of %d runs%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), nodes, runs);
        SyntheticRegion.Edges edges = SyntheticRegion.generate(nodes, 42);
        RoadGraph g = SyntheticRegion.freeze(edges);
        report(out, "graph_build_ms", () -> {
            long t = System.nanoTime();
            SyntheticRegion.freeze(edges);
            return System.nanoTime() - t;
        });
        int centre = SyntheticRegion.middle(g);
        ShortestPaths sp = new ShortestPaths(g);
        double scanMs = report(out, "edge_scan_ms", () -> {
            long t = System.nanoTime();
            double s = SyntheticRegion.scan(g);
            long d = System.nanoTime() - t;
            return s == -1 ? 0 : d;
        });
        double dijkstraMs = report(out, "dijkstra_ms", () -> {
            long t = System.nanoTime();
            sp.run(centre);
            return System.nanoTime() - t;
        });
        Town c = new Town("C", "C", "C", g.lon(centre), g.lat(centre), 1_000_000, null, Published.NONE, null);
        long t0 = System.nanoTime();
        NetworkAccess access = new NetworkAccess(g, 1.3, 40);
        out.printf(Locale.ROOT, "access_index_ms %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        IsochroneBuilder iso = new IsochroneBuilder(1.3, 40);
        double isoMs = report(out, "isochrones_3_intervals_ms", () -> {
            long t = System.nanoTime();
            AccessAnalysis a = new AccessAnalysis(g, access, List.of(c)).run(90);
            iso.build(a, List.of(30.0, 45.0, 90.0));
            return System.nanoTime() - t;
        });
        List<Town> towns = randomTowns(g, 2000);
        List<Double> thresholds = List.of(45.0, 90.0);
        report(out, "belts_2000_towns_ms", () -> {
            long t = System.nanoTime();
            AccessAnalysis a = new AccessAnalysis(g, access, List.of(c)).run(Double.POSITIVE_INFINITY);
            int reached = 0;
            for (Town town : towns) {
                TownAccess ta = a.town(town, thresholds);
                reached += ta.reachable() ? 1 : 0;
            }
            return reached < 0 ? 0 : System.nanoTime() - t;
        });
        // What-if: one planned 120 km/h road from the centre to a corner, then the full re-run for 2,000 towns
        // (graph rebuilt with the road, access index shared, the base run extended by the new road, every town).
        SyntheticRegion.Edges planned = SyntheticRegion.withRoad(edges, centre, SyntheticRegion.corner(g), 120);
        AccessAnalysis before = new AccessAnalysis(g, access, List.of(c)).run(Double.POSITIVE_INFINITY);
        report(out, "whatif_rerun_ms", () -> {
            long t = System.nanoTime();
            RoadGraph g2 = SyntheticRegion.freeze(planned);
            AccessAnalysis a = new AccessAnalysis(g2, access.extendedTo(g2), List.of(c)).runExtending(before);
            int reached = 0;
            for (Town town : towns) {
                reached += a.town(town, thresholds).reachable() ? 1 : 0;
            }
            return reached < 0 ? 0 : System.nanoTime() - t;
        });
        out.printf(Locale.ROOT, "dijkstra_to_edge_scan %.1f ratio%n", dijkstraMs / scanMs);
        exportFigure(out);
        reportFigure(out);
        loadFigure(out);
        bigLoadFigure(out);
        redrawFigure(out);
        panFigure(out);
        new ColdStart(out, spec.commandLine().getErr(), quick ? 1 : 3, !quick)
                .run(java.nio.file.Path.of("sample-data/krasnodar-krai"));
        comparison(out, g, centre, isoMs);
        org.beltmap.core.osm.OsmBench.run(l -> { out.println(l); out.flush(); }, runs, nodes >= 1_000_000);
        org.beltmap.core.bench.OsmPeerComparison.run(l -> { out.println(l); out.flush(); },
                spec.commandLine().getErr()::println, runs);
        return 0;
    }

    /** load_100k_points_ms: reading a GeoJSON of 100,000 points (written once to a temporary file). */
    private void loadFigure(PrintWriter out) {
        try {
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile("beltmap-bench", ".geojson");
            StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
            SplittableRandom rnd = new SplittableRandom(3);
            for (int i = 0; i < 100_000; i++) {
                b.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"p").append(i)
                        .append("\",\"population\":").append(rnd.nextInt(100, 50_000))
                        .append("},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                        .append(String.format(Locale.ROOT, "%.5f,%.5f", 36.5 + rnd.nextDouble() * 5.5, 43.2 + rnd.nextDouble() * 3.8))
                        .append("]}}");
            }
            b.append("]}");
            java.nio.file.Files.writeString(tmp, b);
            report(out, "load_100k_points_ms", () -> {
                long t = System.nanoTime();
                int n = org.beltmap.core.io.LayerReader.read(tmp).features().size();
                return n == 100_000 ? System.nanoTime() - t : 0;
            });
            java.nio.file.Files.deleteIfExists(tmp);
        } catch (java.io.IOException e) {
            out.println("load_100k_points_ms n/a ms");
        }
    }

    /**
     * load_200mb_geojson_ms and _heap_mb: reading a 200 MB GeoJSON of lines (20 MB with --quick, said on the comment
     * line) from a temporary folder; the heap figure is the peak live heap above the baseline, goal ≤ 3 × the file.
     */
    private void bigLoadFigure(PrintWriter out) {
        java.nio.file.Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("beltmap-bench");
            var f = org.beltmap.core.bench.LargeLayerLoad.measure(dir, quick ? 20L << 20 : 200L << 20, 3);
            out.printf(Locale.ROOT, "# load_200mb_geojson: a %d MB file, %d lines of 100 positions, median of 3 runs%n",
                    f.fileBytes() >> 20, f.features());
            out.printf(Locale.ROOT, "load_200mb_geojson_ms %.2f ms%n", f.medianMs());
            out.printf(Locale.ROOT, "load_200mb_geojson_heap_mb %d MB%n", f.heapBytes() >> 20);
            out.printf(Locale.ROOT, "load_200mb_geojson_heap_to_file %.2f ratio%n", f.heapBytes() / (double) f.fileBytes());
        } catch (java.io.IOException | RuntimeException e) {
            out.println("load_200mb_geojson_ms n/a ms");
            spec.commandLine().getErr().println("load_200mb_geojson_ms: " + e.getMessage());
        } finally {
            if (dir != null) {
                dir.toFile().delete();
            }
        }
        out.flush();
    }

    /** map_redraw_ms: one full overlay redraw at 1600×1000 px, 10,000 towns and 200,000 road segments, headless. */
    private void redrawFigure(PrintWriter out) {
        java.util.Optional<org.beltmap.core.bench.MapRedraw> redraw;
        try {
            redraw = java.util.ServiceLoader.load(org.beltmap.core.bench.MapRedraw.class).findFirst();
            if (redraw.isPresent()) {
                redraw.get().prepare(10_000, 200_000, 1600, 1000);
            }
        } catch (Exception | LinkageError | java.util.ServiceConfigurationError e) {
            spec.commandLine().getErr().println("map_redraw_ms: no headless toolkit (" + e.getMessage() + ")");
            redraw = java.util.Optional.empty();
        }
        if (redraw.isEmpty()) {
            out.println("map_redraw_ms n/a ms");
            return;
        }
        org.beltmap.core.bench.MapRedraw r = redraw.get();
        out.println("# " + r.describe());
        report(out, "map_redraw_ms", () -> {
            try {
                return r.redraw();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // The same frame with the road raster kept, as on a selection or colour change (towns and labels redrawn).
        report(out, "map_redraw_cached_ms", () -> {
            try {
                return r.redrawCached();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * map_pan_frame_ms: median frame of a 60-frame drag (24 px a frame at 60 Hz) over 1,500,000 road segments and
     * 10,000 towns at 1600×1000 px, with the road raster cached across frames as the app does.
     */
    private void panFigure(PrintWriter out) {
        try {
            var r = java.util.ServiceLoader.load(org.beltmap.core.bench.MapRedraw.class).findFirst().orElseThrow();
            r.prepare(10_000, 1_500_000, 1600, 1000);
            r.pan(20, -24, -8);
            long[] ns = r.pan(60, 24, 8);
            double[] ms = Arrays.stream(ns).mapToDouble(x -> x / 1e6).sorted().toArray();
            out.println("# pan " + r.describe() + String.format(Locale.ROOT, "; frames %.1f–%.1f ms",
                    ms[0], ms[ms.length - 1]));
            out.printf(Locale.ROOT, "map_pan_frame_ms %.2f ms%n", (ms[29] + ms[30]) / 2);
        } catch (Exception | LinkageError | java.util.ServiceConfigurationError e) {
            out.println("map_pan_frame_ms n/a ms");
            spec.commandLine().getErr().println("map_pan_frame_ms: " + e);
        }
        out.flush();
    }

    /** export_pdf_ms: rendering an A3 PDF of the sample region (analysis done once beforehand). */
    private void exportFigure(PrintWriter out) {
        java.nio.file.Path sample = java.nio.file.Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");
        if (!java.nio.file.Files.isRegularFile(sample)) {
            out.println("export_pdf_ms n/a ms");
            return;
        }
        var region = org.beltmap.core.io.RegionLoader.load(sample);
        var data = org.beltmap.core.export.DiagramData.of(org.beltmap.core.analysis.RegionAnalysis.once(region,
                org.beltmap.core.analysis.AnalysisRequest.all()));
        scoreFigure(out, region);
        var o = new org.beltmap.core.export.ExportOptions(org.beltmap.core.export.ExportOptions.Layout.MAP,
                org.beltmap.core.export.ExportOptions.Format.PDF, org.beltmap.core.export.ExportOptions.Paper.A3, true,
                300, true, null);
        report(out, "export_pdf_ms", () -> {
            long t = System.nanoTime();
            try {
                org.beltmap.core.export.Exporter.export(data, o);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return System.nanoTime() - t;
        });
    }

    /**
     * report_pdf_ms: the sample's whole report as PDF (content with belt statistics, sensitivity and the cards of
     * the small towns, then every page with the vector map and rings), from an analysis done once beforehand.
     */
    private void reportFigure(PrintWriter out) {
        java.nio.file.Path sample = java.nio.file.Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");
        if (!java.nio.file.Files.isRegularFile(sample)) {
            out.println("report_pdf_ms n/a ms");
            return;
        }
        var region = org.beltmap.core.io.RegionLoader.load(sample);
        var result = org.beltmap.core.analysis.RegionAnalysis.once(region, org.beltmap.core.report.Reports.request(
                region, org.beltmap.core.analysis.AnalysisRequest.all()));
        report(out, "report_pdf_ms", () -> {
            long t = System.nanoTime();
            try {
                org.beltmap.core.report.Reports.write(org.beltmap.core.report.Reports.content(result, Locale.ENGLISH,
                        org.beltmap.core.report.ReportBuilder.Cards.SMALL), org.beltmap.core.report.Reports.Format.PDF);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return System.nanoTime() - t;
        });
    }

    /**
     * score_sample_ms: the sample's scores from a loaded region, the whole pipeline (network, МТД, rays, bundles,
     * scores) in a fresh session each run, as the `score` command and the app's first run do.
     */
    private void scoreFigure(PrintWriter out, org.beltmap.core.model.Region region) {
        var request = org.beltmap.core.analysis.AnalysisRequest.of(org.beltmap.core.analysis.AnalysisRequest.Part.SCORES);
        report(out, "score_sample_ms", () -> {
            org.beltmap.core.analysis.RegionAnalysis.forgetSharedBundles();
            long t = System.nanoTime();
            org.beltmap.core.analysis.RegionAnalysis.once(region, request);
            return System.nanoTime() - t;
        });
    }

    /** GraphHopper's isochrone on the same graph, when the bench profile put it on the class path. */
    private void comparison(PrintWriter out, RoadGraph g, int centre, double oursMs) {
        java.util.Optional<IsochroneComparison> peer;
        try {
            peer = java.util.ServiceLoader.load(IsochroneComparison.class).findFirst();
        } catch (java.util.ServiceConfigurationError | LinkageError e) {
            peer = java.util.Optional.empty();
        }
        if (peer.isEmpty()) {
            out.println("graphhopper_isochrone_ms n/a ms");
            out.flush();
            spec.commandLine().getErr().println("graphhopper_isochrone_ms: build with `mvn -B -Pbench package "
                    + "-DskipTests` to add GraphHopper 11 for the comparison");
            return;
        }
        IsochroneComparison gh = peer.get();
        try {
            gh.prepare(g, centre, new double[] {30, 45, 90}, IsochroneBuilder.DEFAULT_CELL_M);
            int saved = runs;
            // GraphHopper takes seconds per run on large graphs: fewer runs, said on stderr.
            runs = g.nodeCount() > 200_000 ? Math.min(runs, 3) : runs;
            if (runs != saved) {
                spec.commandLine().getErr().printf(Locale.ROOT, "graphhopper_isochrone_ms: %d runs only%n", runs);
            }
            double ghMs = report(out, "graphhopper_isochrone_ms", () -> {
                long t = System.nanoTime();
                try {
                    gh.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return System.nanoTime() - t;
            });
            runs = saved;
            out.printf(Locale.ROOT, "isochrones_vs_graphhopper %.3f ratio%n", oursMs / ghMs);
        } catch (Exception e) {
            out.println("graphhopper_isochrone_ms n/a ms");
            spec.commandLine().getErr().println("graphhopper_isochrone_ms: comparison failed: " + e.getMessage());
        }
    }

    private double report(PrintWriter out, String name, LongSupplier nanos) {
        for (int w = 0; w < Math.max(2, runs / 3); w++) {
            nanos.getAsLong();
        }
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            ms[r] = nanos.getAsLong() / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        out.printf(Locale.ROOT, "%s %.2f ms%n", name, median);
        out.flush();
        return median;
    }

    private static List<Town> randomTowns(RoadGraph g, int n) {
        SplittableRandom rnd = new SplittableRandom(7);
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (int i = 0; i < g.nodeCount(); i++) {
            minLon = Math.min(minLon, g.lon(i));
            maxLon = Math.max(maxLon, g.lon(i));
            minLat = Math.min(minLat, g.lat(i));
            maxLat = Math.max(maxLat, g.lat(i));
        }
        List<Town> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Town("B" + i, "B" + i, "B" + i, minLon + rnd.nextDouble() * (maxLon - minLon),
                    minLat + rnd.nextDouble() * (maxLat - minLat), 10_000, null, Published.NONE, null));
        }
        return out;
    }
}
