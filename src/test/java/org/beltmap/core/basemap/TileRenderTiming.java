package org.beltmap.core.basemap;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Prints median render and PNG-encode times per zoom over tiles that hold data around Krasnodar (a measurement,
 * not a test: timings depend on the machine). Each tile is rendered a few times after a warm-up pass.
 */
public final class TileRenderTiming {

    private TileRenderTiming() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        BasemapSet set = BasemapSet.loadDefault();
        Basemap map = set.regional().get(0);
        System.out.printf("basemap load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        TileRenderer r = new TileRenderer(set);
        Envelope data = map.worldExtent();
        for (int z : new int[] {6, 8, 10, 12}) {
            long n = 1L << z;
            long cx = TestBasemap.tileX(38.98, z);
            long cy = TestBasemap.tileY(45.04, z);
            List<long[]> tiles = new ArrayList<>();
            for (long x = cx - 3; x <= cx + 3; x++) {
                for (long y = cy - 3; y <= cy + 3; y++) {
                    if (data.intersects(new Envelope(x / (double) n, (x + 1) / (double) n, y / (double) n, (y + 1) / (double) n))) {
                        tiles.add(new long[] {x, y});
                    }
                }
            }
            tiles.forEach(t -> r.render(z, t[0], t[1]));
            List<Double> render = new ArrayList<>();
            List<Double> png = new ArrayList<>();
            for (int rep = 0; rep < 5; rep++) {
                for (long[] t : tiles) {
                    long s = System.nanoTime();
                    BufferedImage img = r.render(z, t[0], t[1]);
                    long m = System.nanoTime();
                    TileRenderer.png(img);
                    render.add((m - s) / 1e6);
                    png.add((System.nanoTime() - m) / 1e6);
                }
            }
            Collections.sort(render);
            Collections.sort(png);
            System.out.printf("zoom %2d: %2d data tiles, median render %.1f ms (max %.1f), median PNG encode %.1f ms%n",
                    z, tiles.size(), render.get(render.size() / 2), render.get(render.size() - 1), png.get(png.size() / 2));
        }
    }
}
