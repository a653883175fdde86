package org.beltmap.core.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * A peer router that imports the same OpenStreetMap extract as BeltMap (GraphHopper in the {@code bench} Maven
 * profile), to compare import time and travel times. Found with {@link java.util.ServiceLoader}, so the app never
 * links against the peer.
 */
public interface OsmRoutingPeer extends AutoCloseable {

    String name();

    /**
     * Imports the extract into {@code dir} (a fresh folder) for cars, with these speeds per OSM highway value
     * (km/h; "ferry" for ferries) and a tagged maxspeed replacing the class speed, as BeltMap's network does.
     * Each call replaces the previous import.
     */
    void importExtract(Path extract, Path dir, Map<String, Double> speedsKmh) throws Exception;

    /** Minutes by car from one point to each target, NaN where the peer finds no route. */
    double[] minutes(double fromLat, double fromLon, double[] toLat, double[] toLon) throws Exception;

    @Override
    void close();
}
