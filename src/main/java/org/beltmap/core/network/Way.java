package org.beltmap.core.network;

/**
 * The source of a run of edges: a feature of a line layer, with its class, reference (e.g. "M-4") and speed.
 * Rays and route descriptions name themselves after ways.
 */
public record Way(String layerId, int featureIndex, String roadClass, String ref, double speedKmh) {
}
