package org.beltmap.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.LayerKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * Problems in a file that reads but is not fit for a map layer: features without geometry among located ones,
 * empty geometries, a mix of points/lines/polygons, and geometry that does not suit the layer's kind.
 * They are reported, never thrown, so the user keeps the rest of the data.
 */
public final class LayerChecks {

    private LayerChecks() {
    }

    /** Checks that need only the data; {@code csv} decides how records are named (row N vs feature N). */
    public static List<DataException> check(Path file, LayerReader.Data data) {
        List<DataException> out = new ArrayList<>();
        List<Feature> fs = data.features();
        long located = fs.stream().filter(f -> f.geometry() != null).count();
        if (located == 0) {
            return out; // a plain table (join tables, statistics) is fine on its own
        }
        Feature firstNull = null;
        int nulls = 0;
        Feature firstEmpty = null;
        int empties = 0;
        Feature firstOfDim = null;
        for (Feature f : fs) {
            Geometry g = f.geometry();
            if (g == null) {
                nulls++;
                firstNull = firstNull == null ? f : firstNull;
            } else if (g.isEmpty()) {
                empties++;
                firstEmpty = firstEmpty == null ? f : firstEmpty;
            } else if (firstOfDim == null) {
                firstOfDim = f;
            } else if (dimension(g) != dimension(firstOfDim.geometry()) && out.stream().noneMatch(e -> e.getMessage().contains("mixes"))) {
                out.add(new DataException(file, record(data, f), "mixes geometry types: " + g.getGeometryType() + " here, "
                        + firstOfDim.geometry().getGeometryType() + " in " + record(data, firstOfDim),
                        "split the file into one layer per geometry type (points, lines, polygons)"));
            }
        }
        if (nulls > 0) {
            out.add(0, new DataException(file, record(data, firstNull), "has no geometry (null)"
                    + (nulls > 1 ? ", like " + (nulls - 1) + " more" : "") + ", while " + located + " other feature(s) have one",
                    "add coordinates or delete the feature; it is left off the map"));
        }
        if (empties > 0) {
            out.add(0, new DataException(file, record(data, firstEmpty), "has an empty geometry"
                    + (empties > 1 ? ", like " + (empties - 1) + " more" : ""),
                    "add coordinates or delete the feature; it is left off the map"));
        }
        return out;
    }

    /** The geometry a layer kind needs, or null when any geometry will do. */
    public static DataException checkKind(Path file, LayerReader.Data data, LayerKind kind) {
        for (Feature f : data.features()) {
            Geometry g = f.geometry();
            if (g == null || g.isEmpty()) {
                continue;
            }
            boolean ok = switch (kind) {
                case TOWNS, SETTLEMENTS -> g instanceof org.locationtech.jts.geom.Point;
                case ROADS, RAILWAYS, ENGINEERING -> g instanceof Lineal;
                case LAKES -> g instanceof Polygonal;
                case RIVERS, COAST, BOUNDARY -> g instanceof Lineal || g instanceof Polygonal;
                case OTHER -> true;
            };
            if (!ok) {
                String needs = switch (kind) {
                    case TOWNS, SETTLEMENTS -> "points";
                    case ROADS, RAILWAYS, ENGINEERING -> "lines";
                    case LAKES -> "polygons";
                    default -> "lines or polygons";
                };
                return new DataException(file, record(data, f), "is a " + g.getGeometryType() + " but a "
                        + kind.id() + " layer needs " + needs,
                        "point the layer at a file of " + needs + ", or change the layer's kind in the project");
            }
        }
        return null;
    }

    static String record(LayerReader.Data data, Feature f) {
        String base = data.detail().startsWith("CSV") ? "row " + (f.index() + 2) : "feature " + (f.index() + 1);
        for (String key : new String[] {"name_ru", "name", "name_en", "ref", "id"}) {
            Object v = f.get(key);
            if (v != null && !v.toString().isBlank()) {
                return base + " (" + key + "=" + DataException.quote(v) + ")";
            }
        }
        return base;
    }

    private static int dimension(Geometry g) {
        return g instanceof Puntal ? 0 : g instanceof Lineal ? 1 : g instanceof Polygonal ? 2 : g.getDimension();
    }
}
