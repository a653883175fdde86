package org.beltmap.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.SettingsCheck;
import org.beltmap.core.model.SettingsWords;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.SizeClassScheme;

/**
 * The project's {@code settings} member, checked member by member with the rules of {@link SettingsCheck}: a member
 * of the wrong type, out of range or misspelt is a {@link SettingsException} naming the file and the member, and
 * that member takes its default. A missing member takes its default silently (older files).
 */
final class SettingsJson {

    static final List<String> MEMBERS = List.of("sizeClasses", "beltThresholdsMin", "isochroneMinutes", "speedsKmh",
            "defaultSpeedKmh", "accessSpeedKmh", "detourFactor", "snapToleranceM", "gapJoinM", "maxAccessKm",
            "railwaysInNetwork", "bundles");
    static final List<String> BUNDLE_MEMBERS = List.of("widthKm", "minLengthKm", "stripKm");
    static final List<String> SIZE_CLASS_MEMBERS = List.of("id", "minPopulation");

    private final Path file;
    private final List<DataException> problems;

    private SettingsJson(Path file, List<DataException> problems) {
        this.file = file;
        this.problems = problems;
    }

    static Settings read(Path file, JsonNode s, List<DataException> problems) {
        Settings d = Settings.defaults();
        if (s == null || s.isMissingNode() || s.isNull()) {
            return d;
        }
        SettingsJson r = new SettingsJson(file, problems);
        if (!s.isObject()) {
            r.problem("settings", "must be a JSON object but is " + JsonMembers.describe(s),
                    "write \"settings\": {\"beltThresholdsMin\": [45, 90]}, or leave it out for the defaults");
            return d;
        }
        JsonMembers.known(file, "settings", s, MEMBERS, problems);
        return new Settings(r.sizeClasses(s.get("sizeClasses"), d.sizeClasses()),
                r.minutes(s, "beltThresholdsMin", "beltThresholds", d.beltThresholdsMin()),
                r.minutes(s, "isochroneMinutes", "isochroneMinutes", d.isochroneMinutes()), r.speeds(s.get("speedsKmh"),
                d), r.number(s, "settings", "defaultSpeedKmh", "defaultSpeed", d.defaultSpeedKmh()),
                r.number(s, "settings", "accessSpeedKmh", "accessSpeed", d.accessSpeedKmh()),
                r.number(s, "settings", "detourFactor", "detourFactor", d.detourFactor()),
                r.number(s, "settings", "snapToleranceM", "snapTolerance", d.snapToleranceM()),
                r.number(s, "settings", "gapJoinM", "gapJoin", d.gapJoinM()),
                r.number(s, "settings", "maxAccessKm", "maxAccess", d.maxAccessKm()), r.bundles(s.get("bundles")),
                r.bool(s.get("railwaysInNetwork")));
    }

    private void problem(String member, String text, String fix) {
        problems.add(new SettingsException(file, member, text, fix));
    }

    /** The number of {@code parent.member} if it is one and keeps the rule of {@code field}; else the fallback. */
    private double number(JsonNode parent, String at, String member, String field, double fallback) {
        JsonNode n = parent.get(member);
        Double v = n == null ? null : checked(n, at + "." + member, field, fallback);
        return v == null ? fallback : v;
    }

    /** The number in {@code n}, or null after reporting that it is no number or breaks the rule of its field. */
    private Double checked(JsonNode n, String member, String field, double usual) {
        Double v = JsonMembers.number(file, member, n, SettingsWords.what(field), SettingsWords.num(usual), problems);
        if (v == null) {
            return null;
        }
        Optional<SettingsCheck.Problem> p = SettingsCheck.number(field, v);
        p.ifPresent(x -> problem(member, SettingsWords.problem(x, true), SettingsWords.fix(x, usual)));
        return p.isPresent() ? null : v;
    }

    private List<Double> minutes(JsonNode s, String member, String field, List<Double> fallback) {
        JsonNode n = s.get(member);
        String at = "settings." + member;
        if (n == null) {
            return fallback;
        }
        if (!n.isArray()) {
            problem(at, "is " + JsonMembers.describe(n) + ", not a list of minutes", "write "
                    + SettingsWords.num(fallback));
            return fallback;
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            Double usual = fallback.get(Math.min(i, fallback.size() - 1));
            Double v = JsonMembers.number(file, at + "[" + i + "]", n.get(i), SettingsWords.what(field),
                    SettingsWords.num(usual), problems);
            if (v == null) {
                return fallback;
            }
            out.add(v);
        }
        Optional<SettingsCheck.Problem> p = SettingsCheck.ascending(field, out, fallback);
        p.ifPresent(x -> problem(at, SettingsWords.problem(x, true), SettingsWords.fix(x, fallback)));
        return p.isPresent() ? fallback : out;
    }

    /** Speeds per road class over the defaults; road classes are the data's own, so any name is a class. */
    private Map<String, Double> speeds(JsonNode n, Settings d) {
        Map<String, Double> speeds = new LinkedHashMap<>(d.speedsKmh());
        if (n == null) {
            return speeds;
        }
        if (!n.isObject()) {
            problem("settings.speedsKmh", "is " + JsonMembers.describe(n) + ", not speeds by road class",
                    "write {\"federal_M\": 90, \"regional\": 60}");
            return speeds;
        }
        n.fields().forEachRemaining(e -> {
            Double v = checked(e.getValue(), "settings.speedsKmh." + e.getKey(), "speed." + e.getKey(),
                    d.speedsKmh().getOrDefault(e.getKey(), d.defaultSpeedKmh()));
            if (v != null) {
                speeds.put(e.getKey(), v);
            }
        });
        return speeds;
    }

    private boolean bool(JsonNode n) {
        if (n == null || n.isBoolean()) {
            return n != null && n.asBoolean();
        }
        problem("settings.railwaysInNetwork", (n.isTextual() ? JsonMembers.quote(n.asText()) : "is "
                + JsonMembers.describe(n)) + " is not true or false", "write true or false, without quotes");
        return false;
    }

    private BundleSettings bundles(JsonNode b) {
        BundleSettings d = BundleSettings.DEFAULTS;
        if (b == null) {
            return d;
        }
        if (!b.isObject()) {
            problem("settings.bundles", "is " + JsonMembers.describe(b) + ", not bundle settings",
                    "write {\"widthKm\": 5, \"minLengthKm\": 10, \"stripKm\": 10}");
            return d;
        }
        JsonMembers.known(file, "settings.bundles", b, BUNDLE_MEMBERS, problems);
        return new BundleSettings(number(b, "settings.bundles", "widthKm", "bundles.width", d.widthKm()),
                number(b, "settings.bundles", "minLengthKm", "bundles.minLength", d.minLengthKm()),
                number(b, "settings.bundles", "stripKm", "bundles.strip", d.stripKm()));
    }

    /** Size classes: each an id and a whole, non-negative bound, no two alike; any problem keeps the defaults. */
    private SizeClassScheme sizeClasses(JsonNode n, SizeClassScheme fallback) {
        String at = "settings.sizeClasses";
        if (n == null) {
            return fallback;
        }
        String example = "[{\"id\": \"big\", \"minPopulation\": 100000}, {\"id\": \"small\", \"minPopulation\": 0}]";
        if (!n.isArray() || n.isEmpty()) {
            problem(at, n.isArray() ? "is empty" : "is " + JsonMembers.describe(n) + ", not a list of size classes",
                    "write " + example + ", or leave it out for the classes of SP 42.13330");
            return fallback;
        }
        int before = problems.size();
        List<SizeClass> classes = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode c = n.get(i);
            String member = at + "[" + i + "]";
            if (!c.isObject()) {
                problem(member, "is " + JsonMembers.describe(c) + ", not a size class", "write " + example);
                continue;
            }
            JsonMembers.known(file, member, c, SIZE_CLASS_MEMBERS, problems);
            JsonNode id = c.get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                problem(member + ".id", id == null ? "is missing" : "is " + JsonMembers.describe(id)
                        + ", not a name", "name the class, e.g. \"small\"");
                continue;
            }
            if (!ids.add(id.asText())) {
                problem(member + ".id", JsonMembers.quote(id.asText()) + " is used twice",
                        "give every class its own id");
                continue;
            }
            JsonNode min = c.get("minPopulation");
            Double v = min == null ? null : JsonMembers.number(file, member + ".minPopulation", min,
                    SettingsWords.what("sizeClass." + id.asText()), "50000", problems);
            if (min == null) {
                problem(member + ".minPopulation", "is missing", "give the smallest population of the class, e.g. 50000");
            } else if (v != null && (v != Math.rint(v) || Math.abs(v) > 1e15)) {
                problem(member + ".minPopulation", SettingsWords.num(v) + " is not a whole number of people",
                        "write e.g. " + Math.round(Math.max(0, Math.min(v, 1e15))));
            } else if (v != null) {
                classes.add(new SizeClass(id.asText(), v.longValue()));
                index.put(id.asText(), i);
            }
        }
        if (problems.size() > before) {
            return fallback;
        }
        List<SizeClass> smallestFirst = new ArrayList<>(classes);
        smallestFirst.sort(java.util.Comparator.comparingLong(SizeClass::minPopulation));
        for (SettingsCheck.Problem p : SettingsCheck.sizeClasses(smallestFirst)) {
            String id = p.field().substring("sizeClass.".length());
            problem(at + "[" + index.get(id) + "].minPopulation", SettingsWords.problem(p, true),
                    SettingsWords.fix(p, 0.0));
        }
        return problems.size() > before ? fallback : new SizeClassScheme(classes);
    }
}
