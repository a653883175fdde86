package org.beltmap.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Project;

/** Reads and writes {@code .beltmap} project files (JSON). Writes are atomic: temp file, then rename. */
public final class ProjectFile {

    /** The schema version this build writes; older files are read, newer ones refused. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectFile() {
    }

    /**
     * A project read leniently: layers whose description is wrong are left out and listed in {@code problems},
     * so one bad entry never costs the user the rest of the project; {@code notes} report schema migrations.
     */
    public record Read(Project project, List<DataException> problems, List<String> notes) {
    }

    /** Strict read: the first problem with any layer entry is thrown (use {@link #readChecked} to keep going). */
    public static Project read(Path file) {
        Read r = readChecked(file);
        if (!r.problems().isEmpty()) {
            throw r.problems().get(0);
        }
        return r.project();
    }

    /** Reads a project; throws a DataException only when the file as a whole is unusable. */
    public static Read readChecked(Path file) {
        ObjectNode root = (ObjectNode) parse(file);
        AtomicFiles.cleanStale(file); // temp files of a save that was killed; the .bak is kept
        List<String> notes = ProjectMigrations.migrate(file, root);
        List<DataException> problems = new ArrayList<>();
        return new Read(ProjectJson.read(file, root, problems), problems, notes);
    }

    private static JsonNode parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file, null, "project file not found", "check the path");
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + e.getMessage() + ")", "check permissions", e);
        }
        FileSniffer.Kind kind = FileSniffer.sniff(bytes);
        if (kind == FileSniffer.Kind.EMPTY || kind == FileSniffer.Kind.BLANK) {
            throw new DataException(file, null, "is empty (" + kind.description() + ")",
                    "restore the previous save from " + file.getFileName() + ".bak");
        }
        if (kind != FileSniffer.Kind.JSON) {
            throw new DataException(file, null, "is not a BeltMap project: its content looks like " + kind.description(),
                    "open a .beltmap project file (JSON)");
        }
        JsonNode root = StrictJson.read(file, bytes,
                "repair the JSON or restore the previous save from " + file.getFileName() + ".bak");
        if (root == null || !root.isObject()) {
            throw new DataException(file, null, "is not a JSON object (found " + (root == null ? "nothing" : root.getNodeType())
                    + ")", "open a .beltmap project file");
        }
        return root;
    }

    /** A layer whose file (or join table) resolves outside the project folder. */
    public record Escape(String layerId, String path, Path resolved) {
    }

    /**
     * Layers naming files outside the project's folder ({@code ../../etc/passwd}, absolute paths, symlinks out,
     * {@code x#/../../secret.csv}): a project file from someone else must not make BeltMap read arbitrary files
     * without the user agreeing. The check is {@link PathGuard}'s, on the real file that would be opened.
     */
    public static List<Escape> escapingPaths(Project p) {
        List<Escape> out = new ArrayList<>();
        for (PathGuard.Finding f : PathGuard.check(p)) {
            if (!f.invalid()) {
                out.add(new Escape(f.layerId(), f.path(), f.resolved()));
            }
        }
        return out;
    }

    /** True when {@code path} (relative to the project file) opens a file outside the project's folder. */
    public static boolean isOutside(Project p, String path) {
        try {
            return !PathGuard.real(PathGuard.opened(p, "?", path)).startsWith(PathGuard.folder(p));
        } catch (DataException e) {
            return true;
        }
    }

    /** The project's data attribution text ("attribution" member), shown in Help → About and on exports. */
    public static String readAttribution(Path file) {
        try {
            return readChecked(file).project().attribution();
        } catch (DataException e) {
            return "";
        }
    }

    /**
     * Serialises a project; the inverse of {@link #read}. A project read from a file is written over that file's
     * tree (see {@link JsonMerge}): what the model did not change keeps its form, members unknown to this build
     * stay in their place, and a read, unchanged project writes back the same JSON (schema version aside).
     */
    public static String toJson(Project p) {
        JsonNode out = ProjectJson.canonical(p, VERSION);
        if (p.source() instanceof ObjectNode source) {
            try {
                Project asRead = ProjectJson.read(p.file(), source, new ArrayList<>());
                out = JsonMerge.merge(source, ProjectJson.canonical(asRead, VERSION), out);
            } catch (DataException e) {
                // A source the reader refuses as a whole (never one read from a file): write the model alone.
            }
            if (out.path("version").asInt(-1) != VERSION) {
                out = ((ObjectNode) out.deepCopy()).put("version", VERSION);
            }
        }
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Atomic save: write beside the target, flush to disk, keep the previous file as .bak, then rename. A project
     * file that is a symbolic link is saved through it (the link stays); a target that is one of the project's own
     * layer files or join tables is refused. The recovery file of autosave gets no .bak.
     */
    public static void write(Project p, Path file) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
        List<OutputGuard.Input> layers = OutputGuard.inputs(p).stream()
                .filter(in -> in.kind() != OutputGuard.Kind.PROJECT).toList();
        OutputGuard.checkFile(target, null, layers, true);
        byte[] json = toJson(p).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (target.getFileName().toString().endsWith(".recovery")) {
            AtomicFiles.write(target, json);
        } else {
            AtomicFiles.writeKeepingBackup(target, json);
        }
    }
}
