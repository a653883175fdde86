package org.beltmap.core.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beltmap.core.io.AtomicFiles;
import org.beltmap.core.io.DataException;

/**
 * Weights file: {@code {"weights": {"accessibility": 0.3, ...}, "rayHalfKm": 15, "bundleHalfKm": 10,
 * "mtdHalfMin": 90}}. Missing entries keep their defaults, so a file may change one weight only.
 */
public final class ScoringModelFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoringModelFile() {
    }

    public static ScoringModel read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new DataException(file, null, "not a readable weights file (" + e.getMessage() + ")",
                    "write JSON like {\"weights\": {\"accessibility\": 0.3}}");
        }
        ScoringModel d = ScoringModel.defaults();
        Map<String, Double> w = new LinkedHashMap<>(d.weights());
        JsonNode ws = root.path("weights");
        ws.fields().forEachRemaining(e -> {
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
            throw new DataException(file, null, e.getMessage(), "fix the value in the weights file");
        }
    }

    public static void write(ScoringModel m, Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode w = root.putObject("weights");
        for (String c : ScoringModel.COMPONENTS) {
            w.put(c, m.weights().get(c));
        }
        root.put("rayHalfKm", m.rayHalfKm());
        root.put("bundleHalfKm", m.bundleHalfKm());
        root.put("mtdHalfMin", m.mtdHalfMin());
        AtomicFiles.write(file, (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
