package org.beltmap.core.model;

import java.util.Map;

/**
 * A layer as the project file describes it: where its data lives and how to read and draw it.
 *
 * @param fields logical field name (name_ru, name_en, population, class, name, speed) to the column in the data
 * @param joinPath optional table joined onto the features by {@code joinKey} (e.g. published statistics)
 */
public record LayerSpec(String id, LayerKind kind, String path, LocalizedText title, boolean visible,
                        Map<String, String> fields, String joinPath, String joinKey, Style style) {

    public LayerSpec {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        style = style == null ? Style.DEFAULT : style;
        title = title == null ? LocalizedText.of(id) : title;
    }

    /** The data column for a logical field, defaulting to the logical name itself. */
    public String field(String logical) {
        return fields.getOrDefault(logical, logical);
    }
}
