package org.beltmap.core.model;

/** A centre of the settlement system: named after a town of the towns layer, or placed at explicit coordinates. */
public record Centre(String town, Double lon, Double lat) {

    public static Centre ofTown(String town) {
        return new Centre(town, null, null);
    }

    public boolean hasCoordinates() {
        return lon != null && lat != null;
    }
}
