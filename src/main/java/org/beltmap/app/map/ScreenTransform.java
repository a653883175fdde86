package org.beltmap.app.map;

import javafx.geometry.Point2D;
import org.beltmap.core.geo.WebMercator;

/**
 * Web Mercator world units to screen pixels of the map view. Derived from two points Gluon Maps projects for us,
 * so overlays transform thousands of vertices with two multiply-adds each instead of one library call per vertex.
 */
public record ScreenTransform(double scale, double offsetX, double offsetY, double width, double height,
                              double magnify) {

    /** @param magnify how much bigger symbols, lines and labels are drawn (lecture mode: 1.6; normally 1) */
    public ScreenTransform {
        magnify = magnify > 0 ? magnify : 1;
    }

    public ScreenTransform(double scale, double offsetX, double offsetY, double width, double height) {
        this(scale, offsetX, offsetY, width, height, 1);
    }

    public ScreenTransform magnified(double factor) {
        return new ScreenTransform(scale, offsetX, offsetY, width, height, factor);
    }

    /** @param a screen point of (lat 0, lon 0); b screen point of (lat 60, lon 90) */
    public static ScreenTransform from(Point2D a, Point2D b, double width, double height) {
        double wx0 = WebMercator.x(0);
        double wx1 = WebMercator.x(90);
        double scale = (b.getX() - a.getX()) / (wx1 - wx0);
        double offsetX = a.getX() - scale * wx0;
        double offsetY = a.getY() - scale * WebMercator.y(0);
        return new ScreenTransform(scale, offsetX, offsetY, width, height);
    }

    public double sx(double worldX) {
        return offsetX + scale * worldX;
    }

    public double sy(double worldY) {
        return offsetY + scale * worldY;
    }

    public double worldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double worldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** Zoom level equivalent (256-px tiles). */
    public double zoom() {
        return Math.log(scale / 256.0) / Math.log(2);
    }

    /** True when a world-unit box touches the screen. */
    public boolean intersects(double minX, double minY, double maxX, double maxY) {
        return sx(maxX) >= 0 && sx(minX) <= width && sy(maxY) >= 0 && sy(minY) <= height;
    }
}
