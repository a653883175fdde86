import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the BeltMap icon: three settlement belts (concentric rings in the app's belt colours) around a regional
 * centre, crossed by transport rays with towns on them. Run from the project folder:
 * {@code java installer/icon/DrawIcon.java installer/beltmap.png 512}.
 */
public final class DrawIcon {

    private static final Color PAPER = new Color(0xf4f1e8);
    private static final Color EDGE = new Color(0xd8d2c0);
    private static final Color[] BELTS = {new Color(0x2a9d8f), new Color(0xe9c46a), new Color(0xe76f51)};
    private static final Color RAY = new Color(0x3d348b);

    private DrawIcon() {
    }

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "beltmap.png");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 512;
        ImageIO.write(draw(size), "png", out);
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 512.0;
        g.scale(s, s);

        // Tile: rounded square, warm paper colour with a thin edge.
        RoundRectangle2D tile = new RoundRectangle2D.Double(16, 16, 480, 480, 96, 96);
        g.setColor(PAPER);
        g.fill(tile);
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(6f));
        g.draw(tile);
        g.clip(tile);

        // Centre slightly off the middle, as a regional capital rarely sits in the middle of its region.
        double cx = 244;
        double cy = 268;
        // Belts, outermost first: pale fill, firm outline.
        double[] radii = {200, 138, 76};
        for (int i = 0; i < radii.length; i++) {
            Color c = BELTS[radii.length - 1 - i];
            Ellipse2D disc = circle(cx, cy, radii[i]);
            g.setColor(mix(c, PAPER, 0.68));
            g.fill(disc);
            g.setColor(c);
            g.setStroke(new BasicStroke(10f));
            g.draw(disc);
        }

        // Rays: five corridors leaving the centre, each with towns along it.
        double[] angles = {-78, -18, 38, 118, 200};
        double[] lengths = {300, 320, 300, 320, 300};
        g.setStroke(new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < angles.length; i++) {
            double a = Math.toRadians(angles[i]);
            g.setColor(RAY);
            g.draw(new Line2D.Double(cx, cy, cx + Math.cos(a) * lengths[i], cy + Math.sin(a) * lengths[i]));
        }
        for (int i = 0; i < angles.length; i++) {
            double a = Math.toRadians(angles[i]);
            for (double r : new double[] {107, 169}) {
                double x = cx + Math.cos(a) * r;
                double y = cy + Math.sin(a) * r;
                g.setColor(Color.WHITE);
                g.fill(circle(x, y, 15));
                g.setColor(RAY);
                g.setStroke(new BasicStroke(7f));
                g.draw(circle(x, y, 15));
            }
        }

        // The regional centre.
        g.setColor(Color.WHITE);
        g.fill(circle(cx, cy, 34));
        g.setColor(RAY);
        g.setStroke(new BasicStroke(12f));
        g.draw(circle(cx, cy, 34));
        g.fill(circle(cx, cy, 14));
        g.dispose();
        return img;
    }

    private static Ellipse2D circle(double x, double y, double r) {
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }
}
