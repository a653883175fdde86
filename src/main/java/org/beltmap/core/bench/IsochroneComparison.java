package org.beltmap.core.bench;

import org.beltmap.core.network.RoadGraph;

/**
 * A peer isochrone implementation to benchmark against (GraphHopper in the {@code bench} Maven profile).
 * Found with {@link java.util.ServiceLoader}, so the app never links against the peer.
 */
public interface IsochroneComparison {

    String name();

    /** Builds the peer's own graph from ours; not timed. */
    void prepare(RoadGraph graph, int centreNode, double[] minutes, double toleranceM) throws Exception;

    /** One isochrone computation for all intervals (tree + contours); returns the polygon count. */
    int run() throws Exception;
}
