package org.beltmap.core.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.beltmap.core.basemap.BasemapStyle.RoadClass;
import org.junit.jupiter.api.Test;

class TileRendererTest {

    private final TileRenderer renderer = new TileRenderer(TestBasemap.set());

    @Test
    void krasnodarTileHasLandRiversAndRoads() {
        int z = 8;
        BufferedImage img = renderer.render(z, TestBasemap.tileX(38.98, z), TestBasemap.tileY(45.04, z));
        assertTrue(share(img, BasemapStyle.LAND, 0) > 0.4, "mostly land");
        assertTrue(count(img, BasemapStyle.RIVER, 12) > 30, "river pixels");
        int roads = count(img, RoadClass.MOTORWAY.fill, 12) + count(img, RoadClass.TRUNK.fill, 12);
        assertTrue(roads > 100, "road pixels " + roads);
    }

    @Test
    void blackSeaTileIsSea() {
        // z9 tile 37.27–37.97 E, 43.58–44.09 N: open water off Gelendzhik, wholly inside the data box.
        int z = 9;
        BufferedImage img = renderer.render(z, TestBasemap.tileX(37.6, z), TestBasemap.tileY(43.8, z));
        assertEquals(1.0, share(img, BasemapStyle.WATER, 0), "sea");
        assertEquals(BasemapStyle.WATER.getRGB(), img.getRGB(128, 128));
    }

    @Test
    void outsideTheRegionTheWorldBackgroundShows() {
        // Smolensk oblast: no regional basemap there, yet the tile is land, not the neutral grey of old.
        BufferedImage img = renderer.render(8, TestBasemap.tileX(32.0, 8), TestBasemap.tileY(55.0, 8));
        assertTrue(share(img, BasemapStyle.LAND, 0) > 0.8, "world land");
        assertEquals(0.0, share(img, BasemapStyle.OUTSIDE, 0));
        // Polygons stitched across the antimeridian once striped all of Siberia with sea: it must be land.
        BufferedImage siberia = renderer.render(5, TestBasemap.tileX(100.0, 5), TestBasemap.tileY(66.0, 5));
        assertTrue(share(siberia, BasemapStyle.LAND, 0) > 0.9, "Siberia is land");
        BufferedImage atlantic = renderer.render(6, TestBasemap.tileX(-35.0, 6), TestBasemap.tileY(40.0, 6));
        assertEquals(1.0, share(atlantic, BasemapStyle.WATER, 0), "open ocean");
        BufferedImage beyondPole = renderer.render(3, 0, 9);
        assertEquals(1.0, share(beyondPole, BasemapStyle.OUTSIDE, 0));
    }

    @Test
    void pngIsDeterministicAndTileSized() throws Exception {
        int z = 10;
        long x = TestBasemap.tileX(38.98, z);
        long y = TestBasemap.tileY(45.04, z);
        byte[] a = renderer.renderPng(z, x, y);
        byte[] b = renderer.renderPng(z, x, y);
        assertArrayEquals(a, b);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(a));
        assertEquals(TileRenderer.SIZE, img.getWidth());
        assertEquals(TileRenderer.SIZE, img.getHeight());
    }

    @Test
    void worldWrapsHorizontally() {
        int z = 6;
        long x = TestBasemap.tileX(38.98, z);
        long y = TestBasemap.tileY(45.04, z);
        assertArrayEquals(renderer.renderPng(z, x, y), renderer.renderPng(z, x + (1L << z), y));
    }

    static int count(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= tolerance
                        && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= tolerance
                        && Math.abs((rgb & 0xff) - c.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    static double share(BufferedImage img, Color c, int tolerance) {
        return count(img, c, tolerance) / (double) (img.getWidth() * img.getHeight());
    }
}
