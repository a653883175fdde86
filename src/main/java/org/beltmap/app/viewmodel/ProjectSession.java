package org.beltmap.app.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Region;

/**
 * One opened project file and the user's answer about layer files outside its folder. Every load of the project
 * (open, reload after an edit, restore) goes through {@link #load}, so a declined file stays unread until the
 * project is opened again. No JavaFX here: the view model does the threading.
 */
final class ProjectSession {

    private final Path file;
    /** Outside files the user agreed to read (answered yes, or added the layer from that file). */
    private final Set<Path> allowed = new HashSet<>();
    private boolean asked;

    ProjectSession(Path file) {
        this.file = file;
    }

    /** A project file as the lenient CLI reads it: bad entries become problems, the rest opens. */
    static Project read(Path file, List<String> problems) {
        ProjectFile.Read read = ProjectFile.readChecked(file);
        read.problems().forEach(e -> problems.add(e.getMessage()));
        return read.project();
    }

    Path file() {
        return file;
    }

    boolean isFor(Path project) {
        return project != null && key(file).equals(key(project));
    }

    /** The outside files of {@code p} to ask about: only before the first answer of this session. */
    List<ProjectFile.Escape> toAsk(Project p) {
        return asked ? List.of() : unread(p);
    }

    /** Records the one answer of this session for the files it was asked about. */
    void answer(List<ProjectFile.Escape> shown, boolean read) {
        asked = true;
        if (read) {
            shown.forEach(e -> allowed.add(key(e.resolved())));
        }
    }

    /** The user chose the file of this new layer: it is read, the other declined files stay unread. */
    void allowLayer(Project p, String layerId) {
        ProjectFile.escapingPaths(p).stream().filter(e -> e.layerId().equals(layerId))
                .forEach(e -> allowed.add(key(e.resolved())));
    }

    /**
     * Loads every layer but those naming an outside file the user has not agreed to; these are reported after
     * {@code problems} (the reading problems) in the language of {@code m}, and stay in the project so saving
     * keeps them.
     */
    Region load(Project p, List<String> problems, Messages m, BiConsumer<String, Double> progress) {
        Set<String> skipped = new HashSet<>();
        List<String> all = new ArrayList<>(problems);
        for (ProjectFile.Escape e : unread(p)) {
            skipped.add(e.layerId());
            all.add(m.get("outside.skipped", e.layerId(), e.path(), e.resolved(), p.file()));
        }
        List<LayerSpec> kept = p.layers().stream().filter(l -> !skipped.contains(l.id())).toList();
        // Every escape left in 'kept' is allowed, so the loader may read outside files here.
        Region r = RegionLoader.load(p.withLayers(kept), progress, true);
        all.addAll(r.problems());
        return new Region(p, List.copyOf(r.layers().values()), r.towns(), r.settlements(), r.centres(), all);
    }

    private List<ProjectFile.Escape> unread(Project p) {
        return ProjectFile.escapingPaths(p).stream().filter(e -> !allowed.contains(key(e.resolved()))).toList();
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
