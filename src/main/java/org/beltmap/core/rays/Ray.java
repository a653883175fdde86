package org.beltmap.core.rays;

import java.util.List;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.LineString;

/**
 * A transport ray (транспортный луч): a corridor radiating from a centre, named after the road refs it follows.
 * Strength adds up transparent parts: the road class, the population it serves and a parallel railway.
 *
 * @param mode road, railway or waterway
 * @param userDefined drawn or edited by the user (kept as is when the analysis reruns)
 */
public record Ray(String id, String name, String ref, String mode, LineString line, double lengthKm,
                  List<Town> towns, long populationServed, Strength strength, boolean userDefined) {

    /** Strength components, each shown to the user; {@link #total} is their sum. */
    public record Strength(double roadClass, double population, double railway) {

        public double total() {
            return roadClass + population + railway;
        }
    }

    public Ray withName(String newName) {
        return new Ray(id, newName, ref, mode, line, lengthKm, towns, populationServed, strength, true);
    }
}
