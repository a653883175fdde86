package org.beltmap.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/** A project with its data loaded: every layer, the towns and settlements, and the resolved centres. */
public final class Region {

    private final Project project;
    private final Map<String, Layer> layers;
    private final List<Town> towns;
    private final List<Town> settlements;
    private final List<Town> centres;
    private final List<String> problems;

    public Region(Project project, List<Layer> layers, List<Town> towns, List<Town> settlements, List<Town> centres) {
        this(project, layers, towns, settlements, centres, List.of());
    }

    /** @param problems messages about layers that could not be loaded; the rest of the region is usable */
    public Region(Project project, List<Layer> layers, List<Town> towns, List<Town> settlements, List<Town> centres,
                  List<String> problems) {
        this.project = project;
        Map<String, Layer> byId = new LinkedHashMap<>();
        for (Layer l : layers) {
            byId.put(l.spec().id(), l);
        }
        this.layers = java.util.Collections.unmodifiableMap(byId);
        this.towns = List.copyOf(towns);
        this.settlements = List.copyOf(settlements);
        this.centres = List.copyOf(centres);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    public Project project() {
        return project;
    }

    public Map<String, Layer> layers() {
        return layers;
    }

    public Optional<Layer> layer(String id) {
        return Optional.ofNullable(layers.get(id));
    }

    public List<Layer> layersOfKind(LayerKind kind) {
        List<Layer> out = new ArrayList<>();
        for (Layer l : layers.values()) {
            if (l.spec().kind() == kind) {
                out.add(l);
            }
        }
        return out;
    }

    public List<Town> towns() {
        return towns;
    }

    public List<Town> settlements() {
        return settlements;
    }

    /** The centres as points; a centre named after a town is that town. */
    public List<Town> centres() {
        return centres;
    }

    public Optional<Town> town(String nameOrId) {
        return towns.stream().filter(t -> t.matches(nameOrId)).findFirst();
    }

    /** Extent of all towns and line layers, for the initial map view. */
    public Envelope extent() {
        Envelope e = new Envelope();
        for (Town t : towns) {
            e.expandToInclude(t.lon(), t.lat());
        }
        for (Layer l : layers.values()) {
            if (l.spec().kind() == LayerKind.BOUNDARY) {
                e.expandToInclude(l.extent());
            }
        }
        if (e.isNull()) {
            for (Layer l : layers.values()) {
                e.expandToInclude(l.extent());
            }
        }
        return e;
    }
}
