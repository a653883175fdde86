package org.beltmap.core.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws one 256 px Web Mercator tile of the offline basemap with AWT, off the UI thread: sea, land, the region
 * outlines, coast, rivers, railways (dashed) and roads by class. Calm colours, so the analysis overlays stand out.
 */
public final class TileRenderer {

    public static final int SIZE = 256;
    static final Color SEA = new Color(0xB9D3E3);
    /** Outside the bundled data: neutral, so nobody reads it as sea or land. */
    static final Color NO_DATA = new Color(0xE4E2DE);
    static final Color LAND = new Color(0xF1EEE8);
    static final Color REGION_FILL = new Color(0xF8F6F1);
    static final Color REGION_LINE = new Color(0x9A86B8);
    static final Color COAST = new Color(0x86A9C2);
    static final Color RIVER = new Color(0x7DAFD6);
    static final Color RAIL = new Color(0x6E6E6E);
    private final Basemap map;

    public TileRenderer(Basemap map) {
        this.map = map;
    }

    public BufferedImage render(int zoom, long tx, long ty) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(NO_DATA);
            g.fillRect(0, 0, SIZE, SIZE);
            double scale = SIZE * Math.pow(2, zoom);
            double ox = tx * (double) SIZE;
            double oy = ty * (double) SIZE;
            // Query a little wider than the tile so wide strokes crossing the edge are drawn on both tiles.
            double pad = 8 / scale;
            Envelope world = new Envelope(ox / scale - pad, (ox + SIZE) / scale + pad, oy / scale - pad,
                    (oy + SIZE) / scale + pad);
            Drawer d = new Drawer(g, scale, ox, oy, world, zoom);
            d.fill(BasemapRole.LAND, LAND);
            d.fill(BasemapRole.SEA, SEA);
            d.fill(BasemapRole.REGION, REGION_FILL);
            d.fill(BasemapRole.LAKE, SEA);
            d.line(BasemapRole.COAST, COAST, stroke(zoom >= 9 ? 1.1f : 0.8f));
            d.line(BasemapRole.RIVER, RIVER, stroke(zoom >= 10 ? 2.2f : zoom >= 8 ? 1.4f : 0.9f));
            d.line(BasemapRole.REGION, REGION_LINE, new BasicStroke(zoom >= 8 ? 1.6f : 1.2f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND, 1, new float[] {6, 3}, 0));
            drawRailways(d, zoom);
            drawRoads(d, zoom);
        } finally {
            g.dispose();
        }
        return img;
    }

    public byte[] renderPng(int zoom, long tx, long ty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            ImageIO.write(render(zoom, tx, ty), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawRailways(Drawer d, int zoom) {
        float w = zoom >= 10 ? 2.6f : zoom >= 8 ? 1.8f : 1.1f;
        d.line(BasemapRole.RAILWAY, RAIL, stroke(w));
        if (zoom >= 8) {
            d.line(BasemapRole.RAILWAY, Color.WHITE, new BasicStroke(w * 0.55f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND, 1, new float[] {w * 3, w * 3}, 0));
        }
    }

    private static void drawRoads(Drawer d, int zoom) {
        float base = zoom >= 11 ? 5f : zoom >= 9 ? 3.6f : zoom >= 7 ? 2.4f : 1.6f;
        for (String cls : new String[] {null, "federal_A", "federal_M"}) {
            float w = base * ("federal_M".equals(cls) ? 1.3f : 1f);
            d.road(cls, casing(cls), stroke(w + 1.4f));
        }
        for (String cls : new String[] {null, "federal_A", "federal_M"}) {
            float w = base * ("federal_M".equals(cls) ? 1.3f : 1f);
            d.road(cls, fill(cls), stroke(w));
        }
    }

    private static Color casing(String cls) {
        return cls == null ? new Color(0xB0A89A) : "federal_M".equals(cls) ? new Color(0xA24A2A) : new Color(0xB9773A);
    }

    private static Color fill(String cls) {
        return cls == null ? new Color(0xFFFDF5) : "federal_M".equals(cls) ? new Color(0xE8835A) : new Color(0xF6C37A);
    }

    private static Stroke stroke(float w) {
        return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Helper bound to one tile: world → pixel transform and the query envelope. */
    private final class Drawer {
        private final Graphics2D g;
        private final double scale;
        private final double ox;
        private final double oy;
        private final Envelope world;
        private final int zoom;

        Drawer(Graphics2D g, double scale, double ox, double oy, Envelope world, int zoom) {
            this.g = g;
            this.scale = scale;
            this.ox = ox;
            this.oy = oy;
            this.world = world;
            this.zoom = zoom;
        }

        void fill(BasemapRole role, Color c) {
            g.setColor(c);
            for (VectorLayer.Shape s : map.query(role, world, zoom)) {
                if (s.polygon()) {
                    g.fill(path(s, true));
                }
            }
        }

        void line(BasemapRole role, Color c, Stroke st) {
            g.setColor(c);
            g.setStroke(st);
            for (VectorLayer.Shape s : map.query(role, world, zoom)) {
                g.draw(path(s, s.polygon()));
            }
        }

        /** Roads of one class group: federal_M, federal_A (also R), or everything else (null). */
        void road(String cls, Color c, Stroke st) {
            g.setColor(c);
            g.setStroke(st);
            for (VectorLayer.Shape s : map.query(BasemapRole.ROAD, world, zoom)) {
                String group = s.tag() == null ? null : s.tag().equals("federal_M") ? "federal_M"
                        : s.tag().startsWith("federal") ? "federal_A" : null;
                if (java.util.Objects.equals(group, cls)) {
                    g.draw(path(s, false));
                }
            }
        }

        private Path2D path(VectorLayer.Shape s, boolean close) {
            Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (double[] r : s.rings()) {
                p.moveTo(r[0] * scale - ox, r[1] * scale - oy);
                for (int k = 2; k < r.length; k += 2) {
                    p.lineTo(r[k] * scale - ox, r[k + 1] * scale - oy);
                }
                if (close) {
                    p.closePath();
                }
            }
            return p;
        }
    }

    /** Shapes of a role touching a world envelope; for tests and diagnostics. */
    public int count(BasemapRole role, Envelope world, int zoom) {
        List<VectorLayer.Shape> l = map.query(role, world, zoom);
        return l.size();
    }
}
