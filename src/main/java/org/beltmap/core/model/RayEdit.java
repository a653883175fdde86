package org.beltmap.core.model;

import java.util.List;

/**
 * A ray the user drew or edited, saved in the project. {@code replaces} names the derived ray it stands for
 * (null for a ray drawn from scratch); coordinates are lon/lat pairs from the centre outwards.
 */
public record RayEdit(String id, String name, String mode, List<double[]> coordinates, String replaces) {

    public RayEdit {
        coordinates = List.copyOf(coordinates);
        mode = mode == null ? "road" : mode;
    }

    public RayEdit withName(String n) {
        return new RayEdit(id, n, mode, coordinates, replaces);
    }

    public RayEdit withCoordinates(List<double[]> c) {
        return new RayEdit(id, name, mode, c, replaces);
    }
}
