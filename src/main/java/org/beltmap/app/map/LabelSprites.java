package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Labels with their halo drawn once by JavaFX (same fonts, same glyphs as the vector labels) and kept as
 * sprites: a pan then stamps a few hundred small images instead of drawing each text five times. New labels of
 * a frame are drawn together in one atlas and one snapshot. FX thread only.
 */
final class LabelSprites {

    /** Transparent border around the text, room for the halo and antialiasing. */
    static final int PAD = 2;
    private static final int MAX_KEPT = 4000;
    private static final int ATLAS_HEIGHT = 4096;
    private final Map<String, DenseRaster.Sprite> kept = new LinkedHashMap<>(512, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DenseRaster.Sprite> e) {
            return size() > MAX_KEPT;
        }
    };
    private final Color halo;
    private final double[][] haloOffsets;
    private final Color text;

    LabelSprites(Color halo, double[][] haloOffsets, Color text) {
        this.halo = halo;
        this.haloOffsets = haloOffsets;
        this.text = text;
    }

    /** One label to draw: {@code width} as {@link TextWidths} measures it. */
    record Label(String text, Font font, double width) {
        String key() {
            return font.getName() + '\u0000' + font.getSize() + '\u0000' + text;
        }

        int spriteWidth() {
            return (int) Math.ceil(width) + 2 * PAD + 2;
        }

        int spriteHeight() {
            return (int) Math.ceil(font.getSize() + 2) + 2 * PAD;
        }
    }

    /** Sprites for the labels, in order; those not kept yet are drawn first. */
    List<DenseRaster.Sprite> sprites(List<Label> labels) {
        List<Label> missing = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Label l : labels) {
            if (!kept.containsKey(l.key()) && seen.add(l.key())) {
                missing.add(l);
            }
        }
        for (int from = 0; from < missing.size(); ) {
            from = drawAtlas(missing, from);
        }
        List<DenseRaster.Sprite> out = new ArrayList<>(labels.size());
        for (Label l : labels) {
            out.add(kept.get(l.key()));
        }
        return out;
    }

    /** Draws labels from {@code from} on, stacked in one canvas up to its height; returns where it stopped. */
    private int drawAtlas(List<Label> labels, int from) {
        int height = 0;
        int width = 1;
        int to = from;
        while (to < labels.size() && (to == from || height + labels.get(to).spriteHeight() <= ATLAS_HEIGHT)) {
            height += labels.get(to).spriteHeight();
            width = Math.max(width, labels.get(to).spriteWidth());
            to++;
        }
        Canvas c = new Canvas(width, height);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int top = 0;
        for (int i = from; i < to; i++) {
            Label l = labels.get(i);
            double y = top + PAD + (l.font().getSize() + 2) / 2;
            g.setFont(l.font());
            g.setFill(halo);
            for (double[] o : haloOffsets) {
                g.fillText(l.text(), PAD + o[0], y + o[1]);
            }
            g.setFill(text);
            g.fillText(l.text(), PAD, y);
            top += l.spriteHeight();
        }
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        javafx.scene.image.WritableImage atlas = c.snapshot(p, null);
        top = 0;
        for (int i = from; i < to; i++) {
            Label l = labels.get(i);
            kept.put(l.key(), DenseRaster.Sprite.of(atlas, 0, top, l.spriteWidth(), l.spriteHeight()));
            top += l.spriteHeight();
        }
        return to;
    }
}
