package org.beltmap.core.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.GeoJsonLayerReader;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The offline basemap: the vector layers listed in {@code maps/basemap.json}, each with a role (land, sea, lake,
 * region, coast, river, railway, road), loaded once and queried per tile.
 */
public final class Basemap {

    private final Map<BasemapRole, List<VectorLayer>> layers = new EnumMap<>(BasemapRole.class);
    private final String attribution;
    private final String version;

    private Basemap(String attribution, String version) {
        this.attribution = attribution;
        this.version = version;
    }

    public static Basemap load(Path dir) {
        Path manifest = dir.resolve(MapsLocator.MANIFEST);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw new DataException(manifest, null, "unreadable basemap manifest (" + e.getMessage() + ")",
                    "restore maps/basemap.json from the BeltMap distribution", e);
        }
        StringBuilder stamp = new StringBuilder(root.toString());
        Basemap b = new Basemap(root.path("attribution").asText(""), null);
        for (JsonNode l : root.path("layers")) {
            Path file = dir.resolve(l.path("path").asText());
            BasemapRole role;
            try {
                role = BasemapRole.parse(l.path("role").asText());
            } catch (IllegalArgumentException e) {
                throw new DataException(manifest, l.path("path").asText(), "unknown role '" + l.path("role").asText()
                        + "'", "use land, sea, lake, region, coast, river, railway or road");
            }
            String classField = l.path("classField").asText(null);
            List<Feature> features = GeoJsonLayerReader.read(file).features();
            List<Geometry> geoms = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (Feature f : features) {
                geoms.add(f.geometry());
                tags.add(classField == null ? null : f.getString(classField));
            }
            b.layers.computeIfAbsent(role, r -> new ArrayList<>()).add(new VectorLayer(role, geoms, tags));
            try {
                stamp.append(Files.size(file)).append(Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                stamp.append(file);
            }
        }
        return new Basemap(b.attribution, Integer.toHexString(stamp.toString().hashCode())).with(b.layers);
    }

    private Basemap with(Map<BasemapRole, List<VectorLayer>> l) {
        layers.putAll(l);
        return this;
    }

    List<VectorLayer.Shape> query(BasemapRole role, Envelope world, int zoom) {
        List<VectorLayer.Shape> out = new ArrayList<>();
        for (VectorLayer l : layers.getOrDefault(role, List.of())) {
            out.addAll(l.query(world, zoom));
        }
        return out;
    }

    public String attribution() {
        return attribution;
    }

    /** Changes whenever the data changes, so cached tiles of older data are never shown. */
    public String version() {
        return version;
    }
}
