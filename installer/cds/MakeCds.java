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
            // Launchers' .cfg files only (the runtime has a jvm.cfg of its own).
            cfgs = s.filter(p -> p.getFileName().toString().endsWith(".cfg") && isLauncherCfg(p)).toList();
        }
        if (cfgs.isEmpty()) {
            System.out.println("MakeCds: no launcher .cfg under " + image + "; no CDS archive");
            return;
        }
        Path appDir = cfgs.get(0).getParent();
        for (Path cfg : cfgs) {
            dropManifestClassPath(cfg, appDir.resolve("beltmap.jar"));
        }
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
            // JDK 17 takes the archive only from the folder it was made in (its class path check does not follow
            // a moved jar's manifest Class-Path); elsewhere, as in an installed .deb, the JVM falls back to the
            // runtime's own archive and must not print that on the command line's output.
            addOption(cfg, "-Xlog:cds*=off");
        }
        System.out.printf("MakeCds: %s, %d MB, used by %d launcher(s)%n", jsa, Files.size(jsa) >> 20, cfgs.size());
    }

    private static boolean isLauncherCfg(Path cfg) {
        try {
            return Files.readString(cfg).contains("[Application]");
        } catch (IOException e) {
            return false;
        }
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

    /**
     * Leaves the main jar alone on the launcher's class path where its manifest names the rest (as `java -jar`
     * runs it). CDS records a jar's manifest Class-Path beside the class path it is given, and with jpackage's
     * list of every jar on top the archive only loads from the folder it was made in: the installed copy in
     * /opt would fall back to no archive at all.
     */
    private static void dropManifestClassPath(Path cfg, Path mainJar) throws IOException {
        java.util.Set<String> named = new java.util.HashSet<>();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(mainJar.toFile())) {
            String cp = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (cp != null) {
                named.addAll(List.of(cp.trim().split("\\s+")));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(cfg)) {
            String prefix = "app.classpath=$APPDIR/";
            if (line.startsWith(prefix) && named.contains(line.substring(prefix.length()).replace('\\', '/'))
                    || line.startsWith("java-options=-XX:SharedArchiveFile=") || line.equals("java-options=-Xlog:cds*=off")) {
                continue; // the archive option of an earlier run would stop this one from dumping
            }
            out.append(line).append('\n');
        }
        Files.writeString(cfg, out);
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
