package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Three-way merge that makes saving lossless. {@code orig} is the file as read; {@code old} is what this build
 * writes for the model read from it; {@code neu} is what it writes for the model now. Where old and new agree the
 * model did not change that part, so the original is kept verbatim (its number formatting, its omitted defaults,
 * members this build does not know). Where they differ, objects merge member by member in the original's order:
 * members the model knows take the new value (or go, when the model dropped them), members only the original has
 * stay in their place, and members new to the file go where the canonical order puts them. Array entries are
 * matched by key ({@code layers} by id, {@code scenarios} by name, ...), so deleting a layer deletes it, reordering
 * reorders, and entries the reader could not use stay where they were.
 */
final class JsonMerge {

    /** The member that identifies an entry of the array at a path; other arrays match entries by value. */
    private static final Map<String, String> KEYS = Map.of("layers", "id", "scenarios", "name",
            "settings.sizeClasses", "id", "rayEdits.rays", "id");

    /** Members the reader consumes that the writer spells differently; they go when the entry is rewritten. */
    private static final Map<String, Set<String>> READ_ONLY = Map.of("scenarios[]", Set.of("type", "features"));

    private JsonMerge() {
    }

    static JsonNode merge(JsonNode orig, JsonNode old, JsonNode neu) {
        return merge(orig, old, neu, "");
    }

    private static JsonNode merge(JsonNode orig, JsonNode old, JsonNode neu, String path) {
        if (orig != null && old != null && old.equals(neu)) {
            return orig;
        }
        if (neu == null) {
            return null;
        }
        if (orig instanceof ObjectNode o && neu instanceof ObjectNode n) {
            return object(o, old instanceof ObjectNode a ? a : JsonNodeFactory.instance.objectNode(), n, path);
        }
        if (orig instanceof ArrayNode o && old instanceof ArrayNode a && neu instanceof ArrayNode n) {
            return array(o, a, n, path);
        }
        return neu;
    }

    private static ObjectNode object(ObjectNode orig, ObjectNode old, ObjectNode neu, String path) {
        Set<String> readOnly = READ_ONLY.getOrDefault(path, Set.of());
        LinkedHashMap<String, JsonNode> out = new LinkedHashMap<>();
        orig.fields().forEachRemaining(e -> {
            String k = e.getKey();
            if (neu.has(k)) {
                out.put(k, merge(e.getValue(), old.get(k), neu.get(k), child(path, k)));
            } else if (!old.has(k) && !readOnly.contains(k)) {
                out.put(k, e.getValue()); // unknown to this build (or unused by it): kept in its place
            }
        });
        // Members new to the file (not defaults it left out): after their canonical predecessor. An entry in a
        // form the writer does not use is rewritten whole, as what was read from it is gone.
        boolean rewritten = readOnly.stream().anyMatch(orig::has);
        List<String> keys = new ArrayList<>(out.keySet());
        String anchor = null;
        for (var it = neu.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!out.containsKey(e.getKey()) && (rewritten || !e.getValue().equals(old.get(e.getKey())))) {
                keys.add(anchor == null ? 0 : keys.indexOf(anchor) + 1, e.getKey());
                out.put(e.getKey(), e.getValue());
            }
            if (out.containsKey(e.getKey())) {
                anchor = e.getKey();
            }
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        keys.forEach(k -> result.set(k, out.get(k)));
        return result;
    }

    private static ArrayNode array(ArrayNode orig, ArrayNode old, ArrayNode neu, String path) {
        String keyMember = KEYS.get(path);
        if (keyMember == null && orig.size() != old.size()) {
            return neu; // entries matched by value need the original aligned with what was read
        }
        String element = path + "[]";
        // Keys with an occurrence count, so duplicates pair up in order.
        List<String> origKeys = keys(orig, keyMember, old, path);
        List<String> oldKeys = keys(old, keyMember, old, path);
        Map<String, JsonNode> oldByKey = new HashMap<>();
        for (int i = 0; i < old.size(); i++) {
            oldByKey.put(oldKeys.get(i), old.get(i));
        }
        Set<String> newKeys = new HashSet<>(keys(neu, keyMember, neu, path));
        Map<String, JsonNode> origByKey = new HashMap<>();
        // Entries the reader did not use, by the surviving read entry they follow (null: the start).
        Map<String, List<JsonNode>> unread = new HashMap<>();
        String anchor = null;
        for (int i = 0; i < orig.size(); i++) {
            String k = origKeys.get(i);
            if (oldByKey.containsKey(k) && !origByKey.containsKey(k)) {
                origByKey.put(k, orig.get(i));
                if (newKeys.contains(k)) {
                    anchor = k;
                }
            } else {
                unread.computeIfAbsent(anchor, x -> new ArrayList<>()).add(orig.get(i));
            }
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        unread.getOrDefault(null, List.of()).forEach(result::add);
        List<String> neuKeys = keys(neu, keyMember, neu, path);
        for (int i = 0; i < neu.size(); i++) {
            String k = neuKeys.get(i);
            result.add(origByKey.containsKey(k) ? merge(origByKey.get(k), oldByKey.get(k), neu.get(i), element)
                    : neu.get(i));
            unread.getOrDefault(k, List.of()).forEach(result::add);
        }
        return result;
    }

    /**
     * Each entry's key: the key member's text, or for arrays matched by value the canonical text of the entry as
     * read ({@code read} is aligned with {@code entries} then). Scenarios without a name are named by position,
     * as the reader names them.
     */
    private static List<String> keys(ArrayNode entries, String keyMember, ArrayNode read, String path) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String k;
            if (keyMember == null) {
                k = read.get(i).toString();
            } else if (path.equals("scenarios")) {
                k = e.isObject() && !"FeatureCollection".equals(e.path("type").asText())
                        ? e.path("name").asText("scenario " + (i + 1)) : "scenario " + (i + 1);
            } else {
                JsonNode v = e.get(keyMember);
                k = v == null || v.isNull() ? "\u0000" + i : v.asText();
            }
            int n = seen.merge(k, 1, Integer::sum);
            out.add(k + "\u0000#" + n);
        }
        return out;
    }

    private static String child(String path, String member) {
        String base = path.endsWith("[]") ? path.substring(0, path.length() - 2) : path;
        return base.isEmpty() ? member : base + "." + member;
    }
}
