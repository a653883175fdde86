package org.beltmap.app.settings;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the bundled sample project: beside the working directory, or beside the installed jar. */
public final class SampleLocator {

    static final String RELATIVE = "sample-data/krasnodar-krai/krasnodar-krai.beltmap";

    private SampleLocator() {
    }

    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String forced = System.getProperty("beltmap.sample");
        if (forced != null && !forced.isBlank()) {
            candidates.add(Path.of(forced));
        }
        candidates.add(Path.of(RELATIVE));
        jarDir().ifPresent(dir -> {
            candidates.add(dir.resolve(RELATIVE));
            if (dir.getParent() != null) {
                candidates.add(dir.getParent().resolve(RELATIVE));
            }
        });
        return candidates.stream().filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).findFirst();
    }

    private static Optional<Path> jarDir() {
        try {
            Path p = Path.of(SampleLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(p.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
