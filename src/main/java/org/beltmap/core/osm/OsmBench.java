package org.beltmap.core.osm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The import figures of {@code bench}: {@code osm_import_ms} on the Andorra fixture (when run from the source tree),
 * and {@code osm_import_2m_nodes_ms} with its peak heap on a synthetic extract of 2,000,000 road nodes written here.
 */
public final class OsmBench {

    static final Path ANDORRA = Path.of("src/test/resources/osm/andorra-2013.osm.pbf");

    private OsmBench() {
    }

    /**
     * @param full also the 2,000,000-node extract (a few seconds to write and ten to measure; left out of quick runs)
     */
    public static void run(Consumer<String> out, int runs, boolean full) {
        try {
            Path dir = Files.createTempDirectory("beltmap-osm-bench");
            try {
                if (Files.isRegularFile(ANDORRA)) {
                    double ms = median(runs, Math.max(2, runs / 3), () -> importMs(ANDORRA, "Andorra la Vella", dir));
                    out.accept(String.format(Locale.ROOT, "osm_import_ms %.2f ms", ms));
                } else {
                    out.accept("osm_import_ms n/a ms");
                }
                if (full) {
                    Path pbf = dir.resolve("synthetic.osm.pbf");
                    int side = writeGrid(pbf, 2_000_000);
                    out.accept(String.format(Locale.ROOT, "# synthetic extract: %d road nodes (%d × %d grid), %.1f MB",
                            (long) side * side, side, side, Files.size(pbf) / 1e6));
                    long cpu0 = processCpuNanos();
                    int n = Math.min(runs, 3);
                    double ms = median(n, 1, () -> importMs(pbf, "Town 0", dir));
                    long cpu = processCpuNanos() - cpu0;
                    out.accept(String.format(Locale.ROOT, "osm_import_2m_nodes_ms %.2f ms", ms));
                    // CPU time of the whole process per import (warm-up included in the runs): on a machine shared
                    // with other work the wall time above says more about the neighbours than about the import.
                    out.accept(String.format(Locale.ROOT, "osm_import_2m_nodes_cpu_ms %.2f ms",
                            cpu < 0 ? Double.NaN : cpu / 1e6 / (n + 1)));
                    out.accept(String.format(Locale.ROOT, "osm_import_2m_nodes_peak_heap_mb %.0f MB", peakHeapMb(pbf, dir)));
                }
            } finally {
                OsmImport.deleteTree(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private interface Run {
        double ms() throws IOException;
    }

    private static double median(int runs, int warm, Run r) throws IOException {
        for (int i = 0; i < warm; i++) {
            r.ms();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = r.ms();
        }
        Arrays.sort(ms);
        return runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    }

    private static int seq;

    private static double importMs(Path pbf, String centre, Path dir) throws IOException {
        Path out = dir.resolve("out" + seq++);
        long t = System.nanoTime();
        OsmImport.run(new OsmImport.Options(pbf, centre, out, null, null, null), (s, f) -> { }, () -> false);
        double ms = (System.nanoTime() - t) / 1e6;
        OsmImport.deleteTree(out);
        return ms;
    }

    /**
     * Heap used at the import's peak above what was live before it: the sum of the heap pools' peaks, an upper
     * bound (the pools peak at different moments, and garbage not yet collected counts).
     */
    private static double peakHeapMb(Path pbf, Path dir) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        importMs(pbf, "Town 0", dir);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return Math.max(0, peak - before) / 1048576.0;
    }

    /**
     * A square grid of about {@code nodes} road nodes ~70 × 100 m apart (a few metres of jitter), as ways of 100 nodes along rows and
     * columns (primary every 50th line, secondary every 10th, one-way residential streets between), 49 towns with
     * populations, and a district boundary around it all. Returns the grid's side.
     */
    public static int writeGrid(Path file, int nodes) throws IOException {
        int n = (int) Math.ceil(Math.sqrt(nodes));
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             PbfWriter w = new PbfWriter(os)) {
            // A few metres of jitter, as surveyed roads have: without it the deltas compress to nothing.
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    w.node((long) r * n + c + 1, 37.0 + c * 0.0011 + rnd.nextDouble(-4e-5, 4e-5),
                            55.0 + r * 0.0009 + rnd.nextDouble(-4e-5, 4e-5));
                }
            }
            long id = (long) n * n + 1;
            for (int i = 0; i < 7; i++) {
                for (int j = 0; j < 7; j++) {
                    int k = (i * 7 + j + 25) % 49; // Town 0, the centre, in the middle
                    int r = (i + 1) * n / 8;
                    int c = (j + 1) * n / 8;
                    w.node(id++, 37.0 + c * 0.0011 + 0.0003, 55.0 + r * 0.0009 + 0.0002, "place", k == 0 ? "city" : "town",
                            "name", "Town " + k, "population", Integer.toString(200_000 / (k + 1)));
                }
            }
            double[][] corners = {{-0.01, -0.01}, {n * 0.0011 + 0.01, -0.01}, {n * 0.0011 + 0.01, n * 0.0009 + 0.01},
                {-0.01, n * 0.0009 + 0.01}};
            long corner = id;
            for (double[] co : corners) {
                w.node(id++, 37.0 + co[0], 55.0 + co[1]);
            }
            long way = 1;
            for (int line = 0; line < n; line++) {
                String cls = line % 50 == 0 ? "primary" : line % 10 == 0 ? "secondary" : "residential";
                String[] tags = cls.equals("residential") ? new String[] {"highway", cls, "name", "Street " + line,
                    "oneway", line % 2 == 0 ? "yes" : "-1"} : new String[] {"highway", cls, "ref", "R-" + line, "maxspeed", "90"};
                for (int from = 0; from < n - 1; from += 99) {
                    int to = Math.min(n - 1, from + 99);
                    long[] row = new long[to - from + 1];
                    long[] col = new long[to - from + 1];
                    for (int i = from; i <= to; i++) {
                        row[i - from] = (long) line * n + i + 1;
                        col[i - from] = (long) i * n + line + 1;
                    }
                    w.way(way++, row, tags);
                    w.way(way++, col, tags);
                }
            }
            long[] sides = new long[4];
            for (int i = 0; i < 4; i++) {
                sides[i] = way;
                w.way(way++, new long[] {corner + i, corner + (i + 1) % 4}, "boundary", "administrative");
            }
            w.relation(1, sides, new String[] {"outer", "outer", "outer", "outer"}, "type", "boundary", "boundary",
                    "administrative", "admin_level", "4", "name", "Synthetic Oblast");
        }
        return n;
    }
}
