package org.beltmap.core.towns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Point;

/**
 * The regional centre marked in a hand-made towns layer: a column {@code is_regional_centre} (or
 * {@code regional_centre}, {@code is_centre}) that says yes on one row. Used only when the project names no centre;
 * a centre named in the project always wins.
 */
public final class CentreFlag {

    /** The flag columns, in order of preference, matched without regard to case. */
    public static final List<String> COLUMNS = List.of("is_regional_centre", "regional_centre", "is_centre");
    /** Part of the problem line about several flagged rows (replaced when the region is re-derived). */
    public static final String PROBLEM = "towns are flagged as the regional centre";
    private static final Set<String> YES = Set.of("1", "true", "yes", "да", "t", "y");

    private CentreFlag() {
    }

    /** Whether a flag value says yes: 1, true, yes, да, t, y (any case), a boolean true or the number 1. */
    public static boolean truthy(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() == 1;
        }
        if (v == null) {
            return false;
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        return YES.contains(s) || s.matches("1\\.0+");
    }

    /** Whether the row carries a yes in one of the flag columns. */
    public static boolean flagged(Map<String, Object> attributes) {
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            if (COLUMNS.contains(e.getKey().trim().toLowerCase(Locale.ROOT)) && truthy(e.getValue())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The town flagged as the regional centre across the towns layers, in layer and row order. With more than one
     * flagged, the first is taken and a problem names the file and the rows.
     *
     * @param towns the towns made of these layers (the flagged row's town is looked up among them)
     * @param file  a layer's file, for the problem line
     */
    public static Optional<Town> centre(List<Layer> townLayers, List<Town> towns, Function<Layer, Path> file,
                                        List<String> problems) {
        Town first = null;
        List<String> rows = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Layer layer : townLayers) {
            boolean csv = layer.spec().path().toLowerCase(Locale.ROOT).endsWith(".csv");
            for (Feature f : layer.features()) {
                if (!flagged(f.attributes())) {
                    continue;
                }
                Town t = townOf(f, towns);
                if (t == null) {
                    continue; // a row without a location is no town
                }
                first = first == null ? t : first;
                rows.add((csv ? "row " + (f.index() + 2) : "feature " + (f.index() + 1)) + " (" + t.name(Locale.ROOT) + ")");
                Path p = file.apply(layer);
                if (!files.contains(p.toString())) {
                    files.add(p.toString());
                }
            }
        }
        if (rows.size() > 1) {
            problems.add(String.join(", ", files) + ": " + rows.size() + " " + PROBLEM + " ("
                    + String.join(", ", rows) + "); the first, " + first.name(Locale.ROOT) + ", is taken. Fix: keep the "
                    + "flag on one row, or name the centre in the project (Analysis → Settings…, Centres)");
        }
        return Optional.ofNullable(first);
    }

    private static Town townOf(Feature f, List<Town> towns) {
        if (!(f.geometry() instanceof Point p) || p.isEmpty()) {
            return null;
        }
        for (Town t : towns) {
            if (t.attributes() == f.attributes()
                    || (t.lon() == p.getX() && t.lat() == p.getY() && t.attributes().equals(f.attributes()))) {
                return t;
            }
        }
        return null;
    }
}
