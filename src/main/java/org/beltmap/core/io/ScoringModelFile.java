package org.beltmap.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.beltmap.core.model.ScoringModel;

/**
 * A weights file the user loads and saves (same shape as the project's {@code scoring} member). Read strictly: one
 * JSON object, no duplicate or unknown members, every value a finite number within the rules; the first problem is
 * thrown, never a silent fall-back to the defaults.
 */
public final class ScoringModelFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String EXAMPLE = "write JSON like {\"weights\": {\"accessibility\": 0.3, \"ray_proximity\": "
            + "0.25}} (Ranking → Weights… → Save writes one)";

    private ScoringModelFile() {
    }

    public static ScoringModel read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file, null, "weights file not found", "check the path");
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that it is a file you may read", e);
        }
        if (new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
            throw new SettingsException(file, null, "is empty", EXAMPLE);
        }
        JsonNode root = StrictJson.read(file, bytes, EXAMPLE); // one document, no repeated keys
        if (root.isObject() && root.isEmpty()) {
            throw new SettingsException(file, null, "holds no weights ({})", EXAMPLE);
        }
        if (!root.isObject()) {
            throw new SettingsException(file, null, "must be a JSON object but is " + JsonMembers.describe(root),
                    EXAMPLE);
        }
        return ScoringJson.read(file, root);
    }

    public static void write(ScoringModel m, Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ScoringJson.write(m, root);
        AtomicFiles.write(file, (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
