package org.beltmap.app.map;

/**
 * A layer whose look depends only on its own data and style and the view's scale (roads, railways, isochrones):
 * drawn with Java 2D into the {@link LayerRasterCache}, off the FX thread, and blitted on pans. It has no labels.
 */
public interface RasterPainter extends Painter {

    /** Draws into a raster whose pixels are {@code t}'s; must not touch JavaFX state (runs on any thread). */
    void render(RasterCanvas c, ScreenTransform t);

    /** Changes whenever what {@link #render} draws changes other than by the view (new data, style). */
    default Object renderKey() {
        return this;
    }

    /** JavaFX colour to Java 2D. */
    static java.awt.Color awt(javafx.scene.paint.Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
