package org.beltmap.core.bench;

/**
 * One full redraw of the map overlay, measured headless (the JavaFX side lives in the app and is found with
 * {@link java.util.ServiceLoader}, so the CLI never links against the toolkit).
 */
public interface MapRedraw {

    /** Builds a synthetic map with this many towns and road segments in a {@code width}×{@code height} view; not timed. */
    void prepare(int towns, int roadSegments, int width, int height) throws Exception;

    /** Paints every overlay layer and rasterises the frame; returns the elapsed nanoseconds. */
    long redraw() throws Exception;

    /** What the figure includes (pipeline, zoom), for the bench's comment line. */
    String describe();

    /** A repaint of the same view with the static layers' raster kept (a selection or colour change); nanoseconds. */
    default long redrawCached() throws Exception {
        throw new UnsupportedOperationException("redrawCached");
    }

    /**
     * A drag of the prepared map by ({@code dx}, {@code dy}) px per frame, {@code frames} frames paced at 60 Hz as
     * the toolkit's pulses are; returns each frame's paint + rasterise time in nanoseconds.
     */
    default long[] pan(int frames, double dx, double dy) throws Exception {
        throw new UnsupportedOperationException("pan");
    }
}
