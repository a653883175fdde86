package org.beltmap.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Project;

/**
 * Outputs never clobber inputs: before a command or the app writes, the target is checked against every file the
 * project reads (the project file, each layer's file and join table, a scenario or weights file given) and must be
 * a regular file or not exist yet. An existing output is replaced only when the caller says so ({@code --force} in
 * the CLI, the file chooser's "replace?" in the app); an input is never replaced.
 */
public final class OutputGuard {

    /** What an input is to the user; PROJECT marks the project file, whose folder a data export must not be. */
    public enum Kind { PROJECT, LAYER, JOIN, OTHER }

    /** A file the command reads, described as the message will name it. */
    public record Input(Path file, Kind kind, String role) {
    }

    private OutputGuard() {
    }

    /** The files a project reads: itself, then each layer's file and join table (as they are opened). */
    public static List<Input> inputs(Project p) {
        List<Input> out = new ArrayList<>();
        if (p.file() != null) {
            out.add(new Input(p.file(), Kind.PROJECT, "the project file"));
        }
        String of = p.file() == null ? "" : " of " + p.file().getFileName();
        for (LayerSpec l : p.layers()) {
            addOpened(out, p, l, l.path(), Kind.LAYER, "the file of layer '" + l.id() + "'" + of);
            addOpened(out, p, l, l.joinPath(), Kind.JOIN, "the join table of layer '" + l.id() + "'" + of);
        }
        return out;
    }

    private static void addOpened(List<Input> out, Project p, LayerSpec l, String path, Kind kind, String role) {
        if (path != null) {
            try {
                out.add(new Input(PathGuard.opened(p, l.id(), path), kind, role));
            } catch (DataException e) {
                // no valid path: nothing can be written over it (the loader reports it)
            }
        }
    }

    /**
     * Checks one output file before anything is written.
     *
     * @param option how the user named the target ("--out"), for the fix; null in the app
     * @param force an existing regular file that is no input may be replaced
     */
    public static void checkFile(Path target, String option, List<Input> inputs, boolean force) {
        String another = option == null ? "choose another file" : "choose another file for " + option;
        for (Input in : inputs) {
            if (same(target, in.file())) {
                throw new DataException(target, null, "is " + in.role() + ", which this command reads; writing the "
                        + "output there would destroy it", another + (option == null ? "" : "; --force never overwrites an input"));
            }
        }
        requireRegularOrAbsent(target, another);
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new DataException(target, null, "already exists", option == null ? another
                    : "add --force to replace it, or " + another);
        }
    }

    /**
     * Checks an output folder (one file per name written into it): never the project's own folder, never a
     * file, and each file as {@link #checkFile}.
     */
    public static void checkFolder(Path folder, List<String> names, String option, List<Input> inputs, boolean force) {
        checkFolder(folder, option, inputs);
        for (String name : names) {
            checkFile(folder.resolve(name), option, inputs, force);
        }
    }

    /** The folder alone (before the file names are known): not the project folder, not a file. */
    public static void checkFolder(Path folder, String option, List<Input> inputs) {
        String another = option == null ? "choose another folder" : "give " + option + " a new or empty folder";
        for (Input in : inputs) {
            if (in.kind() == Kind.PROJECT && PathGuard.real(folder).equals(PathGuard.real(in.file().toAbsolutePath()
                    .getParent()))) {
                throw new DataException(folder, null, "is the folder of the project " + in.file().getFileName()
                        + "; exported layers there would mix with (and may overwrite) its input files", another);
            }
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new DataException(folder, null, "is a file, but this export writes one file per layer into a folder",
                    another);
        }
    }

    /**
     * The writer's own last check, whatever the caller checked: a symbolic link, a folder, a device or a pipe is
     * never replaced by a regular file (atomic writes rename over the target, which would do exactly that).
     */
    public static void requireRegularOrAbsent(Path target, String fix) {
        if (Files.isSymbolicLink(target)) {
            String to;
            try {
                to = " to " + Files.readSymbolicLink(target);
            } catch (IOException | UnsupportedOperationException e) {
                to = "";
            }
            throw new DataException(target, null, "is a symbolic link" + to + "; BeltMap writes regular files only "
                    + "and would replace the link", fix + ", or remove the link");
        }
        if (Files.isDirectory(target)) {
            throw new DataException(target, null, "is a folder, not a file", fix + " (a file name, not a folder)");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new DataException(target, null, "is not a regular file (a device, pipe or socket)", fix);
        }
    }

    /** Whether two paths name one file: the same real path, or (both existing) the same file by the system. */
    static boolean same(Path a, Path b) {
        if (PathGuard.real(a).equals(PathGuard.real(b))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b); // hard links, case-insensitive names
        } catch (IOException e) {
            return false;
        }
    }
}
