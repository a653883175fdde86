package org.beltmap.core.isochrones;

import org.locationtech.jts.geom.Geometry;

/** The area reachable within {@code minutes} from {@code centre} (a name, or several joined by " + "), lon/lat. */
public record Isochrone(double minutes, String centre, Geometry area, double areaKm2) {
}
