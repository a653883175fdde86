package org.beltmap.core.basemap;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code maps/} folder holding {@code basemap.json}: the {@code beltmap.maps} system property, the working
 * directory, then beside the installed jar (jar in {@code lib/} or {@code target/}, maps one level up), so
 * the app finds its basemap whether run from Maven, an IDE or an unpacked distribution.
 */
public final class MapsLocator {

    public static final String MANIFEST = "basemap.json";

    private MapsLocator() {
    }

    public static Optional<Path> find() {
        return candidates().stream()
                .filter(d -> Files.isRegularFile(d.resolve(MANIFEST)))
                .map(d -> d.toAbsolutePath().normalize())
                .findFirst();
    }

    static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String forced = System.getProperty("beltmap.maps");
        if (forced != null && !forced.isBlank()) {
            out.add(Path.of(forced));
        }
        out.add(Path.of("maps"));
        codeDir().ifPresent(dir -> {
            for (Path d = dir; d != null && out.size() < 8; d = d.getParent()) {
                out.add(d.resolve("maps"));
            }
        });
        return out;
    }

    /** Folder holding the jar (or the classes folder when run from a build tree). */
    private static Optional<Path> codeDir() {
        try {
            Path p = Path.of(MapsLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(p) ? p : p.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
