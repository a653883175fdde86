package org.beltmap.core.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.LocalizedText;
import org.beltmap.core.model.Project;
import org.beltmap.core.model.Published;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Hand-made regions anywhere on Earth for the whole pipeline: a road layer (class and, when asked, a mapped
 * {@code oneway} field) and towns, with coordinates in kilometres from an origin (east, north).
 */
public final class TestRegions {

    private static final GeometryFactory GF = new GeometryFactory();
    private final double lon0;
    private final double lat0;
    private final boolean oneway;
    private final List<Feature> roads = new ArrayList<>();
    private final List<Town> towns = new ArrayList<>();
    private final List<Town> centres = new ArrayList<>();

    /** @param oneway whether the road layer maps the logical field {@code oneway} to its column */
    public TestRegions(double lon0, double lat0, boolean oneway) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.oneway = oneway;
    }

    public double lon(double xKm) {
        return lon0 + xKm * 1000 / Geodesy.metresPerDegreeLon(lat0);
    }

    public double lat(double yKm) {
        return lat0 + yKm * 1000 / Geodesy.METRES_PER_DEGREE;
    }

    /** A road through x1,y1,x2,y2,... km; {@code onewayValue} is its {@code oneway} column (null: none). */
    public TestRegions road(String cls, Object onewayValue, double... km) {
        Coordinate[] cs = new Coordinate[km.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(lon(km[2 * i]), lat(km[2 * i + 1]));
        }
        LineString l = GF.createLineString(cs);
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("class", cls);
        if (onewayValue != null) {
            attrs.put("oneway", onewayValue);
        }
        roads.add(new Feature(roads.size(), l, attrs));
        return this;
    }

    public Town town(String name, double xKm, double yKm) {
        Town t = new Town(name, name, name, lon(xKm), lat(yKm), 20_000, null, Published.NONE, null);
        towns.add(t);
        return t;
    }

    public TestRegions centre(String name, double xKm, double yKm) {
        centres.add(town(name, xKm, yKm));
        return this;
    }

    /** 21 points from (x, y) in steps of (dx, dy) km, as x1,y1,x2,y2,... */
    private static double[] straight(double x, double y, double dx, double dy) {
        double[] km = new double[42];
        for (int i = 0; i <= 20; i++) {
            km[2 * i] = x + i * dx;
            km[2 * i + 1] = y + i * dy;
        }
        return km;
    }

    public Region region() {
        Map<String, String> fields = oneway ? Map.of("class", "class", "oneway", "oneway") : Map.of("class", "class");
        LayerSpec spec = new LayerSpec("roads", LayerKind.ROADS, "roads.geojson", LocalizedText.of("roads"), true,
                fields, null, null, null);
        Project p = new Project(null, 1, LocalizedText.of("Test"), List.of(spec), List.of(), Settings.defaults());
        List<String> columns = oneway ? List.of("class", "oneway") : List.of("class");
        return new Region(p, List.of(new Layer(spec, roads, columns, "OGC:CRS84")), List.copyOf(towns), List.of(),
                List.copyOf(centres));
    }

    /**
     * A 200 × 200 km region around the origin: a road every 20 km each way (every fifth federal, the rest
     * regional), a diagonal regional road, local streets with alternating one-way directions when the layer is
     * directed, a centre in the middle and {@code towns} towns at random spots (some far from any road).
     */
    public static TestRegions grid(double lon0, double lat0, boolean directed, int towns, long seed) {
        TestRegions r = new TestRegions(lon0, lat0, directed);
        // Every road has a vertex every 10 km, so roads meet wherever they cross.
        for (int k = -5; k <= 5; k++) {
            String cls = k % 5 == 0 ? "federal_M" : "regional";
            r.road(cls, null, straight(-100, 20 * k, 10, 0));
            r.road(cls, null, straight(20 * k, -100, 0, 10));
        }
        r.road("regional", null, straight(-100, -100, 10, 10));
        for (int k = -5; k < 5; k++) {
            // Local streets half-way between the main roads, one-way in turn.
            Object dir = directed ? (k % 2 == 0 ? "yes" : "-1") : null;
            r.road("local", dir, straight(20 * k + 10, -100, 0, 10));
        }
        r.centre("Centre", 3, 2);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < towns; i++) {
            r.town("T" + i, -95 + 190 * rnd.nextDouble(), -95 + 190 * rnd.nextDouble());
        }
        return r;
    }
}
