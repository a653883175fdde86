package org.beltmap.core.network;

/** A short edge added across a gap between a line end and a nearby line, so the user can see and check it. */
public record GapJoin(double fromLon, double fromLat, double toLon, double toLat, double lengthM) {
}
