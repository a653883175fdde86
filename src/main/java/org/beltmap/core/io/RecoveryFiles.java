package org.beltmap.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The recovery file beside a project ({@code name.beltmap.recovery}): unsaved edits written by autosave, offered
 * back after a crash, removed by a save or when the user discards them.
 */
public final class RecoveryFiles {

    private RecoveryFiles() {
    }

    public static Path of(Path project) {
        return project.resolveSibling(project.getFileName() + ".recovery");
    }

    /** A recovery file at least as new as the project: a session ended without saving. */
    public static Optional<Path> pending(Path project) {
        Path rec = of(project);
        try {
            return Files.isRegularFile(rec) && Files.getLastModifiedTime(rec)
                    .compareTo(Files.getLastModifiedTime(project)) >= 0 ? Optional.of(rec) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void delete(Path project) {
        if (project == null) {
            return;
        }
        try {
            Files.deleteIfExists(of(project));
        } catch (IOException e) {
            // a stale recovery file is harmless: it is older than the next save
        }
    }
}
