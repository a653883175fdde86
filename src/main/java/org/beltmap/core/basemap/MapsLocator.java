package org.beltmap.core.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the offline basemap folder: {@code -Dbeltmap.maps}, ./maps, or maps/ beside or above the jar. */
public final class MapsLocator {

    public static final String MANIFEST = "basemap.json";

    private MapsLocator() {
    }

    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("beltmap.maps");
        if (prop != null) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of("maps"));
        try {
            Path jar = Path.of(MapsLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
            for (Path d = dir; d != null; d = d.getParent()) {
                candidates.add(d.resolve("maps"));
            }
        } catch (Exception | Error e) {
            // no code source (e.g. a custom class loader): rely on the other candidates
        }
        return candidates.stream().filter(p -> Files.isRegularFile(p.resolve(MANIFEST))).findFirst()
                .map(p -> p.toAbsolutePath().normalize());
    }
}
