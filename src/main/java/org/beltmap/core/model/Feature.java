package org.beltmap.core.model;

import java.util.Collections;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** One record of a layer: geometry in WGS84 lon/lat and its attributes, in source order. */
public record Feature(int index, Geometry geometry, Map<String, Object> attributes) {

    public Feature {
        attributes = Collections.unmodifiableMap(attributes);
    }

    public Object get(String field) {
        return attributes.get(field);
    }

    public String getString(String field) {
        Object v = attributes.get(field);
        return v == null ? null : v.toString();
    }

    /** Numeric attribute, or NaN when absent or not a number. */
    public double getDouble(String field) {
        Object v = attributes.get(field);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return Double.parseDouble(s.trim().replace(',', '.').replace("\u00a0", "").replace(" ", ""));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
