package org.beltmap.core.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.beltmap.core.basemap.Basemap.Role;
import org.beltmap.core.basemap.Basemap.Shape;
import org.beltmap.core.basemap.BasemapStyle.RoadClass;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Renders one 256 × 256 slippy-map tile of a {@link BasemapSet} with Java2D: the world background, then each
 * regional basemap over its extent, then the project's layers. Pure function of (data, theme, z, x, y):
 * no randomness and no shared mutable state, so tiles are reproducible, cacheable and renderable in parallel.
 * Whole (chunked) geometries are drawn rather than tile-clipped ones, so dash patterns and joins line up
 * across tile edges.
 */
public final class TileRenderer {

    public static final int SIZE = 256;
    /** Bump when the style changes: it is part of the disk-cache folder name. */
    public static final String STYLE_VERSION = "s4";
    /** Shapes this many pixels outside the tile still reach into it (half the widest line plus halo). */
    private static final double MARGIN_PX = 12;

    private final BasemapSet maps;
    private final BasemapTheme theme;
    private final BasemapStyle.Palette pal;

    public TileRenderer(BasemapSet maps) {
        this(maps, BasemapTheme.LIGHT);
    }

    public TileRenderer(BasemapSet maps, BasemapTheme theme) {
        this.maps = maps;
        this.theme = theme;
        this.pal = BasemapStyle.palette(theme);
    }

    public BasemapSet maps() {
        return maps;
    }

    public BasemapTheme theme() {
        return theme;
    }

    /** Disk-cache key: data, style and theme together. */
    public String cacheVersion() {
        return maps.version() + "-" + STYLE_VERSION + (theme == BasemapTheme.DARK ? "-dark" : "");
    }

    public byte[] renderPng(int z, long x, long y) {
        return png(render(z, x, y));
    }

    public static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public BufferedImage render(int z, long x, long y) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(pal.outside());
            g.fillRect(0, 0, SIZE, SIZE);
            long n = 1L << z;
            if (z < 0 || z > 30 || y < 0 || y >= n) {
                return img;
            }
            new Pass(g, z, Math.floorMod(x, n), y).draw();
        } finally {
            g.dispose();
        }
        return img;
    }

    /** One tile's drawing state: the world → pixel mapping and the culling envelope. */
    private final class Pass {
        private Basemap map;
        private final Graphics2D g;
        private final int z;
        private final double scale;
        private final double ox;
        private final double oy;
        private final Envelope query;

        Pass(Graphics2D g, int z, long x, long y) {
            this.g = g;
            this.z = z;
            this.scale = SIZE * (double) (1L << z);
            this.ox = x * (double) SIZE;
            this.oy = y * (double) SIZE;
            double m = MARGIN_PX / scale;
            query = new Envelope(ox / scale - m, (ox + SIZE) / scale + m, oy / scale - m, (oy + SIZE) / scale + m);
        }

        void draw() {
            if (maps.background() != null) {
                map = maps.background();
                // The globe is ocean; land and country borders are drawn on it.
                g.setColor(pal.water());
                g.fillRect(0, 0, SIZE, SIZE);
                fill(Role.LAND, pal.land());
                fill(Role.LAKE, pal.water());
                stroke(Role.BORDER, pal.border(), BasemapStyle.round(BasemapStyle.borderWidth(z)));
            }
            for (Basemap regional : maps.regional()) {
                map = regional;
                regional();
            }
            if (maps.project() != null) {
                map = maps.project();
                lines();
            }
        }

        private void regional() {
            Envelope data = map.worldExtent();
            if (!data.intersects(query)) {
                return;
            }
            // Inside the data extent the background is sea: land is the layer that is drawn, not the water.
            g.setColor(pal.water());
            g.fill(new Rectangle2D.Double(data.getMinX() * scale - ox, data.getMinY() * scale - oy,
                    data.getWidth() * scale, data.getHeight() * scale));
            fill(Role.SEA, pal.water());
            fill(Role.LAND, pal.land());
            lines();
        }

        /** Rivers, lakes, coast, boundaries, railways and roads of the current source. */
        private void lines() {
            for (Shape s : map.query(Role.RIVER, query, z)) {
                g.setColor(pal.river());
                g.setStroke(BasemapStyle.round(BasemapStyle.riverWidth(z, s.cls())));
                g.draw(path(s.geometry()));
            }
            // Lakes after rivers: centre lines running through reservoirs vanish into the water.
            fill(Role.LAKE, pal.water());
            stroke(Role.LAKE, pal.waterEdge(), BasemapStyle.round(BasemapStyle.coastWidth(z) * 0.8));
            stroke(Role.COAST, pal.waterEdge(), BasemapStyle.round(BasemapStyle.coastWidth(z)));
            stroke(Role.REGION, pal.regionHalo(), BasemapStyle.regionHalo(z));
            stroke(Role.REGION, pal.regionLine(), BasemapStyle.regionLine(z));
            railways();
            roads();
        }

        private void fill(Role role, Color c) {
            g.setColor(c);
            for (Shape s : map.query(role, query, z)) {
                g.fill(path(s.geometry()));
            }
        }

        private void stroke(Role role, Color c, BasicStroke stroke) {
            g.setColor(c);
            g.setStroke(stroke);
            for (Shape s : map.query(role, query, z)) {
                g.draw(path(s.geometry()));
            }
        }

        private void railways() {
            List<Shape> rails = map.query(Role.RAILWAY, query, z);
            double w = BasemapStyle.railWidth(z);
            // Below zoom 8 a ladder would be mush: a thin mid-grey line keeps rails present but quiet.
            g.setColor(z >= 8 ? pal.railDark() : pal.railQuiet());
            g.setStroke(BasemapStyle.round(w));
            rails.forEach(s -> g.draw(path(s.geometry())));
            if (z >= 8) {
                // The classic black/white "ladder": white dashes inside the dark line.
                g.setColor(pal.railLight());
                g.setStroke(BasemapStyle.dashed(w - 1.0, (float) (w * 3)));
                rails.forEach(s -> g.draw(path(s.geometry())));
            }
        }

        private void roads() {
            List<Shape> roads = new ArrayList<>(map.query(Role.ROAD, query, z));
            roads.sort(Comparator.comparing((Shape s) -> RoadClass.of(s.cls())).thenComparingInt(Shape::order));
            double extra = BasemapStyle.casingExtra(z);
            for (Shape s : roads) {
                RoadClass c = RoadClass.of(s.cls());
                g.setColor(pal.roadCasing(c));
                g.setStroke(BasemapStyle.round(BasemapStyle.roadWidth(z, c) + 2 * extra));
                g.draw(path(s.geometry()));
            }
            for (Shape s : roads) {
                RoadClass c = RoadClass.of(s.cls());
                g.setColor(pal.roadFill(c));
                g.setStroke(BasemapStyle.round(BasemapStyle.roadWidth(z, c)));
                g.draw(path(s.geometry()));
            }
        }

        private Path2D path(Geometry geom) {
            Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            if (geom instanceof Polygon poly) {
                ring(p, poly.getExteriorRing().getCoordinateSequence(), true);
                for (int i = 0; i < poly.getNumInteriorRing(); i++) {
                    ring(p, poly.getInteriorRingN(i).getCoordinateSequence(), true);
                }
            } else if (geom instanceof LineString line) {
                ring(p, line.getCoordinateSequence(), false);
            } else {
                for (int i = 0; i < geom.getNumGeometries(); i++) {
                    p.append(path(geom.getGeometryN(i)), false);
                }
            }
            return p;
        }

        private void ring(Path2D.Double p, CoordinateSequence cs, boolean close) {
            int n = cs.size();
            if (n == 0) {
                return;
            }
            p.moveTo(cs.getX(0) * scale - ox, cs.getY(0) * scale - oy);
            for (int i = 1; i < n; i++) {
                p.lineTo(cs.getX(i) * scale - ox, cs.getY(i) * scale - oy);
            }
            if (close) {
                p.closePath();
            }
        }
    }
}
