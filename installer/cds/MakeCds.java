import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Installer step (run by the installer profile as a single-file program, `java installer/cds/MakeCds.java IMAGE
 * PROJECT WORK`): starts the app image's launcher once with --startup-probe on the sample, on Monocle's headless
 * screen, with -XX:ArchiveClassesAtExit, so the classes of a start-up (JavaFX, the app, its libraries) land in
 * IMAGE's app folder as beltmap.jsa; then adds -XX:SharedArchiveFile=$APPDIR/beltmap.jsa to every launcher's .cfg.
 * The archive must come from the image's own runtime, hence the launcher, not this JVM. Without an archive (no CDS
 * in the runtime, a failed run) the image is left as it was and the build goes on: CDS only speeds start-up.
 */
public final class MakeCds {

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        Path project = Path.of(args[1]);
        Path work = Path.of(args[2]);
        List<Path> cfgs;
        try (Stream<Path> s = Files.walk(image)) {
            cfgs = s.filter(p -> p.getFileName().toString().endsWith(".cfg")).toList();
        }
        if (cfgs.isEmpty()) {
            System.out.println("MakeCds: no launcher .cfg under " + image + "; no CDS archive");
            return;
        }
        Path appDir = cfgs.get(0).getParent();
        Path launcher = launcher(image);
        Path jsa = appDir.resolve("beltmap.jsa");
        Files.deleteIfExists(jsa);
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--startup-probe", project.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("cds-run.log").toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", "-XX:ArchiveClassesAtExit=" + jsa,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dbeltmap.settingsDir=" + work.resolve("cds-settings"), "-Dbeltmap.cacheDir=" + work.resolve("cds-cache")));
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            System.out.println("MakeCds: the start-up run did not finish; no CDS archive");
            Files.deleteIfExists(jsa);
            return;
        }
        if (!Files.isRegularFile(jsa) || Files.size(jsa) == 0) {
            System.out.println("MakeCds: the runtime wrote no archive (see " + work.resolve("cds-run.log") + ")");
            return;
        }
        for (Path cfg : cfgs) {
            addOption(cfg, "-XX:SharedArchiveFile=$APPDIR/beltmap.jsa");
        }
        System.out.printf("MakeCds: %s, %d MB, used by %d launcher(s)%n", jsa, Files.size(jsa) >> 20, cfgs.size());
    }

    private static Path launcher(Path image) throws IOException {
        for (String rel : List.of("bin/BeltMap", "BeltMap.exe", "Contents/MacOS/BeltMap")) {
            Path p = image.resolve(rel);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IOException("no BeltMap launcher in " + image);
    }

    /** Adds a JVM option to the [JavaOptions] section (jpackage writes it last, one java-options= per option). */
    private static void addOption(Path cfg, String option) throws IOException {
        String text = Files.readString(cfg);
        String line = "java-options=" + option;
        if (text.contains(line)) {
            return;
        }
        if (!text.contains("[JavaOptions]")) {
            text = text + (text.endsWith("\n") ? "" : "\n") + "[JavaOptions]\n";
        }
        int at = text.indexOf("[JavaOptions]") + "[JavaOptions]".length();
        int next = text.indexOf("\n[", at);
        int end = next < 0 ? text.length() : next + 1;
        String before = text.substring(0, end);
        String sep = before.endsWith("\n") ? "" : "\n";
        Files.writeString(cfg, before + sep + line + "\n" + text.substring(end));
    }
}
