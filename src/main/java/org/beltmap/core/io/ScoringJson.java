package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.model.SettingsCheck;
import org.beltmap.core.model.SettingsWords;

/**
 * JSON form of the score's weights and parameters, shared by the project file ({@code "scoring"}) and the weights
 * files users load and save: {@code {"weights": {...}, "rayHalfKm": 15, "bundleHalfKm": 10, "mtdHalfMin": 90}}.
 * Missing entries keep their defaults; a misspelt name, a value that is no finite number or breaks the rules of
 * {@link SettingsCheck} is a {@link SettingsException} naming the member.
 */
public final class ScoringJson {

    static final List<String> MEMBERS = List.of("weights", "rayHalfKm", "bundleHalfKm", "mtdHalfMin");

    private ScoringJson() {
    }

    /** Strict: the first problem is thrown (a weights file the user chose). */
    public static ScoringModel read(Path file, JsonNode root) {
        List<DataException> problems = new ArrayList<>();
        ScoringModel m = read(file, root, "", problems);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return m;
    }

    /**
     * Lenient: every problem goes to {@code problems} and its member keeps the default.
     *
     * @param at where {@code root} is, for the messages ("scoring" in a project, "" in a weights file)
     */
    public static ScoringModel read(Path file, JsonNode root, String at, List<DataException> problems) {
        ScoringModel d = ScoringModel.defaults();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return d;
        }
        String example = "write {\"weights\": {\"accessibility\": 0.3, \"ray_proximity\": 0.25}}";
        if (!root.isObject()) {
            problems.add(new SettingsException(file, at.isEmpty() ? null : at, "must be a JSON object but is "
                    + JsonMembers.describe(root), example));
            return d;
        }
        JsonMembers.known(file, at, root, MEMBERS, problems);
        Map<String, Double> w = new LinkedHashMap<>(d.weights());
        JsonNode weights = root.get("weights");
        String wAt = member(at, "weights");
        if (weights != null && !weights.isObject()) {
            problems.add(new SettingsException(file, wAt, "is " + JsonMembers.describe(weights)
                    + ", not weights by component", example));
        } else if (weights != null) {
            JsonMembers.known(file, wAt, weights, List.of(ScoringModel.COMPONENTS), problems);
            int before = problems.size();
            for (String c : ScoringModel.COMPONENTS) {
                JsonNode n = weights.get(c);
                Double v = n == null ? null : checked(file, wAt + "." + c, n, "weight." + c, d.weights().get(c),
                        problems);
                if (v != null) {
                    w.put(c, v);
                }
            }
            // Each weight is fine now, so what is left is that they are all 0.
            List<SettingsCheck.Problem> left = problems.size() > before ? List.of()
                    : SettingsCheck.scoring(w, d.rayHalfKm(), d.bundleHalfKm(), d.mtdHalfMin());
            for (SettingsCheck.Problem p : left) {
                problems.add(new SettingsException(file, wAt, SettingsWords.problem(p, false),
                        SettingsWords.fix(p, d.weights().get(ScoringModel.ACCESSIBILITY))));
                w = new LinkedHashMap<>(d.weights());
            }
        }
        return new ScoringModel(w, half(file, root, at, "rayHalfKm", "scoring.rayHalf", d.rayHalfKm(), problems),
                half(file, root, at, "bundleHalfKm", "scoring.bundleHalf", d.bundleHalfKm(), problems),
                half(file, root, at, "mtdHalfMin", "scoring.mtdHalf", d.mtdHalfMin(), problems));
    }

    private static double half(Path file, JsonNode root, String at, String name, String field, double usual,
                               List<DataException> problems) {
        JsonNode n = root.get(name);
        Double v = n == null ? null : checked(file, member(at, name), n, field, usual, problems);
        return v == null ? usual : v;
    }

    private static Double checked(Path file, String member, JsonNode n, String field, double usual,
                                  List<DataException> problems) {
        Double v = JsonMembers.number(file, member, n, SettingsWords.what(field), SettingsWords.num(usual), problems);
        if (v == null) {
            return null;
        }
        Optional<SettingsCheck.Problem> p = SettingsCheck.number(field, v);
        p.ifPresent(x -> problems.add(new SettingsException(file, member, SettingsWords.problem(x, true),
                SettingsWords.fix(x, usual))));
        return p.isPresent() ? null : v;
    }

    private static String member(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
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
