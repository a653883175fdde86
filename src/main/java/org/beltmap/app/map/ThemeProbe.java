package org.beltmap.app.map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;

/**
 * Whether the window shows the dark theme, read from a themed label's text colour (light text on dark). The
 * theme is a user-agent stylesheet switched at run time, with no event of its own; CSS re-styling every label is.
 */
public final class ThemeProbe {

    private ThemeProbe() {
    }

    public static BooleanBinding dark(Labeled probe) {
        return Bindings.createBooleanBinding(() -> probe.getTextFill() instanceof Color c && c.getBrightness() > 0.6,
                probe.textFillProperty());
    }
}
