package org.beltmap.core.basemap;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Offline tiles as PNG bytes: disk cache first, else render and remember. The UI layer adds its own memory cache of
 * decoded images on top; this class stays toolkit-free so it is testable without a display.
 */
public final class TileService {

    private final TileRenderer renderer;
    private final DiskTileCache disk;

    public TileService(TileRenderer renderer, DiskTileCache disk) {
        this.renderer = renderer;
        this.disk = disk;
    }

    /** Loads the maps found by {@link MapsLocator} (seconds, so call it off the UI thread). */
    public static TileService createDefault() {
        return create(BasemapSet.loadDefault(), BasemapTheme.LIGHT);
    }

    /** Tiles of {@code maps} in {@code theme}, cached on disk under a folder named for both. */
    public static TileService create(BasemapSet maps, BasemapTheme theme) {
        TileRenderer r = new TileRenderer(maps, theme);
        return new TileService(r, DiskTileCache.forVersion(r.cacheVersion()));
    }

    public byte[] tilePng(int z, long x, long y) {
        return disk.read(z, x, y).orElseGet(() -> {
            byte[] png = renderer.renderPng(z, x, y);
            disk.write(z, x, y, png);
            return png;
        });
    }

    public DiskTileCache disk() {
        return disk;
    }

    public TileRenderer renderer() {
        return renderer;
    }

    /** Neutral tile for when there is no basemap at all: the map stays usable for overlays. */
    public static byte[] blankPng() {
        BufferedImage img = new BufferedImage(TileRenderer.SIZE, TileRenderer.SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(BasemapStyle.OUTSIDE);
        g.fillRect(0, 0, TileRenderer.SIZE, TileRenderer.SIZE);
        g.dispose();
        return TileRenderer.png(img);
    }
}
