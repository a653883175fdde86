package org.beltmap.core.analysis;

import java.util.List;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Region;

/**
 * An МТД needs roads: without a roads layer, or with its file missing, unreadable or empty, the network would
 * have no nodes and every town would come out "unreachable" as if that were a result. The analysis refuses
 * instead, naming the project and the layer; the CLI exits 2, the app shows it as a problem and stays usable.
 * (An IllegalArgumentException in the form of the readers' messages: the analysis does no file I/O, core.io's.)
 */
final class NetworkCheck {

    /** Longest quote of the loading problem inside the message. */
    private static final int REASON_MAX = 200;

    private NetworkCheck() {
    }

    static void require(Region region) {
        var project = region.project();
        List<LayerSpec> roads = project.layers().stream().filter(l -> l.kind() == LayerKind.ROADS).toList();
        if (roads.isEmpty()) {
            throw refused(project.file(), null, "has no roads layer, so no road network can be built and "
                    + "no МТД computed", "add a layer with \"kind\": \"roads\" (road lines as GeoJSON, CSV with WKT or "
                    + "GeoPackage) to the project");
        }
        List<Layer> loaded = region.layersOfKind(LayerKind.ROADS);
        if (loaded.stream().anyMatch(NetworkCheck::hasLines)) {
            return;
        }
        LayerSpec first = roads.get(0);
        if (loaded.isEmpty()) {
            throw refused(project.file(), "layer '" + first.id() + "'", "the roads file '" + first.path()
                    + "' was not loaded" + reason(region, first) + ", so no road network can be built",
                    "correct the layer's file or its \"path\" (`beltmap info` lists every problem)");
        }
        throw refused(project.file(), "layer '" + first.id() + "'", "the roads file '" + first.path()
                + "' has no road lines (" + loaded.get(0).size() + " features, none with a geometry), so no road "
                + "network can be built", "put the region's roads into the file, or point the layer at the file that has them");
    }

    /** "file: layer 'id': problem. Fix: fix", one line, as a DataException would say it. */
    private static IllegalArgumentException refused(java.nio.file.Path file, String record, String problem, String fix) {
        return new IllegalArgumentException((file == null ? "(no file)" : file.toString())
                + (record == null ? "" : ": " + record) + ": " + problem + ". Fix: " + fix);
    }

    private static boolean hasLines(Layer l) {
        for (Feature f : l.features()) {
            if (f.geometry() != null && !f.geometry().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The loading problem of the layer, without its own fix, shortened: " (file: not found)". */
    private static String reason(Region region, LayerSpec spec) {
        String name = spec.path().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        for (String p : region.problems()) {
            if (p.contains("layer '" + spec.id() + "'") || !name.isEmpty() && p.contains(name)) {
                int fix = p.lastIndexOf(". Fix: ");
                String r = fix < 0 ? p : p.substring(0, fix);
                String own = region.project().file() + ": layer '" + spec.id() + "': ";
                r = r.startsWith(own) ? r.substring(own.length()) : r;
                return " (" + (r.length() > REASON_MAX ? r.substring(0, REASON_MAX) + "…" : r) + ")";
            }
        }
        return "";
    }
}
