package org.beltmap.app.map;

import javafx.scene.canvas.GraphicsContext;

/**
 * Something drawn on the map overlay canvas, in order, each frame the map moves or its data changes. A frame
 * draws every painter's symbols first, reserving their boxes in one shared {@link LabelGrid}, then every
 * painter's labels by {@link #labelPriority()}, each placed only where the grid is still free.
 */
public interface Painter {

    void paint(GraphicsContext g, ScreenTransform t);

    /** Draws the symbols and reserves their boxes; painters without labels just paint. */
    default void paintSymbols(GraphicsContext g, ScreenTransform t, LabelGrid grid) {
        paint(g, t);
    }

    /** Places and draws labels where the grid is free, after all symbols of the frame. */
    default void paintLabels(GraphicsContext g, ScreenTransform t, LabelGrid grid) {
    }

    /**
     * Draws what {@link #paintSymbols} left pending (a raster waiting for its blit). The frame calls it straight
     * after the symbols unless nothing else draws before this painter's labels, which then share the raster.
     */
    default void flushSymbols(GraphicsContext g) {
    }

    /** Whether {@link #paintLabels} draws anything. */
    default boolean drawsLabels() {
        return false;
    }

    /** Lower places its labels first (towns 0, rays 1, other settlements 2). */
    default int labelPriority() {
        return 0;
    }

    default boolean isVisible() {
        return true;
    }
}
