package org.beltmap.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Feature;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;
import org.beltmap.core.model.Style;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Roads are drawn where they are, whether the view is sparse (vector) or dense (raster level of detail). */
class LineLayerPainterFxTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @BeforeAll
    static void toolkit() throws Exception {
        // Started the TestFX way, so the window tests that follow in this JVM get their primary stage and focus.
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void aSingleRoadIsDrawnAsAVectorLine() throws Exception {
        WritableImage img = paint(List.of(horizontal(40.0)), 0, false);
        assertRoadAt(img, 400, y(img, 40.0));
        assertEquals(0, img.getPixelReader().getColor(400, 50).getOpacity(), 1e-9, "nothing drawn away from the road");
    }

    @Test
    void aDenseNetworkStillShowsEveryRoadWhereItIs() throws Exception {
        List<Feature> fs = new ArrayList<>();
        fs.add(horizontal(40.0));
        // 2,400 short ways of ten segments far from the test line: over the dense threshold.
        for (int i = 0; i < 2_400; i++) {
            double lat = 41.0 + (i % 40) * 0.02;
            double lon = 36.5 + (i / 40) * 0.09;
            Coordinate[] cs = new Coordinate[11];
            for (int k = 0; k <= 10; k++) {
                cs[k] = new Coordinate(lon + k * 0.008, lat + (k % 2) * 0.03);
            }
            fs.add(new Feature(i + 1, GF.createLineString(cs), Map.of("class", "federal_A")));
        }
        WritableImage img = paint(fs, 20_000, true);
        assertRoadAt(img, 400, y(img, 40.0));
        assertEquals(0, img.getPixelReader().getColor(400, y(img, 40.0) + 12).getOpacity(), 1e-9);
    }

    @Test
    void aHundredThousandPointsAreDrawnAsARasterWhereTheyAre() throws Exception {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            // A dense cloud in the west half of the view, nothing in the east half.
            fs.add(new Feature(i, GF.createPoint(new Coordinate(36.2 + (i % 400) * 0.0065, 39.5 + (i / 400) * 0.008)),
                    Map.of()));
        }
        LayerSpec spec = new LayerSpec("wells", LayerKind.OTHER, "test", null, true, Map.of(), null, null,
                new Style("#ff0000", 1, null, null));
        Layer layer = new Layer(spec, fs, List.of(), "EPSG:4326");
        assertTrue(PointLayerPainter.isPointLayer(layer));
        WritableImage img = render(new PointLayerPainter(layer, () -> true));
        int x = (int) Math.round(SCALE * (WebMercator.x(37.0) - WebMercator.x(WEST)));
        int y = (int) Math.round(SCALE * (WebMercator.y(40.5) - WebMercator.y(NORTH)));
        assertRoadAt(img, x, y);
        assertEquals(0, img.getPixelReader().getColor(700, y).getOpacity(), 1e-9, "nothing where there are no points");
    }

    private static Feature horizontal(double lat) {
        return new Feature(0, GF.createLineString(new Coordinate[] {new Coordinate(36.0, lat), new Coordinate(42.0, lat)}),
                Map.of("class", "federal_M"));
    }

    private static void assertRoadAt(WritableImage img, int x, int y) {
        Color best = Color.TRANSPARENT;
        for (int dy = -1; dy <= 1; dy++) {
            Color c = img.getPixelReader().getColor(x, y + dy);
            best = c.getOpacity() > best.getOpacity() ? c : best;
        }
        assertTrue(best.getOpacity() > 0.5 && best.getRed() > 0.8 && best.getGreen() < 0.3,
                "road colour near (" + x + "," + y + "), got " + best);
    }

    private static final double WEST = 36.0;
    private static final double NORTH = 42.0;
    private static final double SCALE = 800 / (WebMercator.x(42.0) - WebMercator.x(36.0));

    private static int y(WritableImage img, double lat) {
        return (int) Math.round(SCALE * (WebMercator.y(lat) - WebMercator.y(NORTH)));
    }

    private static WritableImage paint(List<Feature> features, int minSegments, boolean dense) throws Exception {
        int segments = features.stream().mapToInt(f -> f.geometry().getNumPoints() - 1).sum();
        assertTrue(segments >= minSegments);
        LayerSpec spec = new LayerSpec("roads", LayerKind.ROADS, "test", null, true, Map.of(), null, null,
                new Style("#ff0000", 1.2, null, null));
        LineLayerPainter painter = new LineLayerPainter(new Layer(spec, features, List.of("class"), "EPSG:4326"), () -> true);
        WritableImage img = render(painter);
        assertEquals(dense, painter.lastPaintWasDense());
        return img;
    }

    /** One frame as the map paints it, on an 800×600 canvas over 36–42° E from 42° N down, on the FX thread. */
    private static WritableImage render(Painter painter) throws Exception {
        ScreenTransform t = new ScreenTransform(SCALE, -SCALE * WebMercator.x(WEST), -SCALE * WebMercator.y(NORTH), 800, 600);
        FutureTask<WritableImage> task = new FutureTask<>(() -> {
            Canvas c = new Canvas(800, 600);
            OverlayLayer.paintFrame(c.getGraphicsContext2D(), t, List.of(painter));
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            return c.snapshot(p, null);
        });
        Platform.runLater(task);
        return task.get(20, TimeUnit.SECONDS);
    }
}
