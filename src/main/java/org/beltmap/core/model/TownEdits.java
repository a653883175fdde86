package org.beltmap.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values the user recorded for towns (statuses, investment, corrections), saved in the project and shown over
 * the data layer's own attributes: town id → field → value. An empty value removes the user's entry.
 */
public record TownEdits(Map<String, Map<String, String>> values) {

    public static final TownEdits NONE = new TownEdits(Map.of());

    public TownEdits {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public String get(String townId, String field) {
        Map<String, String> m = values.get(townId);
        return m == null ? null : m.get(field);
    }

    public TownEdits with(String townId, String field, String value) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
        Map<String, String> m = copy.computeIfAbsent(townId, k -> new LinkedHashMap<>());
        if (value == null || value.isBlank()) {
            m.remove(field);
        } else {
            m.put(field, value.trim());
        }
        if (m.isEmpty()) {
            copy.remove(townId);
        }
        return new TownEdits(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
