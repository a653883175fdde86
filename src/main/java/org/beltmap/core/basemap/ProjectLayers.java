package org.beltmap.core.basemap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Region;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The open project's map layers (boundary, lakes, rivers, coast, railways, roads) as a basemap source, so a project
 * of any region gets a real map in the tiles whatever its layers' visibility in the layer list.
 */
public final class ProjectLayers {

    private ProjectLayers() {
    }

    /** Null when the project has no map layers. */
    public static Basemap basemap(Region region) {
        List<Basemap.Part> parts = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Layer layer : region.layers().values()) {
            Basemap.Role role = role(layer.spec().kind());
            if (role == null || layer.features().isEmpty()) {
                continue;
            }
            String classField = classField(layer, role);
            parts.add(new Basemap.Part(role, classField, layer.features()));
            digest.update((layer.spec().id() + "|" + role + "|" + classField + "|" + layer.size() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Feature f : layer.features()) {
                Geometry g = f.geometry();
                if (g != null) {
                    Envelope e = g.getEnvelopeInternal();
                    digest.update((g.getNumPoints() + "," + e + "," + (classField == null ? "" : f.getString(classField)))
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        return Basemap.of(region.project().region().get(java.util.Locale.ROOT), "", Basemap.Kind.PROJECT, parts, version);
    }

    /** The region's extent in world units, which decides whether a regional basemap already covers it. */
    public static Envelope worldExtent(Region region) {
        Envelope e = region.extent();
        if (e == null || e.isNull()) {
            return new Envelope();
        }
        return new Envelope(WebMercator.x(e.getMinX()), WebMercator.x(e.getMaxX()),
                WebMercator.y(e.getMaxY()), WebMercator.y(e.getMinY()));
    }

    static Basemap.Role role(LayerKind kind) {
        return switch (kind) {
            case ROADS -> Basemap.Role.ROAD;
            case RAILWAYS -> Basemap.Role.RAILWAY;
            case RIVERS -> Basemap.Role.RIVER;
            case LAKES -> Basemap.Role.LAKE;
            case BOUNDARY -> Basemap.Role.REGION;
            case COAST -> Basemap.Role.COAST;
            default -> null;
        };
    }

    /** The project's mapped class column (roads: highway class) when the data has it, else the role's default. */
    private static String classField(Layer layer, Basemap.Role role) {
        String mapped = layer.spec().fields().get("class");
        if (mapped != null && layer.fieldNames().contains(mapped)) {
            return mapped;
        }
        String def = role.defaultClassField();
        if (def != null && layer.fieldNames().contains(def)) {
            return def;
        }
        return layer.fieldNames().contains("highway") && role == Basemap.Role.ROAD ? "highway" : def;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
