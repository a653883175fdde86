package org.beltmap.core.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offline basemap draws real map content from maps/: sea where the sea is, land, rivers and roads. */
class TileRendererTest {

    static TileRenderer renderer;
    static Basemap map;

    @BeforeAll
    static void load() {
        map = Basemap.load(MapsLocator.find().orElseThrow());
        renderer = new TileRenderer(map);
    }

    static long[] tile(int z, double lon, double lat) {
        double n = Math.pow(2, z);
        double s = Math.sin(Math.toRadians(lat));
        return new long[] {(long) ((lon + 180) / 360 * n),
            (long) ((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n)};
    }

    static double share(BufferedImage img, Color c) {
        int hits = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) == c.getRGB()) {
                    hits++;
                }
            }
        }
        return hits / (double) (img.getWidth() * img.getHeight());
    }

    @Test
    void blackSeaTileIsSea() {
        long[] t = tile(8, 37.6, 43.9); // open sea south-west of Novorossiysk
        BufferedImage img = renderer.render(8, t[0], t[1]);
        assertTrue(share(img, TileRenderer.SEA) > 0.8, "sea share " + share(img, TileRenderer.SEA));
    }

    @Test
    void krasnodarTileHasLandRoadsAndRivers() {
        long[] t = tile(8, 38.98, 45.04);
        BufferedImage img = renderer.render(8, t[0], t[1]);
        double land = share(img, TileRenderer.REGION_FILL) + share(img, TileRenderer.LAND);
        assertTrue(land > 0.5, "land share " + land);
        assertTrue(countNear(img, new Color(0xE8835A)) > 20, "the M-4 is drawn in its class colour");
        assertTrue(countNear(img, TileRenderer.RIVER) > 20, "the Kuban is drawn blue");
    }

    @Test
    void outsideTheDataIsNeutralAndPngIsATile() throws Exception {
        long[] t = tile(8, 30.0, 50.0);
        byte[] png = renderer.renderPng(8, t[0], t[1]);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(256, img.getWidth());
        assertEquals(256, img.getHeight());
        assertTrue(share(img, TileRenderer.NO_DATA) > 0.99);
    }

    @Test
    void versionChangesWithTheData() {
        assertEquals(map.version(), Basemap.load(MapsLocator.find().orElseThrow()).version());
        assertTrue(map.attribution().contains("OpenStreetMap"));
    }

    static int countNear(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 24) {
                    n++;
                }
            }
        }
        return n;
    }
}
