package org.beltmap.core.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The Krasnodar sample keeps its look: light-theme tiles wholly inside the regional basemap's extent are pixel for
 * pixel what they were before the world background and project layers came in (hashes taken from that build).
 */
class SampleTilesPinnedTest {

    @Test
    void lightTilesInsideTheRegionAreUnchanged() {
        TileRenderer r = new TileRenderer(TestBasemap.set());
        assertEquals("f64f41b64e802e12", hash(r.render(8, TestBasemap.tileX(38.98, 8), TestBasemap.tileY(45.5, 8))), "z8 Krasnodar");
        assertEquals("dbf9d5ea77f20ce8", hash(r.render(9, TestBasemap.tileX(37.8, 9), TestBasemap.tileY(44.7, 9))), "z9 Anapa");
        assertEquals("666230eb117b3a89", hash(r.render(11, TestBasemap.tileX(38.98, 11), TestBasemap.tileY(45.04, 11))), "z11 Krasnodar");
    }

    static String hash(BufferedImage img) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int p = img.getRGB(x, y);
                    d.update(new byte[] {(byte) (p >> 16), (byte) (p >> 8), (byte) p});
                }
            }
            return HexFormat.of().formatHex(d.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
