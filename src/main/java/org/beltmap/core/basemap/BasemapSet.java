package org.beltmap.core.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * What the offline tiles are drawn from, bottom to top: the world background (always), the regional basemaps of
 * {@code maps/basemap.json} where their extent reaches, and the open project's own map layers when no regional
 * basemap covers the project. A project inside a regional basemap keeps that basemap's look unchanged.
 *
 * <p>Manifest version 2 lists {@code sources}, each with {@code name}, {@code attribution}, {@code layers} and
 * optionally {@code "background": true}; a version-1 manifest (one {@code layers} list) reads as one region.
 */
public final class BasemapSet {

    /** A regional basemap stands in for the project's layers when it covers this share of the project's extent. */
    static final double COVERED_SHARE = 0.9;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Basemap background;
    private final List<Basemap> regional;
    private final Basemap project;

    BasemapSet(Basemap background, List<Basemap> regional, Basemap project) {
        this.background = background;
        this.regional = List.copyOf(regional);
        this.project = project;
    }

    /** The maps found by {@link MapsLocator}; fails with a readable message when there are none. */
    public static BasemapSet loadDefault() {
        Path dir = MapsLocator.find().orElseThrow(() -> new IllegalStateException(
                "no maps/" + MapsLocator.MANIFEST + " found (set -Dbeltmap.maps=<folder>)"));
        return load(dir);
    }

    public static BasemapSet load(Path dir) {
        Path manifest = dir.resolve(MapsLocator.MANIFEST);
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read basemap " + manifest + ": " + e.getMessage(), e);
        }
        if (!root.has("sources")) {
            return new BasemapSet(null, List.of(Basemap.load(dir, manifest, root, Basemap.Kind.REGIONAL)), null);
        }
        Basemap background = null;
        List<Basemap> regional = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            if (s.path("background").asBoolean(false)) {
                background = Basemap.load(dir, manifest, s, Basemap.Kind.BACKGROUND);
            } else {
                regional.add(Basemap.load(dir, manifest, s, Basemap.Kind.REGIONAL));
            }
        }
        return new BasemapSet(background, regional, null);
    }

    /**
     * This set with the project's layers on top, unless a regional basemap already covers {@code projectWorld}
     * (the project's extent in world units): then the regional one draws that area, as it always has.
     */
    public BasemapSet withProject(Envelope projectWorld, Basemap projectLayers) {
        if (projectLayers == null || projectLayers.worldExtent().isNull() || covered(projectWorld)) {
            return project == null ? this : new BasemapSet(background, regional, null);
        }
        return new BasemapSet(background, regional, projectLayers);
    }

    boolean covered(Envelope world) {
        if (world == null || world.isNull()) {
            return true;
        }
        double area = Math.max(world.getArea(), 1e-18);
        for (Basemap r : regional) {
            Envelope cut = r.worldExtent().intersection(world);
            if (!cut.isNull() && cut.getArea() >= COVERED_SHARE * area) {
                return true;
            }
        }
        return false;
    }

    /** Null when the manifest has no background source. */
    public Basemap background() {
        return background;
    }

    public List<Basemap> regional() {
        return regional;
    }

    /** The project's layers, or null when none are drawn into the tiles. */
    public Basemap project() {
        return project;
    }

    /** Every source's version: the tile cache folder changes whenever any of them does. */
    public String version() {
        StringBuilder b = new StringBuilder();
        if (background != null) {
            b.append(background.version());
        }
        regional.forEach(r -> b.append(r.version()));
        if (project != null) {
            b.append("p").append(project.version());
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Credits of the sources drawn, without repeats. */
    public String attribution() {
        Set<String> parts = new LinkedHashSet<>();
        if (background != null) {
            parts.add(background.attribution());
        }
        regional.forEach(r -> parts.add(r.attribution()));
        parts.removeIf(String::isBlank);
        return String.join("; ", parts);
    }
}
