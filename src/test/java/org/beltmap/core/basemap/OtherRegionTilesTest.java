package org.beltmap.core.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.beltmap.core.basemap.BasemapStyle.RoadClass;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.junit.jupiter.api.Test;

/** A project far from any regional basemap (central Siberia, about 60 N 100 E) still gets a real offline map. */
class OtherRegionTilesTest {

    private static final Path PROJECT = Path.of("src/test/resources/other-region/other-region.beltmap");

    private static BasemapSet withProject(Region region) {
        return TestBasemap.set().withProject(ProjectLayers.worldExtent(region), ProjectLayers.basemap(region));
    }

    @Test
    void projectLayersAreDrawnOverTheWorldBackground() throws Exception {
        Region region = RegionLoader.load(PROJECT);
        BasemapSet maps = withProject(region);
        assertNotNull(maps.project(), "no regional basemap covers Siberia: the project's layers are drawn");
        TileRenderer r = new TileRenderer(maps);
        int z = 7;
        BufferedImage img = r.render(z, TestBasemap.tileX(100.0, z), TestBasemap.tileY(60.0, z));
        assertTrue(TileRendererTest.share(img, BasemapStyle.LAND, 0) > 0.4, "land, not an empty background");
        assertEquals(0.0, TileRendererTest.share(img, BasemapStyle.OUTSIDE, 0));
        int roads = TileRendererTest.count(img, RoadClass.TRUNK.fill, 12) + TileRendererTest.count(img, RoadClass.REGIONAL.fill, 12);
        assertTrue(roads > 100, "road pixels " + roads);
        assertTrue(TileRendererTest.count(img, BasemapStyle.RIVER, 12) > 30, "river pixels");
        TileMosaic.write(r, 6, 60.2, 100.0, 4, 3, Path.of("target/basemap/other-region-z6.png"));
        TileMosaic.write(new TileRenderer(maps, BasemapTheme.DARK), 6, 60.2, 100.0, 4, 3,
                Path.of("target/basemap/other-region-dark-z6.png"));
        BufferedImage z6 = r.render(6, TestBasemap.tileX(100.0, 6), TestBasemap.tileY(60.0, 6));
        assertTrue(purple(z6) > 40, "boundary pixels " + purple(z6));

        // Without the project's layers the same tile is bare world land: the layers are what made the roads.
        BufferedImage bare = new TileRenderer(TestBasemap.set()).render(z, TestBasemap.tileX(100.0, z), TestBasemap.tileY(60.0, z));
        assertEquals(0, TileRendererTest.count(bare, RoadClass.TRUNK.fill, 12));
        assertEquals(0, purple(new TileRenderer(TestBasemap.set()).render(6, TestBasemap.tileX(100.0, 6),
                TestBasemap.tileY(60.0, 6))), "no boundary without the project");
        assertNotEquals(new TileRenderer(TestBasemap.set()).cacheVersion(), r.cacheVersion(), "own tile cache");
    }

    @Test
    void theSampleKeepsItsRegionalBasemap() {
        Region sample = RegionLoader.load(Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap"));
        BasemapSet maps = withProject(sample);
        assertNull(maps.project(), "Krasnodar is covered: its own layers are not drawn twice");
        assertEquals(new TileRenderer(TestBasemap.set()).cacheVersion(), new TileRenderer(maps).cacheVersion());
    }

    @Test
    void darkTilesAreDarkerAndCachedApart() {
        BasemapSet maps = withProject(RegionLoader.load(PROJECT));
        TileRenderer light = new TileRenderer(maps, BasemapTheme.LIGHT);
        TileRenderer dark = new TileRenderer(maps, BasemapTheme.DARK);
        assertNotEquals(light.cacheVersion(), dark.cacheVersion());
        int[][] tiles = {{7, 100, 60}, {8, 38, 45}, {10, 39, 45}};
        for (int[] t : tiles) {
            int z = t[0];
            long x = TestBasemap.tileX(t[1] + 0.98, z);
            long y = TestBasemap.tileY(t[2] + 0.04, z);
            double l = luminance(light.render(z, x, y));
            double d = luminance(dark.render(z, x, y));
            assertTrue(d < l * 0.5, "z" + z + " dark " + d + " vs light " + l);
        }
    }

    /** Pixels tinted like the boundary line and its halo (nothing else on the map is purple). */
    static int purple(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                n += r - g >= 6 && b - g >= 6 ? 1 : 0;
            }
        }
        return n;
    }

    static double luminance(BufferedImage img) {
        double sum = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                sum += 0.2126 * ((p >> 16) & 0xff) + 0.7152 * ((p >> 8) & 0xff) + 0.0722 * (p & 0xff);
            }
        }
        return sum / (img.getWidth() * img.getHeight());
    }
}
