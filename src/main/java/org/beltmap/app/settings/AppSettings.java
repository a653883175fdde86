package org.beltmap.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.io.AtomicFiles;

/**
 * Per-user settings (recent projects, window layout, language, online tiles), kept as JSON in the user's
 * config folder. A corrupt file is ignored, never fatal: settings are a convenience.
 */
public final class AppSettings {

    public static final int MAX_RECENT = 8;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final List<Path> recent = new ArrayList<>();
    private double windowX = Double.NaN;
    private double windowY = Double.NaN;
    private double windowWidth = 1400;
    private double windowHeight = 900;
    private boolean maximized;
    private double leftDivider = 0.17;
    private double rightDivider = 0.76;
    private boolean onlineTiles;
    private String language;
    private final java.util.Map<String, String> prefs = new java.util.TreeMap<>();

    private AppSettings(Path file) {
        this.file = file;
    }

    public static Path defaultDir() {
        String forced = System.getProperty("beltmap.settingsDir");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        String appData = System.getenv("APPDATA");
        if (appData != null && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(appData, "BeltMap");
        }
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "beltmap")
                : Path.of(System.getProperty("user.home"), ".config", "beltmap");
    }

    public static AppSettings load() {
        return load(defaultDir().resolve("settings.json"));
    }

    public static AppSettings load(Path file) {
        AppSettings s = new AppSettings(file);
        if (!Files.isRegularFile(file)) {
            return s;
        }
        try {
            JsonNode n = MAPPER.readTree(file.toFile());
            n.path("recent").forEach(r -> s.recent.add(Path.of(r.asText())));
            s.windowX = n.path("windowX").asDouble(Double.NaN);
            s.windowY = n.path("windowY").asDouble(Double.NaN);
            s.windowWidth = n.path("windowWidth").asDouble(s.windowWidth);
            s.windowHeight = n.path("windowHeight").asDouble(s.windowHeight);
            s.maximized = n.path("maximized").asBoolean(false);
            s.leftDivider = n.path("leftDivider").asDouble(s.leftDivider);
            s.rightDivider = n.path("rightDivider").asDouble(s.rightDivider);
            s.onlineTiles = n.path("onlineTiles").asBoolean(false);
            s.language = n.hasNonNull("language") ? n.get("language").asText() : null;
            n.path("prefs").fields().forEachRemaining(e -> s.prefs.put(e.getKey(), e.getValue().asText()));
        } catch (IOException | RuntimeException e) {
            System.err.println("BeltMap: ignoring unreadable settings " + file + ": " + e.getMessage());
        }
        return s;
    }

    public void save() {
        ObjectNode n = MAPPER.createObjectNode();
        recent.forEach(p -> n.withArray("recent").add(p.toString()));
        if (!Double.isNaN(windowX)) {
            n.put("windowX", windowX).put("windowY", windowY);
        }
        n.put("windowWidth", windowWidth).put("windowHeight", windowHeight).put("maximized", maximized);
        n.put("leftDivider", leftDivider).put("rightDivider", rightDivider).put("onlineTiles", onlineTiles);
        if (language != null) {
            n.put("language", language);
        }
        ObjectNode p = n.putObject("prefs");
        prefs.forEach(p::put);
        try {
            AtomicFiles.write(file, MAPPER.writeValueAsString(n).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("BeltMap: cannot save settings " + file + ": " + e.getMessage());
        }
    }

    /** A remembered choice (e.g. the last export layout), or the fallback. */
    public String pref(String key, String fallback) {
        return prefs.getOrDefault(key, fallback);
    }

    public void setPref(String key, String value) {
        prefs.put(key, value);
    }

    public List<Path> recent() {
        return List.copyOf(recent);
    }

    /** Moves {@code project} to the top of the recent list. */
    public void addRecent(Path project) {
        Path abs = project.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    public boolean isFirstStart() {
        return recent.isEmpty();
    }

    public double windowX() {
        return windowX;
    }

    public double windowY() {
        return windowY;
    }

    public double windowWidth() {
        return windowWidth;
    }

    public double windowHeight() {
        return windowHeight;
    }

    public boolean maximized() {
        return maximized;
    }

    public void setWindow(double x, double y, double w, double h, boolean max) {
        windowX = x;
        windowY = y;
        windowWidth = w;
        windowHeight = h;
        maximized = max;
    }

    public double leftDivider() {
        return leftDivider;
    }

    public double rightDivider() {
        return rightDivider;
    }

    public void setDividers(double left, double right) {
        leftDivider = left;
        rightDivider = right;
    }

    public boolean onlineTiles() {
        return onlineTiles;
    }

    public void setOnlineTiles(boolean on) {
        onlineTiles = on;
    }

    public String language() {
        return language;
    }

    public void setLanguage(String tag) {
        language = tag;
    }
}
