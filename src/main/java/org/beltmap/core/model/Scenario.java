package org.beltmap.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.LineString;

/**
 * A what-if over the base network: planned lines added (each with a class or its own speed), stretches closed,
 * speeds changed per road class or per road ref, and centres added. Base data is never modified.
 */
public record Scenario(String name, List<PlannedLine> added, List<LineString> closed, Map<String, Double> classSpeeds,
                       Map<String, Double> refSpeeds, List<double[]> addedCentres) {

    /** A planned road or line: its geometry (lon/lat), class, and an explicit speed that wins when set. */
    public record PlannedLine(LineString line, String roadClass, Double speedKmh, String name) {
    }

    public static final Scenario NONE = new Scenario("base", List.of(), List.of(), Map.of(), Map.of(), List.of());

    public Scenario {
        added = List.copyOf(added);
        closed = List.copyOf(closed);
        classSpeeds = Map.copyOf(classSpeeds);
        refSpeeds = Map.copyOf(refSpeeds);
        addedCentres = List.copyOf(addedCentres);
    }

    public boolean isEmpty() {
        return added.isEmpty() && closed.isEmpty() && classSpeeds.isEmpty() && refSpeeds.isEmpty()
                && addedCentres.isEmpty();
    }

    public Scenario withAdded(PlannedLine p) {
        List<PlannedLine> l = new ArrayList<>(added);
        l.add(p);
        return new Scenario(name, l, closed, classSpeeds, refSpeeds, addedCentres);
    }

    public Scenario withClosed(LineString c) {
        List<LineString> l = new ArrayList<>(closed);
        l.add(c);
        return new Scenario(name, added, l, classSpeeds, refSpeeds, addedCentres);
    }

    public Scenario withClassSpeed(String roadClass, double kmh) {
        Map<String, Double> m = new LinkedHashMap<>(classSpeeds);
        m.put(roadClass, kmh);
        return new Scenario(name, added, closed, m, refSpeeds, addedCentres);
    }
}
