package org.beltmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cold_start_ms} for the bench: the GUI launched in fresh JVMs on a copy of the sample with
 * {@code --startup-probe}, which prints the time from JVM start to the first frame with the map and towns drawn.
 * On the display when there is one, else on Monocle's headless screen. Also with the installed launcher's JVM
 * options, one at a time and together: C1 only, and an AppCDS archive made by a first launch.
 */
final class ColdStart {

    private static final Pattern FIGURE = Pattern.compile("^cold_start_ms (\\d+) ms", Pattern.MULTILINE);
    private static final Pattern PHASES = Pattern.compile("^# startup phases.*$", Pattern.MULTILINE);
    private static final long TIMEOUT_S = 90;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int launches;
    private final boolean variants;
    private Path dir;
    private List<String> base;

    /** @param variants also the launcher's JVM options, alone and together (four more figures) */
    ColdStart(PrintWriter out, PrintWriter err, int launches, boolean variants) {
        this.out = out;
        this.err = err;
        this.launches = launches;
        this.variants = variants;
    }

    void run(Path sampleFolder) {
        String why = unavailable(sampleFolder);
        if (why != null) {
            out.println("cold_start_ms n/a ms");
            err.println("cold_start_ms: " + why);
            out.flush();
            return;
        }
        try {
            dir = Files.createTempDirectory("beltmap-coldstart");
            Path project = copy(sampleFolder, dir.resolve("sample"));
            base = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dbeltmap.settingsDir=" + dir.resolve("settings"), "-Dbeltmap.cacheDir=" + dir.resolve("cache")));
            if (!hasDisplay()) {
                base.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dheadless.geometry=1600x1000-32"));
            }
            List<String> app = List.of("org.beltmap.Main", "--startup-probe", project.toString());
            out.printf(Locale.ROOT, "# cold_start: %s, median of %d launches after one that warms the tile cache%n",
                    hasDisplay() ? "display " + System.getenv("DISPLAY") : "Monocle headless, software pipeline",
                    launches);
            launch(List.of(), app);
            figure("cold_start_ms", List.of(), app);
            if (!variants) {
                return;
            }
            figure("cold_start_c1_ms", List.of("-XX:TieredStopAtLevel=1"), app);
            String jsa = dir.resolve("app.jsa").toString();
            launch(List.of("-XX:ArchiveClassesAtExit=" + jsa), app);
            figure("cold_start_cds_ms", List.of("-XX:SharedArchiveFile=" + jsa), app);
            figure("cold_start_launcher_ms", List.of("-XX:SharedArchiveFile=" + jsa, "-XX:TieredStopAtLevel=1"), app);
        } catch (IOException | RuntimeException e) {
            out.println("cold_start_ms n/a ms");
            err.println("cold_start_ms: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delete(dir);
        }
        out.flush();
    }

    private void figure(String name, List<String> flags, List<String> app) throws IOException, InterruptedException {
        double[] ms = new double[launches];
        String phases = "";
        for (int i = 0; i < launches; i++) {
            String text = launch(flags, app);
            Matcher m = FIGURE.matcher(text);
            if (!m.find()) {
                out.println(name + " n/a ms");
                err.println(name + ": the app printed no figure: " + text.lines().reduce((a, b) -> b).orElse(""));
                return;
            }
            ms[i] = Double.parseDouble(m.group(1));
            Matcher p = PHASES.matcher(text);
            phases = p.find() ? p.group() : phases;
        }
        Arrays.sort(ms);
        double median = launches % 2 == 1 ? ms[launches / 2] : (ms[launches / 2 - 1] + ms[launches / 2]) / 2;
        if (!phases.isEmpty()) {
            out.println(phases.replace("# startup phases", "# " + name + " phases, last launch"));
        }
        out.printf(Locale.ROOT, "%s %.0f ms%n", name, median);
        out.flush();
    }

    /** One launch; its standard output (stderr goes to a file, for warnings only). */
    private String launch(List<String> flags, List<String> app) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(base);
        cmd.addAll(flags);
        cmd.addAll(app);
        Path log = dir.resolve("stdout.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(log.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the app did not draw its map within " + TIMEOUT_S + " s");
        }
        return Files.readString(log);
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean x11 = !os.contains("win") && !os.contains("mac");
        return !x11 || System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
    }

    /** Why the figure cannot be had here, or null. */
    private static String unavailable(Path sample) {
        if (!Files.isDirectory(sample)) {
            return "no sample at " + sample + " (run from the project folder)";
        }
        if (!hasDisplay()) {
            try {
                Class.forName("com.sun.glass.ui.monocle.HeadlessPlatformFactory", false, ColdStart.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return "no display (DISPLAY unset) and no Monocle on the class path";
            }
        }
        return null;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        try (var list = Files.list(to)) {
            return list.filter(f -> f.toString().endsWith(".beltmap")).findFirst()
                    .orElseThrow(() -> new IOException("no .beltmap project in " + from));
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
