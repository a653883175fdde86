package org.beltmap.core.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.beltmap.core.io.LayerReader;

/**
 * The figure behind {@code load_200mb_geojson_ms}: a GeoJSON of road-like lines of about the given size, read
 * with the layer reader, and the peak live heap while it is read (the largest heap left after any collection
 * during the loads, and after a collection with the result still held), above the heap before the first load.
 */
public final class LargeLayerLoad {

    /** What was measured: file size, features read, median load time and peak live heap above the baseline. */
    public record Figure(long fileBytes, int features, double medianMs, long heapBytes) {
    }

    private LargeLayerLoad() {
    }

    /** Writes {@code target} bytes of lines of 100 positions into {@code dir}, reads them {@code runs} + 1 times. */
    public static Figure measure(Path dir, long target, int runs) throws IOException {
        Path file = dir.resolve("lines.geojson");
        try {
            write(file, target);
            return load(file, runs);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void write(Path file, long target) throws IOException {
        SplittableRandom rnd = new SplittableRandom(11);
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            long written = 0;
            StringBuilder b = new StringBuilder(4096);
            for (int n = 0; written < target; n++) {
                b.setLength(0);
                b.append(n == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"road ").append(n)
                        .append("\",\"class\":\"regional\",\"speed_kmh\":60},\"geometry\":{\"type\":\"LineString\",")
                        .append("\"coordinates\":[");
                double lon = 36.5 + rnd.nextDouble() * 5;
                double lat = 43.5 + rnd.nextDouble() * 3;
                for (int i = 0; i < 100; i++) {
                    lon += rnd.nextDouble(-0.001, 0.001);
                    lat += rnd.nextDouble(-0.001, 0.001);
                    b.append(i == 0 ? "[" : ",[").append(String.format(Locale.ROOT, "%.6f,%.6f", lon, lat)).append(']');
                }
                b.append("]}}");
                w.append(b);
                written += b.length();
            }
            w.write("\n]}\n");
        }
    }

    private static Figure load(Path file, int runs) throws IOException {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        long[] peakLive = {0};
        NotificationListener listener = (n, handback) -> {
            if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    used += heapPools.contains(e.getKey()) ? e.getValue().getUsed() : 0;
                }
                synchronized (peakLive) {
                    peakLive[0] = Math.max(peakLive[0], used);
                }
            }
        };
        MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        gcs.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(listener, null, null));
        double[] ms = new double[runs];
        long peak = 0;
        int features = 0;
        try {
            for (int r = -1; r < runs; r++) { // one warm-up
                System.gc(); // the previous run's layer, promoted and dead, must not count in this run's figures
                Thread.sleep(50); // that collection's notification must not count as this run's peak
                // Each run against its own baseline: whatever else the JVM holds (a test runner's other work) is
                // not the layer's, and can shrink between runs.
                long baseline = heap.getHeapMemoryUsage().getUsed();
                synchronized (peakLive) {
                    peakLive[0] = 0;
                }
                long t = System.nanoTime();
                LayerReader.Data data = LayerReader.read(file);
                long d = System.nanoTime() - t;
                System.gc();
                long retained = heap.getHeapMemoryUsage().getUsed();
                features = data.features().size();
                java.lang.ref.Reference.reachabilityFence(data);
                Thread.sleep(50); // notifications arrive on their own thread
                synchronized (peakLive) {
                    peak = Math.max(peak, Math.max(peakLive[0], retained) - baseline);
                }
                if (r >= 0) {
                    ms[r] = d / 1e6;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (GarbageCollectorMXBean gc : gcs) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // not added
                }
            }
        }
        Arrays.sort(ms);
        peak = Math.max(0, peak);
        return new Figure(Files.size(file), features, ms[runs / 2], peak);
    }
}
