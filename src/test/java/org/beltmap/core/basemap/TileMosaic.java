package org.beltmap.core.basemap;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.beltmap.core.geo.WebMercator;

/** Visual check: stitches cols × rows tiles around a point into one PNG (run as a main or from a test). */
public final class TileMosaic {

    private TileMosaic() {
    }

    /** A cols × rows tiles window centred on the point (not tile-aligned), stitched from whole tiles. */
    public static BufferedImage mosaic(TileRenderer r, int z, double lat, double lon, int cols, int rows) {
        int size = TileRenderer.SIZE;
        int w = cols * size;
        int h = rows * size;
        long n = 1L << z;
        long left = Math.round(WebMercator.x(lon) * n * size) - w / 2;
        long top = Math.round(WebMercator.y(lat) * n * size) - h / 2;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        for (long tx = Math.floorDiv(left, size); tx * size < left + w; tx++) {
            for (long ty = Math.floorDiv(top, size); ty * size < top + h; ty++) {
                g.drawImage(r.render(z, tx, ty), (int) (tx * size - left), (int) (ty * size - top), null);
            }
        }
        g.dispose();
        return out;
    }

    public static Path write(TileRenderer r, int z, double lat, double lon, int cols, int rows, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(mosaic(r, z, lat, lon, cols, rows), "png", file.toFile());
        return file;
    }

    public static void main(String[] args) throws IOException {
        TileRenderer r = new TileRenderer(BasemapSet.loadDefault());
        Path dir = Path.of(args.length > 0 ? args[0] : "target/basemap");
        for (int z : new int[] {6, 7, 8, 10, 12}) {
            System.out.println(write(r, z, 45.04, 38.98, 4, 3, dir.resolve("krasnodar-z" + z + ".png")));
        }
    }
}
