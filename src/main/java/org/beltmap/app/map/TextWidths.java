package org.beltmap.app.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Label widths from per-character advances measured once per font: measuring every label with a Text node
 * costs more than drawing it when thousands of towns compete for space. Kerning is ignored (boxes are a
 * pixel or two wide of the truth, which only adds a little air between labels).
 */
final class TextWidths {

    private final Font font;
    private final Map<Integer, Double> advances = new HashMap<>();

    TextWidths(Font font) {
        this.font = font;
    }

    double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += advances.computeIfAbsent(cp, this::measure);
            i += Character.charCount(cp);
        }
        return w;
    }

    private double measure(int codePoint) {
        Text t = new Text(new String(Character.toChars(codePoint)));
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
