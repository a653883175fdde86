package org.beltmap.app.map;

import javafx.scene.canvas.GraphicsContext;

/** Something drawn on the map overlay canvas, in order, each frame the map moves or its data changes. */
public interface Painter {

    void paint(GraphicsContext g, ScreenTransform t);

    default boolean isVisible() {
        return true;
    }
}
