package org.beltmap.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;

/**
 * The bundled Krasnodar Krai sample, loaded once per test JVM and shared by read-only tests (surefire runs every
 * test class in one reused fork, so this saves a load and a belts run per class). Never change what it returns:
 * a test that edits the region or calls {@code run} on the shared {@code AccessAnalysis} loads its own
 * ({@link #loadFresh()}); a test that saves works on a copy ({@link #copyTo(Path)}), never in sample-data/. The CLI tests load the sample fresh
 * through the commands, which keeps the whole path from file to figures covered.
 */
public final class Sample {

    /** The sample project file, relative to the project directory surefire runs in. */
    public static final Path PROJECT = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");

    private static Region region;
    private static BeltAnalysis.Result belts;

    private Sample() {
    }

    /** The sample region, loaded on first use. */
    public static synchronized Region region() {
        if (region == null) {
            region = loadFresh();
        }
        return region;
    }

    /** The default belts run of {@link #region()}: roads only, the project's thresholds and centre. */
    public static synchronized BeltAnalysis.Result belts() {
        if (belts == null) {
            belts = BeltAnalysis.run(region());
        }
        return belts;
    }

    /** A region of its own, for a test that must not share (or that measures loading). */
    public static Region loadFresh() {
        return RegionLoader.load(PROJECT);
    }

    /**
     * Copies the sample project and its data files into {@code dir} (a {@code @TempDir}) and returns the project
     * file there, for tests that save, autosave or edit files.
     */
    public static Path copyTo(Path dir) throws IOException {
        Path from = PROJECT.getParent();
        Files.createDirectories(dir);
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        return dir.resolve(PROJECT.getFileName());
    }
}
