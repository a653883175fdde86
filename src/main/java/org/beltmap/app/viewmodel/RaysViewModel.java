package org.beltmap.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.beltmap.app.edit.Edit;
import org.beltmap.app.edit.UndoStack;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.model.RayEdit;
import org.beltmap.core.model.RayEdits;
import org.beltmap.core.model.Region;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.rays.RayFinder;
import org.beltmap.core.rays.UserRays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The rays on the map: derived ones combined with the user's edits. Every change (draw, rename, move a vertex,
 * delete) is one undoable edit of the project's {@link RayEdits}; editing a derived ray turns it into a
 * user-defined copy that replaces it.
 */
public final class RaysViewModel {

    /** Vertex spacing of a derived ray when it becomes editable (degrees, about 2 km). */
    static final double EDIT_SIMPLIFY_DEG = 0.02;
    private final Messages m;
    private final UndoStack undo;
    private final ObjectProperty<RayEdits> edits = new SimpleObjectProperty<>(this, "edits", RayEdits.NONE);
    private final ObservableList<Ray> rays = FXCollections.observableArrayList();
    private final ObjectProperty<Ray> selected = new SimpleObjectProperty<>(this, "selected");
    private List<Ray> derived = List.of();
    private Region region;

    public RaysViewModel(Messages m, UndoStack undo) {
        this.m = m;
        this.undo = undo;
        edits.addListener((o, a, b) -> rebuild());
    }

    /** A project was opened: its saved edits become current, history starts empty. */
    void load(Region r) {
        region = r;
        derived = List.of();
        selected.set(null);
        edits.set(r == null ? RayEdits.NONE : r.project().rayEdits());
        rebuild();
    }

    /** The analysis produced new derived rays. */
    void derived(List<Ray> list) {
        derived = list == null ? List.of() : list;
        rebuild();
    }

    private void rebuild() {
        Ray sel = selected.get();
        if (region == null || region.centres().isEmpty()) {
            rays.clear();
            return;
        }
        rays.setAll(UserRays.effective(derived, edits.get(), region.towns(), region.centres().get(0),
                RayFinder.railwayLines(region), RayFinder.Options.defaults().catchmentKm()));
        selected.set(sel == null ? null : rays.stream().filter(r -> r.id().equals(sel.id())).findFirst().orElse(null));
    }

    public void rename(Ray r, String name) {
        if (name == null || name.isBlank() || name.equals(r.name())) {
            return;
        }
        change(m.get("edit.ray.rename", r.name()), edits.get().with(editable(r).withName(name.trim())));
    }

    public void delete(Ray r) {
        RayEdits next = r.userDefined() ? edits.get().without(r.id(), false) : edits.get().without(r.name(), true);
        change(m.get("edit.ray.delete", r.name()), next);
        selected.set(null);
    }

    /** Moves vertex {@code index} of the ray's editable line to lon/lat. */
    public void moveVertex(Ray r, int index, double lon, double lat) {
        RayEdit e = editable(r);
        List<double[]> c = new ArrayList<>(e.coordinates());
        if (index < 0 || index >= c.size()) {
            return;
        }
        c.set(index, new double[] {lon, lat});
        change(m.get("edit.ray.move", r.name()), edits.get().with(e.withCoordinates(c)));
    }

    /** Adds a ray drawn by the user (lon/lat pairs, centre first). */
    public void add(String name, List<double[]> coordinates) {
        if (coordinates.size() < 2) {
            return;
        }
        RayEdit e = new RayEdit("U" + UUID.randomUUID().toString().substring(0, 8), name, "road", coordinates, null);
        change(m.get("edit.ray.add", name), edits.get().with(e));
    }

    /** The vertices the user can drag: the user ray's own, or a derived ray's simplified line. */
    public List<double[]> vertices(Ray r) {
        return editable(r).coordinates();
    }

    private RayEdit editable(Ray r) {
        if (r.userDefined()) {
            return edits.get().rays().stream().filter(e -> e.id().equals(r.id())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no edit for user ray " + r.id()));
        }
        List<double[]> c = new ArrayList<>();
        for (Coordinate x : DouglasPeuckerSimplifier.simplify(r.line(), EDIT_SIMPLIFY_DEG).getCoordinates()) {
            c.add(new double[] {x.x, x.y});
        }
        return new RayEdit("U" + r.id() + "-" + UUID.randomUUID().toString().substring(0, 6), r.name(), r.mode(), c,
                r.name());
    }

    private void change(String description, RayEdits next) {
        RayEdits before = edits.get();
        undo.perform(org.beltmap.app.edit.Edit.of(description, () -> edits.set(next), () -> edits.set(before)));
    }

    public ObjectProperty<RayEdits> editsProperty() {
        return edits;
    }

    public ObservableList<Ray> rays() {
        return rays;
    }

    public ObjectProperty<Ray> selectedProperty() {
        return selected;
    }
}
