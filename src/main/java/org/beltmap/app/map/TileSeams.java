package org.beltmap.app.map;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Gluon scales each 256-px tile by 2^(zoom − tile zoom) and places it at a fractional pixel; the antialiased tile
 * edges then let the background through as thin seams at fractional zooms. A tile one pixel wider and taller
 * (its last column and row repeated), shown at that size, overlaps its right and bottom neighbours by the pixel
 * and covers the seam. Gluon fits every tile view to 256 px, so its views are widened as tiles are added.
 */
final class TileSeams {

    private TileSeams() {
    }

    static final double SHOWN = 257;

    /** Shows every tile of the map at {@link #SHOWN} px, now and as Gluon adds tiles. */
    static void showOverlapping(javafx.scene.Parent baseMap) {
        baseMap.getChildrenUnmodifiable().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(TileSeams::widen);
            }
        });
        baseMap.getChildrenUnmodifiable().forEach(TileSeams::widen);
    }

    private static void widen(javafx.scene.Node tile) {
        if (tile instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node n : p.getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.image.ImageView v) {
                    v.setFitWidth(SHOWN);
                    v.setFitHeight(SHOWN);
                }
            }
        }
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
