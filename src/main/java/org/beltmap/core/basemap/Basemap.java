package org.beltmap.core.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.GeoJsonLayerReader;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One source of the offline map: the world background, a regional basemap listed in {@code maps/basemap.json}, or
 * the open project's own map layers. Every layer is projected to Web Mercator world units and indexed per role and
 * level of detail once; immutable afterwards, so tile threads share an instance without locking.
 */
public final class Basemap {

    /** What a layer is for; the renderer styles by role, never by file name. */
    public enum Role {
        LAND, SEA, LAKE, REGION, COAST, RIVER, RAILWAY, ROAD, BORDER;

        boolean filled() {
            return this == LAND || this == SEA || this == LAKE;
        }

        /** Attribute that picks the style class when the manifest names none. */
        String defaultClassField() {
            return switch (this) {
                case RIVER -> "scalerank";
                case RAILWAY -> "line_class";
                case COAST -> "gshhg_level";
                case ROAD -> "road_class";
                default -> null;
            };
        }
    }

    /**
     * How a source is drawn: the background covers the globe (ocean, land, country borders); a regional basemap
     * paints everything inside its extent; project layers only add lines and lakes on top.
     */
    public enum Kind {
        BACKGROUND, REGIONAL, PROJECT
    }

    /** A drawable piece in world units, with the value of its layer's class field (may be null). */
    public record Shape(Geometry geometry, String cls, int order) {
    }

    /** Features of one role in lon/lat, styled by {@code classField} (null: the role's default). */
    public record Part(Role role, String classField, List<Feature> features) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final String attribution;
    private final String version;
    private final Kind kind;
    private final Map<Role, LayerIndex> index;
    private final Map<Role, Integer> counts;
    private final Envelope worldExtent;

    private Basemap(String name, String attribution, String version, Kind kind, Map<Role, LayerIndex> index,
            Map<Role, Integer> counts, Envelope worldExtent) {
        this.name = name;
        this.attribution = attribution;
        this.version = version;
        this.kind = kind;
        this.index = index;
        this.counts = counts;
        this.worldExtent = worldExtent;
    }

    /** A regional or background source as the manifest lists it; layer files are read relative to {@code dir}. */
    static Basemap load(Path dir, Path manifest, JsonNode source, Kind kind) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(MAPPER.writeValueAsBytes(source));
            List<Part> parts = new ArrayList<>();
            for (JsonNode l : source.path("layers")) {
                Path file = dir.resolve(l.path("path").asText());
                Role role = Role.valueOf(l.path("role").asText().toUpperCase(Locale.ROOT));
                digest.update(Files.readAllBytes(file));
                parts.add(new Part(role, l.hasNonNull("classField") ? l.get("classField").asText() : null,
                        GeoJsonLayerReader.read(file).features()));
            }
            String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            return of(source.path("name").asText(""), source.path("attribution").asText(""), kind, parts, version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read basemap " + manifest + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new DataException(manifest, null, "unknown layer role (" + e.getMessage() + ")",
                    "use one of land, sea, lake, region, coast, river, railway, road, border");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source built from features already in memory (the project's layers); {@code version} keys its tiles. */
    public static Basemap of(String name, String attribution, Kind kind, List<Part> parts, String version) {
        Map<Role, List<LayerIndex.Source>> sources = new EnumMap<>(Role.class);
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        Envelope extent = new Envelope();
        int layerNo = 0;
        for (Part part : parts) {
            String classField = part.classField() != null ? part.classField() : part.role().defaultClassField();
            List<LayerIndex.Source> list = sources.computeIfAbsent(part.role(), r -> new ArrayList<>());
            for (Feature f : part.features()) {
                if (f.geometry() == null || f.geometry().isEmpty()) {
                    continue;
                }
                Geometry world = toWorld(f.geometry());
                extent.expandToInclude(world.getEnvelopeInternal());
                String cls = classField == null ? null : f.getString(classField);
                list.add(new LayerIndex.Source(world, cls, layerNo * 1_000_000 + f.index()));
            }
            counts.merge(part.role(), part.features().size(), Integer::sum);
            layerNo++;
        }
        if (kind == Kind.REGIONAL) {
            reconcileWithCoast(sources, extent);
        }
        Map<Role, LayerIndex> index = new EnumMap<>(Role.class);
        sources.forEach((role, list) -> index.put(role, new LayerIndex(list, role.filled())));
        return new Basemap(name, attribution, version, kind, index, counts, extent);
    }

    /** Swaps coarse land, lakes and coast-following region edges for ones that fit the detailed shoreline. */
    private static void reconcileWithCoast(Map<Role, List<LayerIndex.Source>> sources, Envelope extent) {
        List<LayerIndex.Source> coast = sources.getOrDefault(Role.COAST, List.of());
        if (coast.isEmpty()) {
            return;
        }
        List<Geometry> land = CoastLand.land(coast, sources.getOrDefault(Role.LAND, List.of()), extent);
        if (land != null) {
            sources.put(Role.LAND, numbered(land, null));
        }
        List<Geometry> lakes = CoastLand.lakes(coast);
        if (!lakes.isEmpty()) {
            List<LayerIndex.Source> kept = new ArrayList<>(
                    CoastLand.keepUnmatchedLakes(sources.getOrDefault(Role.LAKE, List.of()), lakes));
            kept.addAll(numbered(lakes, "gshhg"));
            sources.put(Role.LAKE, kept);
        }
        List<LayerIndex.Source> regions = sources.get(Role.REGION);
        if (regions != null) {
            double midLat = WebMercator.lat((extent.getMinY() + extent.getMaxY()) / 2);
            sources.put(Role.REGION, numbered(CoastLand.inlandBoundaries(regions, coast, midLat), null));
        }
    }

    /** Derived shapes draw after every loaded one, in derivation order. */
    private static List<LayerIndex.Source> numbered(List<Geometry> geoms, String cls) {
        List<LayerIndex.Source> out = new ArrayList<>(geoms.size());
        for (int i = 0; i < geoms.size(); i++) {
            out.add(new LayerIndex.Source(geoms.get(i), cls, Integer.MAX_VALUE / 2 + i));
        }
        return out;
    }

    static Geometry toWorld(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, WebMercator.x(lon));
                seq.setOrdinate(i, 1, WebMercator.y(lat));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return g;
    }

    /** Shapes of {@code role} meeting a world-unit envelope, simplified for {@code zoom}, in source order. */
    public List<Shape> query(Role role, Envelope world, int zoom) {
        LayerIndex li = index.get(role);
        return li == null ? List.of() : li.query(world, zoom);
    }

    /** Features loaded for a role (0 when the manifest has no such layer). */
    public int featureCount(Role role) {
        return counts.getOrDefault(role, 0);
    }

    public Kind kind() {
        return kind;
    }

    /** Hash of the manifest entry and every layer file: names the tile cache, so new data never shows old tiles. */
    public String version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String attribution() {
        return attribution;
    }

    /** Extent of all data in world units; outside it tiles are a neutral colour. */
    public Envelope worldExtent() {
        return new Envelope(worldExtent);
    }
}
