package org.beltmap.core.bundles;

import java.util.List;
import org.beltmap.core.model.LayerKind;
import org.locationtech.jts.geom.Geometry;

/**
 * A linear layer prepared for the overlay, all in metres: its simplified lines and its corridor, the union of
 * the lines' buffers at half the corridor width.
 */
record CorridorLayer(String id, LayerKind kind, List<Line> lines, Geometry corridor) {

    /** One feature's simplified line and the label it is known by (road ref, line name, or #index). */
    record Line(String label, Geometry metric) {
    }
}
