package org.beltmap.core.model;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/** A loaded layer: its specification, its features and their common extent. */
public record Layer(LayerSpec spec, List<Feature> features, List<String> fieldNames, String crs) {

    public Layer {
        features = List.copyOf(features);
        fieldNames = List.copyOf(fieldNames);
    }

    public Envelope extent() {
        Envelope e = new Envelope();
        for (Feature f : features) {
            if (f.geometry() != null) {
                e.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        return e;
    }

    public int size() {
        return features.size();
    }
}
