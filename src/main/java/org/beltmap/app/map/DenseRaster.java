package org.beltmap.app.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Level of detail for layers too dense to read as separate features (tens of thousands of segments or points on
 * screen): drawn aliased with Java 2D into one image and blitted, since at that density antialiasing changes
 * nothing a reader sees but costs most of a frame. Sparse views stay vector.
 */
final class DenseRaster {

    /** Visible segments above which a line layer is drawn as a raster. */
    static final int THRESHOLD = 20_000;
    private BufferedImage image;
    private Graphics2D g2;
    private WritableImage fxImage;
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels;
    private int width;
    private int height;

    /** Premultiplied ARGB pixels of a symbol or label, stamped many times a frame. */
    record Sprite(int[] argb, int width, int height) {

        /** The pixels of a JavaFX image (its premultiplied form, as the raster holds them). */
        static Sprite of(javafx.scene.image.Image image, int x, int y, int w, int h) {
            int[] px = new int[w * h];
            image.getPixelReader().getPixels(x, y, w, h, PixelFormat.getIntArgbPreInstance(), px, 0, w);
            return new Sprite(px, w, h);
        }
    }

    void begin(int width, int height) {
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
            pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            width = image.getWidth();
            height = image.getHeight();
            buffer = new PixelBuffer<>(image.getWidth(), image.getHeight(), IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            fxImage = new WritableImage(buffer);
            g2 = image.createGraphics();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        }
        java.util.Arrays.fill(pixels, 0);
    }

    private boolean thick;

    void colour(Color colour, double width) {
        g2.setColor(new java.awt.Color((float) colour.getRed(), (float) colour.getGreen(), (float) colour.getBlue(),
                (float) colour.getOpacity()));
        thick = width >= 1.5;
    }

    /** One segment in whole pixels (Java 2D's Bresenham loop); two pixels wide for major classes. */
    void line(int x0, int y0, int x1, int y1) {
        if (x0 == x1 && y0 == y1) {
            return;
        }
        line(g2, x0, y0, x1, y1, thick);
    }

    /** A pixel line into any Java 2D target, doubled beside itself when {@code thick}. */
    static void line(Graphics2D g, int x0, int y0, int x1, int y1, boolean thick) {
        g.drawLine(x0, y0, x1, y1);
        if (thick) {
            boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
            g.drawLine(x0 + (steep ? 1 : 0), y0 + (steep ? 0 : 1), x1 + (steep ? 1 : 0), y1 + (steep ? 0 : 1));
        }
    }

    /** A pre-drawn symbol at its top-left pixel. */
    void stamp(java.awt.image.BufferedImage sprite, int x, int y) {
        g2.drawImage(sprite, x, y, null);
    }

    /**
     * A sprite with its top-left pixel at (x, y), blended source-over straight into the pixel array: a loop
     * over a few hundred ints, where a Java 2D image call per stamp costs several times more.
     */
    void stamp(Sprite s, int x, int y) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + s.width());
        int y1 = Math.min(height, y + s.height());
        int[] src = s.argb();
        for (int yy = y0; yy < y1; yy++) {
            int si = (yy - y) * s.width() + (x0 - x);
            int di = yy * width + x0;
            for (int xx = x0; xx < x1; xx++, si++, di++) {
                int p = src[si];
                int a = p >>> 24;
                if (a == 255) {
                    pixels[di] = p;
                } else if (a != 0) {
                    int d = pixels[di];
                    int k = 255 - a;
                    int rb = ((d & 0x00ff00ff) * k + 0x00800080) >>> 8 & 0x00ff00ff;
                    int ag = ((d >>> 8 & 0x00ff00ff) * k + 0x00800080) & 0xff00ff00;
                    pixels[di] = p + (rb | ag);
                }
            }
        }
    }

    /** A square dot of {@code size} pixels centred on (x, y). */
    void dot(int x, int y, int size) {
        g2.fillRect(x - size / 2, y - size / 2, size, size);
    }

    void end(GraphicsContext g) {
        buffer.updateBuffer(b -> null);
        g.drawImage(fxImage, 0, 0);
    }
}
