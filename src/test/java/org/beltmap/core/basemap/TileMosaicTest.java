package org.beltmap.core.basemap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes the visual-check mosaics around Krasnodar into target/basemap/ (inspect them by eye). */
class TileMosaicTest {

    @Test
    void writesKrasnodarMosaics() throws Exception {
        TileRenderer r = new TileRenderer(TestBasemap.set());
        for (int z : new int[] {7, 10}) {
            Path f = TileMosaic.write(r, z, 45.04, 38.98, 4, 3, Path.of("target/basemap/krasnodar-z" + z + ".png"));
            assertTrue(Files.size(f) > 10_000, f.toString());
        }
        TileRenderer dark = new TileRenderer(TestBasemap.set(), BasemapTheme.DARK);
        Path f = TileMosaic.write(dark, 8, 45.04, 38.98, 4, 3, Path.of("target/basemap/krasnodar-dark-z8.png"));
        assertTrue(Files.size(f) > 10_000, f.toString());
        TileMosaic.write(r, 3, 45.0, 60.0, 4, 3, Path.of("target/basemap/world-z3.png"));
    }
}
