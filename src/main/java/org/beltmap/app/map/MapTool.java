package org.beltmap.app.map;

import javafx.scene.input.MouseEvent;

/** An editing tool that sees the map's mouse events first; returning true consumes the event (no panning). */
public interface MapTool {

    boolean handle(MouseEvent e, double lon, double lat);
}
