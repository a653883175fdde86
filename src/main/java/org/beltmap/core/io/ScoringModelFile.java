package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.beltmap.core.io.AtomicFiles;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.ScoringJson;
import org.beltmap.core.model.ScoringModel;

/** A weights file the user loads and saves (same shape as the project's {@code scoring} member). */
public final class ScoringModelFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoringModelFile() {
    }

    public static ScoringModel read(Path file) {
        JsonNode root = StrictJson.read(file, "write JSON like {\"weights\": {\"accessibility\": 0.3}}");
        return ScoringJson.read(file, root);
    }

    public static void write(ScoringModel m, Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ScoringJson.write(m, root);
        AtomicFiles.write(file, (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
