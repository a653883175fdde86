package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings an older project file's JSON up to {@link ProjectFile#VERSION}, one step per schema version, and
 * refuses newer ones (a newer BeltMap may have added meaning an older build would silently drop on save).
 *
 * <p>Schema history:
 * <ul>
 *   <li>0 — legacy, before versioning: no {@code version} member; a layer's file could be named {@code file}
 *       instead of {@code path} and its kind {@code type} instead of {@code kind}.</li>
 *   <li>1 — current: {@code version: 1}, layers use {@code path} and {@code kind}.</li>
 * </ul>
 * To add version 2: bump {@link ProjectFile#VERSION}, add a {@link Step} from 1 to {@link #STEPS}.
 */
public final class ProjectMigrations {

    /** Rewrites the JSON of version {@code from} into version {@code from + 1}, in place; returns a note. */
    interface Step {
        String apply(ObjectNode root);
    }

    private static final List<Step> STEPS = List.of(ProjectMigrations::from0);

    private ProjectMigrations() {
    }

    /**
     * The schema version of a parsed project; 0 for a legacy file without {@code version} but with {@code layers}.
     *
     * @throws DataException when the version is missing (and the file is not legacy), not a number, or newer
     */
    static int version(Path file, JsonNode root) {
        JsonNode v = root.get("version");
        if (v == null || v.isNull()) {
            if (root.path("layers").isArray()) {
                return 0;
            }
            throw new DataException(file, "version", "missing schema version and no 'layers'; this is not a BeltMap project",
                    "open a .beltmap project file, or add \"version\": " + ProjectFile.VERSION + " and a \"layers\" array");
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            throw new DataException(file, "version", "schema version " + v + " is not a whole number",
                    "write \"version\": " + ProjectFile.VERSION);
        }
        int version = v.asInt();
        if (version > ProjectFile.VERSION) {
            throw new DataException(file, "version", "written by a newer BeltMap (schema " + version
                    + ", this build reads up to " + ProjectFile.VERSION + ")",
                    "update BeltMap; the file was not changed");
        }
        return version;
    }

    /** Migrates {@code root} in place to the current version; the notes say what was done, for the user. */
    static List<String> migrate(Path file, ObjectNode root) {
        List<String> notes = new ArrayList<>();
        int version = version(file, root);
        for (int v = version; v < ProjectFile.VERSION; v++) {
            notes.add(STEPS.get(v).apply(root));
            root.put("version", v + 1);
        }
        if (!notes.isEmpty()) {
            notes.add(0, file + ": migrated from schema " + version + " to " + ProjectFile.VERSION
                    + "; saving writes the new schema (the old file is kept as .bak)");
        }
        return notes;
    }

    private static String from0(ObjectNode root) {
        int renamed = 0;
        for (JsonNode l : root.path("layers")) {
            if (l instanceof ObjectNode o) {
                if (!o.has("path") && o.has("file")) {
                    o.set("path", o.remove("file"));
                    renamed++;
                }
                if (!o.has("kind") && o.has("type")) {
                    o.set("kind", o.remove("type"));
                    renamed++;
                }
            }
        }
        return "schema 0 -> 1: added \"version\", renamed " + renamed + " legacy layer member(s) (file -> path, type -> kind)";
    }
}
