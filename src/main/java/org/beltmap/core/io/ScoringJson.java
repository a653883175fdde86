package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beltmap.core.model.ScoringModel;

/**
 * JSON form of the score's weights and parameters, shared by the project file ({@code "scoring"}) and the weights
 * files users load and save: {@code {"weights": {...}, "rayHalfKm": 15, "bundleHalfKm": 10, "mtdHalfMin": 90}}.
 * Missing entries keep their defaults.
 */
public final class ScoringJson {

    private ScoringJson() {
    }

    public static ScoringModel read(Path file, JsonNode root) {
        ScoringModel d = ScoringModel.defaults();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return d;
        }
        Map<String, Double> w = new LinkedHashMap<>(d.weights());
        root.path("weights").fields().forEachRemaining(e -> {
            if (!w.containsKey(e.getKey())) {
                throw new DataException(file, "weights." + e.getKey(), "unknown component",
                        "use " + String.join(", ", ScoringModel.COMPONENTS));
            }
            if (!e.getValue().isNumber()) {
                throw new DataException(file, "weights." + e.getKey(), "is not a number", "write a number ≥ 0");
            }
            w.put(e.getKey(), e.getValue().asDouble());
        });
        try {
            return new ScoringModel(w, root.path("rayHalfKm").asDouble(d.rayHalfKm()),
                    root.path("bundleHalfKm").asDouble(d.bundleHalfKm()), root.path("mtdHalfMin").asDouble(d.mtdHalfMin()));
        } catch (IllegalArgumentException e) {
            throw new DataException(file, "scoring", e.getMessage(), "fix the value");
        }
    }

    public static void write(ScoringModel m, ObjectNode root) {
        ObjectNode w = root.putObject("weights");
        for (String c : ScoringModel.COMPONENTS) {
            w.put(c, m.weights().get(c));
        }
        root.put("rayHalfKm", m.rayHalfKm());
        root.put("bundleHalfKm", m.bundleHalfKm());
        root.put("mtdHalfMin", m.mtdHalfMin());
    }
}
