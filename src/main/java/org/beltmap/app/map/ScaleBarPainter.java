package org.beltmap.app.map;

import java.util.function.BooleanSupplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.geo.ScaleBar;
import org.beltmap.core.geo.WebMercator;

/**
 * A scale bar in the map's lower-left corner: a round distance (1/2/5 × 10ⁿ) at the latitude where it is drawn,
 * since the Mercator scale changes with latitude (about 10 % across a region the size of Krasnodar Krai).
 */
public final class ScaleBarPainter implements Painter {

    static final double MAX_PX = 120;
    private final Messages m;
    private final BooleanSupplier dark;

    public ScaleBarPainter(Messages m, BooleanSupplier dark) {
        this.m = m;
        this.dark = dark;
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        double k = t.magnify();
        double x = 12 * k;
        double y = t.height() - 14 * k;
        double lat = WebMercator.lat(t.worldY(y));
        ScaleBar.Step s = ScaleBar.choose(ScaleBar.metresPerPixel(t.scale(), lat), MAX_PX * k);
        String text = m.decimal(s.value(), 0) + " " + m.get(s.inKm() ? "unit.km" : "unit.m");
        boolean d = dark.getAsBoolean();
        Font font = Font.font("System", 11 * k);
        double w = s.pixels();
        g.setFill(MapBackdrop.panel(d));
        g.fillRoundRect(x - 6 * k, y - 22 * k, w + 12 * k, 28 * k, 6, 6);
        g.setStroke(MapBackdrop.ink(d));
        g.setLineWidth(1.5 * k);
        // Ticks at the ends and the middle, as a surveyor's bar.
        g.strokeLine(x, y, x + w, y);
        g.strokeLine(x, y - 5 * k, x, y);
        g.strokeLine(x + w, y - 5 * k, x + w, y);
        g.setLineWidth(1);
        g.strokeLine(x + w / 2, y - 3 * k, x + w / 2, y);
        g.setFont(font);
        g.setFill(MapBackdrop.ink(d));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, x + w / 2, y - 5 * k);
    }
}
