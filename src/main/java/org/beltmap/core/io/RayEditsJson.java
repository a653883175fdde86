package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.model.RayEdit;
import org.beltmap.core.model.RayEdits;

/** The {@code rayEdits} member of a project file: user-drawn or edited rays and hidden derived ones. */
final class RayEditsJson {

    private RayEditsJson() {
    }

    static RayEdits read(Path file, JsonNode n, List<DataException> problems) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return RayEdits.NONE;
        }
        List<RayEdit> rays = new ArrayList<>();
        JsonNode list = n.path("rays");
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            List<double[]> coords = new ArrayList<>();
            for (JsonNode c : r.path("coordinates")) {
                if (c.size() >= 2 && c.get(0).isNumber() && c.get(1).isNumber()) {
                    coords.add(new double[] {c.get(0).asDouble(), c.get(1).asDouble()});
                }
            }
            if (coords.size() < 2 || r.path("id").asText("").isEmpty()) {
                problems.add(new DataException(file, "rayEdits.rays[" + i + "]", "a ray needs an id and at least two "
                        + "[lon, lat] coordinates", "redraw the ray or remove it from the file"));
                continue;
            }
            rays.add(new RayEdit(r.path("id").asText(), r.path("name").asText(r.path("id").asText()),
                    r.path("mode").asText("road"), coords, r.hasNonNull("replaces") ? r.get("replaces").asText() : null));
        }
        List<String> hidden = new ArrayList<>();
        n.path("hidden").forEach(h -> hidden.add(h.asText()));
        return new RayEdits(rays, hidden);
    }

    static ObjectNode write(RayEdits e, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        ArrayNode rays = n.putArray("rays");
        for (RayEdit r : e.rays()) {
            ObjectNode o = rays.addObject();
            o.put("id", r.id());
            o.put("name", r.name());
            o.put("mode", r.mode());
            if (r.replaces() != null) {
                o.put("replaces", r.replaces());
            }
            o.put("userDefined", true);
            ArrayNode cs = o.putArray("coordinates");
            for (double[] c : r.coordinates()) {
                cs.addArray().add(Math.round(c[0] * 1e6) / 1e6).add(Math.round(c[1] * 1e6) / 1e6);
            }
        }
        ArrayNode hidden = n.putArray("hidden");
        e.hidden().forEach(hidden::add);
        return n;
    }
}
