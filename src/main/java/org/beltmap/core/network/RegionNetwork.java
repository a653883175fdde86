package org.beltmap.core.network;

import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Settings;
import org.locationtech.jts.geom.Envelope;

/** Builds the routable network of a region from its road layers (and railways, as an optional mode). */
public final class RegionNetwork {

    /** Which line layers carry traffic. */
    public enum Mode { ROADS, ROADS_AND_RAILWAYS, RAILWAYS }

    private RegionNetwork() {
    }

    /** Whether a layer of this kind carries traffic in the mode. */
    public static boolean wanted(LayerKind kind, Mode mode) {
        return switch (mode) {
            case ROADS -> kind == LayerKind.ROADS;
            case ROADS_AND_RAILWAYS -> kind == LayerKind.ROADS || kind == LayerKind.RAILWAYS;
            case RAILWAYS -> kind == LayerKind.RAILWAYS;
        };
    }

    /** A feature's speed: its own speed_kmh attribute, else its class's, else the railway or default speed. */
    public static double speed(Settings s, Feature f, String speedField, String cls, boolean rail) {
        double speed = f.getDouble(speedField);
        if (speed > 0) {
            return speed;
        }
        return rail && (cls == null || !s.speedsKmh().containsKey(cls)) ? s.speedFor("railway") : s.speedFor(cls);
    }

    /**
     * The direction of a line feature: two-way unless the layer maps a {@code oneway} field, whose values
     * yes/true/1 run as digitised and -1/reverse against it (see {@link RoadGraph#oneway}).
     */
    public static byte direction(org.beltmap.core.model.LayerSpec spec, Feature f) {
        return spec.fields().containsKey("oneway") ? RoadGraph.oneway(f.get(spec.field("oneway"))) : RoadGraph.BOTH;
    }

    public static RoadGraph build(Region region, Mode mode) {
        Settings s = region.project().settings();
        Envelope extent = region.extent();
        double refLat = extent.isNull() ? 45 : (extent.getMinY() + extent.getMaxY()) / 2;
        GraphBuilder b = new GraphBuilder(s.snapToleranceM(), s.gapJoinM(), refLat);
        for (Layer layer : region.layers().values()) {
            LayerKind kind = layer.spec().kind();
            boolean rail = kind == LayerKind.RAILWAYS;
            if (!wanted(kind, mode)) {
                continue;
            }
            String classField = layer.spec().field("class");
            String speedField = layer.spec().field("speed");
            String refField = layer.spec().field("name");
            for (Feature f : layer.features()) {
                String cls = f.getString(classField);
                double speed = speed(s, f, speedField, cls, rail);
                b.addLines(f.geometry(), new Way(layer.spec().id(), f.index(), rail ? "railway" : cls,
                        f.getString(refField), speed), direction(layer.spec(), f));
            }
        }
        return b.build();
    }
}
