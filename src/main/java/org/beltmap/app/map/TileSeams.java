package org.beltmap.app.map;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Gluon scales each 256-px tile by 2^(zoom − tile zoom) and places it at a fractional pixel; the antialiased tile
 * edges then let the background through as thin seams at fractional zooms. A tile one pixel wider and taller
 * (its last column and row repeated) overlaps its right and bottom neighbours by that pixel and covers the seam.
 */
final class TileSeams {

    private TileSeams() {
    }

    static Image overlapping(Image tile) {
        int w = (int) tile.getWidth();
        int h = (int) tile.getHeight();
        PixelReader r = tile.getPixelReader();
        if (w == 0 || h == 0 || r == null) {
            return tile;
        }
        WritableImage out = new WritableImage(w + 1, h + 1);
        PixelWriter pw = out.getPixelWriter();
        pw.setPixels(0, 0, w, h, r, 0, 0);
        for (int y = 0; y < h; y++) {
            pw.setArgb(w, y, r.getArgb(w - 1, y));
        }
        for (int x = 0; x <= w; x++) {
            pw.setArgb(x, h, r.getArgb(Math.min(x, w - 1), h - 1));
        }
        return out;
    }
}
