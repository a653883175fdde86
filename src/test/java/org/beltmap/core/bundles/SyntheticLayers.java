package org.beltmap.core.bundles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Layouts with known answers near lon 39, lat 45 (or any other origin), in km offsets from that origin. */
final class SyntheticLayers {

    static final double LON0 = 39.0;
    static final double LAT0 = 45.0;
    static final double KM_PER_DEG_LAT = 111.13;
    static final GeometryFactory GF = new GeometryFactory();
    static final Frame KUBAN = new Frame(LON0, LAT0);

    private SyntheticLayers() {
    }

    /** A local frame: km offsets east and north of (lon0, lat0). */
    record Frame(double lon0, double lat0) {

        double lon(double xKm) {
            return lon0 + xKm / (111.32 * Math.cos(Math.toRadians(lat0)));
        }

        double lat(double yKm) {
            return lat0 + yKm / KM_PER_DEG_LAT;
        }

        /** A line from (x1, y1) to (x2, y2) km, densified every km so it stays straight in metric space too. */
        Geometry line(double x1, double y1, double x2, double y2) {
            int n = (int) Math.ceil(Math.hypot(x2 - x1, y2 - y1));
            Coordinate[] c = new Coordinate[n + 1];
            for (int i = 0; i <= n; i++) {
                double t = i / (double) n;
                c[i] = new Coordinate(lon(x1 + t * (x2 - x1)), lat(y1 + t * (y2 - y1)));
            }
            return GF.createMultiLineString(new org.locationtech.jts.geom.LineString[] {GF.createLineString(c)});
        }

        /** An east–west line 50 km long at y km north of the origin. */
        Geometry eastWest(double yKm) {
            return line(-25, yKm, 25, yKm);
        }

        Town town(String name, double xKm, double yKm, long population) {
            return new Town(name, name, name, lon(xKm), lat(yKm), population, null, null, Map.of());
        }
    }

    static Geometry line(double x1, double y1, double x2, double y2) {
        return KUBAN.line(x1, y1, x2, y2);
    }

    static Geometry eastWest(double yKm) {
        return KUBAN.eastWest(yKm);
    }

    static Layer layer(String id, LayerKind kind, Geometry... lines) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            features.add(new Feature(i, lines[i], Map.of("name", id + "-" + (i + 1))));
        }
        LayerSpec spec = new LayerSpec(id, kind, id + ".geojson", null, true, Map.of(), null, null, null);
        return new Layer(spec, features, List.of("name"), "OGC:CRS84");
    }

    static Town town(String name, double xKm, double yKm, long population) {
        return KUBAN.town(name, xKm, yKm, population);
    }
}
