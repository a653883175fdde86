package org.beltmap.app.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A premultiplied ARGB image to draw static layers into, off the FX thread: Java 2D for antialiased paths and
 * fills, and a plain Bresenham loop into the pixel array for dense hairlines (a Java 2D call per segment costs
 * more than the handful of pixels it sets).
 */
public final class RasterCanvas {

    private final BufferedImage image;
    private final int[] pixels;
    private final int width;
    private final int height;
    private Graphics2D g;

    RasterCanvas(BufferedImage image) {
        this.image = image;
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.height = image.getHeight();
    }

    static RasterCanvas create(int width, int height) {
        return new RasterCanvas(new BufferedImage(Math.max(1, width), Math.max(1, height),
                BufferedImage.TYPE_INT_ARGB_PRE));
    }

    BufferedImage image() {
        return image;
    }

    /** Java 2D on the image, antialiased, with pure strokes (as JavaFX draws them). */
    Graphics2D graphics() {
        if (g == null) {
            g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        }
        return g;
    }

    void dispose() {
        if (g != null) {
            g.dispose();
            g = null;
        }
    }

    /** Premultiplied ARGB of a JavaFX colour. */
    static int argbPre(javafx.scene.paint.Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * c.getOpacity() * 255);
        int gr = (int) Math.round(c.getGreen() * c.getOpacity() * 255);
        int b = (int) Math.round(c.getBlue() * c.getOpacity() * 255);
        return a << 24 | r << 16 | gr << 8 | b;
    }

    /** An aliased one-pixel line (two pixels, side by side, when {@code thick}); pixels off the image are skipped. */
    void line(int x0, int y0, int x1, int y1, int argb, boolean thick) {
        if ((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 >= width && x1 >= width) || (y0 >= height && y1 >= height)) {
            return;
        }
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        boolean steep = -dy > dx;
        int err = dx + dy;
        int x = x0;
        int y = y0;
        while (true) {
            set(x, y, argb);
            if (thick) {
                set(steep ? x + 1 : x, steep ? y : y + 1, argb);
            }
            if (x == x1 && y == y1) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /** A square dot of {@code size} pixels centred on (x, y). */
    void dot(int x, int y, int size, int argb) {
        for (int yy = y - size / 2; yy < y - size / 2 + size; yy++) {
            for (int xx = x - size / 2; xx < x - size / 2 + size; xx++) {
                set(xx, yy, argb);
            }
        }
    }

    private void set(int x, int y, int argb) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        int a = argb >>> 24;
        int i = y * width + x;
        if (a == 255) {
            pixels[i] = argb;
        } else {
            int d = pixels[i];
            int k = 255 - a;
            int rb = ((d & 0x00ff00ff) * k + 0x00800080) >>> 8 & 0x00ff00ff;
            int ag = ((d >>> 8 & 0x00ff00ff) * k + 0x00800080) & 0xff00ff00;
            pixels[i] = argb + (rb | ag);
        }
    }
}
