package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.beltmap.core.bench.MapRedraw;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.SizeClassScheme;
import org.beltmap.core.model.Style;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * {@code map_redraw_ms} for the bench: the app's own painters (roads, towns with labels) on a canvas the size of
 * the map view, rasterised by a snapshot. Runs on Monocle's headless platform with the software pipeline, so the
 * figure is the worst case (a workstation renders the same commands on the GPU).
 */
public final class HeadlessMapRedraw implements MapRedraw {

    private static final double WEST = 36.5;
    private static final double EAST = 42.0;
    private static final double SOUTH = 43.2;
    private static final double NORTH = 47.0;
    private Canvas canvas;
    private List<Painter> painters;
    private OverlayFrame frame;
    private final java.util.concurrent.ExecutorService background =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "bench-map-raster");
                t.setDaemon(true);
                return t;
            });
    private ScreenTransform transform;
    private WritableImage image;

    @Override
    public void prepare(int towns, int roadSegments, int width, int height) throws Exception {
        startToolkit();
        List<Town> townList = towns(towns);
        Layer roads = roads(roadSegments);
        double scale = Math.min(width / (WebMercator.x(EAST) - WebMercator.x(WEST)),
                height / (WebMercator.y(SOUTH) - WebMercator.y(NORTH)));
        transform = new ScreenTransform(scale, -scale * WebMercator.x(WEST), -scale * WebMercator.y(NORTH), width, height);
        SizeClassPalette palette = new SizeClassPalette(SizeClassScheme.SP_42_13330);
        painters = List.of(new LineLayerPainter(roads, () -> true),
                new TownPainter(townList, palette::colour, palette::radius, () -> null, Set.of(townList.get(0).id()),
                        () -> Locale.ENGLISH, () -> true, 0));
        frame = new OverlayFrame(background, () -> { });
        onFx(() -> {
            canvas = new Canvas(width, height);
            image = new WritableImage(width, height);
            return null;
        });
    }

    /** A full redraw from nothing: the layer raster drawn afresh (as after a zoom or a style change), then towns. */
    @Override
    public long redraw() throws Exception {
        return onFx(() -> {
            frame.clear();
            return paint(transform);
        });
    }

    @Override
    public long redrawCached() throws Exception {
        return onFx(() -> paint(transform));
    }

    @Override
    public long[] pan(int frames, double dx, double dy) throws Exception {
        long[] out = new long[frames];
        long tick = 1_000_000_000L / 60;
        long next = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            ScreenTransform t = new ScreenTransform(transform.scale(), transform.offsetX() + i * dx,
                    transform.offsetY() + i * dy, transform.width(), transform.height());
            out[i] = onFx(() -> paint(t));
            next += tick;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        return out;
    }

    /** The app's own frame (OverlayLayer paints through the same OverlayFrame), rasterised by a snapshot. */
    private long paint(ScreenTransform t) {
        long t0 = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        frame.paint(g, t, painters);
        canvas.snapshot(new SnapshotParameters(), image);
        return System.nanoTime() - t0;
    }

    @Override
    public String describe() {
        LayerRasterCache c = frame.cache(0);
        String renders = c == null ? "" : String.format(Locale.ROOT, "; road raster drawn %d times on the FX thread, "
                + "%d in the background", c.syncRenders(), c.backgroundRenders());
        return String.format(Locale.ROOT, "map: zoom %.1f, %s pipeline, paint + rasterise (snapshot), road raster "
                + "cached across frames%s", transform.zoom(), System.getProperty("prism.order", "default"), renders);
    }

    private static void startToolkit() throws InterruptedException {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.join();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    /** Towns with a realistic size mix: a few cities, many villages (population log-uniform 100…1,000,000). */
    private static List<Town> towns(int n) {
        SplittableRandom rnd = new SplittableRandom(11);
        List<Town> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long pop = Math.round(Math.pow(10, 2 + 4 * rnd.nextDouble() * rnd.nextDouble()));
            double lon = WEST + rnd.nextDouble() * (EAST - WEST);
            double lat = SOUTH + rnd.nextDouble() * (NORTH - SOUTH);
            out.add(new Town("t" + i, "Посёлок " + i, "Settlement " + i, lon, lat, pop,
                    SizeClassScheme.SP_42_13330.classify(pop), Published.NONE, Map.of()));
        }
        return out;
    }

    /**
     * Roads as OSM ways: polylines of ten segments wandering 0.5–3 km per step, with a regional network's class
     * mix (federal 10 %, secondary 20 %, tertiary 30 %, residential and tracks 40 %).
     */
    private static Layer roads(int segments) {
        SplittableRandom rnd = new SplittableRandom(12);
        GeometryFactory gf = new GeometryFactory();
        String[] classes = {"federal_M", "federal_A", "secondary", "secondary", "tertiary", "tertiary", "tertiary",
            "residential", "residential", "track"};
        List<Feature> features = new ArrayList<>();
        int perWay = 10;
        for (int i = 0; i * perWay < segments; i++) {
            Coordinate[] cs = new Coordinate[perWay + 1];
            double lon = WEST + rnd.nextDouble() * (EAST - WEST);
            double lat = SOUTH + rnd.nextDouble() * (NORTH - SOUTH);
            double heading = rnd.nextDouble() * 2 * Math.PI;
            for (int k = 0; k <= perWay; k++) {
                cs[k] = new Coordinate(lon, lat);
                heading += (rnd.nextDouble() - 0.5) * 0.8;
                double stepDeg = (0.5 + 2.5 * rnd.nextDouble()) / 111.0;
                lon += stepDeg * Math.cos(heading) / Math.cos(Math.toRadians(lat));
                lat += stepDeg * Math.sin(heading);
            }
            features.add(new Feature(i, gf.createLineString(cs), Map.of("class", classes[i % classes.length])));
        }
        LayerSpec spec = new LayerSpec("roads", LayerKind.ROADS, "synthetic", null, true, Map.of(), null, null,
                new Style("#7a7a7a", 1.2, null, null));
        return new Layer(spec, features, List.of("class"), "EPSG:4326");
    }
}
