package org.beltmap.core.model;

import java.util.ArrayList;
import java.util.List;

/** The user's changes to the derived rays: rays drawn or edited, and derived rays hidden (deleted), by name. */
public record RayEdits(List<RayEdit> rays, List<String> hidden) {

    public static final RayEdits NONE = new RayEdits(List.of(), List.of());

    public RayEdits {
        rays = List.copyOf(rays);
        hidden = List.copyOf(hidden);
    }

    public boolean isEmpty() {
        return rays.isEmpty() && hidden.isEmpty();
    }

    /** Adds or replaces (by id) a user ray. */
    public RayEdits with(RayEdit r) {
        List<RayEdit> list = new ArrayList<>(rays);
        list.removeIf(x -> x.id().equals(r.id()));
        list.add(r);
        return new RayEdits(list, hidden);
    }

    /** Removes a user ray by id, or hides a derived ray by name. */
    public RayEdits without(String idOrDerivedName, boolean derived) {
        List<RayEdit> list = new ArrayList<>(rays);
        List<String> h = new ArrayList<>(hidden);
        if (derived) {
            if (!h.contains(idOrDerivedName)) {
                h.add(idOrDerivedName);
            }
        } else {
            RayEdit removed = list.stream().filter(x -> x.id().equals(idOrDerivedName)).findFirst().orElse(null);
            list.remove(removed);
            if (removed != null && removed.replaces() != null && !h.contains(removed.replaces())) {
                h.add(removed.replaces());
            }
        }
        return new RayEdits(list, h);
    }
}
