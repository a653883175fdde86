package org.beltmap.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.Ray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Town labels, the centre's label and ray names share one collision grid: a ray's name never sits on a town's. */
class LabelPlacementFxTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    static Town town(String id, String name, double lon, double lat, long pop) {
        return new Town(id, name, name, lon, lat, pop, null, null, Map.of());
    }

    @Test
    void rayNamesMoveOffTownLabelsAndTheCentresLabel() throws Exception {
        // A ray due north from the centre; towns with long names sit on its stem where its name would go first
        // (40 % out), and at the next spots too, so the name must find a spot further along.
        Town centre = town("C", "Centreville-on-the-Kuban", 39.0, 45.0, 700_000);
        List<Town> towns = new ArrayList<>(List.of(centre));
        double[] fractions = {0.4, 0.3, 0.5, 0.25, 0.6};
        for (int i = 0; i < fractions.length; i++) {
            towns.add(town("T" + i, "Longnamed-Stanitsa-" + i, 39.0 - 0.02, 45.0 + fractions[i], 20_000));
        }
        Ray ray = new Ray("R1", "M-4 north", "M-4", "road", GF.createLineString(new Coordinate[] {
            new Coordinate(39.0, 45.0), new Coordinate(39.0, 46.0)}), 111, List.of(), 0,
            new Ray.Strength(1, 0, 0), false);
        TownPainter townPainter = new TownPainter(towns, t -> Color.ORANGE, t -> 5.0, () -> null, Set.of("C"),
                () -> Locale.ENGLISH, () -> true, 0);
        RayPainter rayPainter = new RayPainter(() -> List.of(ray), () -> true, n -> n);
        double scale = 256 * Math.pow(2, 8.5);
        ScreenTransform t = new ScreenTransform(scale, 400 - scale * WebMercator.x(39.0),
                300 - scale * WebMercator.y(45.5), 800, 600);
        FutureTask<LabelGrid> frame = new FutureTask<>(() -> OverlayLayer.paintFrame(
                new Canvas(800, 600).getGraphicsContext2D(), t, List.of(rayPainter, townPainter)));
        Platform.runLater(frame);
        LabelGrid grid = frame.get(10, TimeUnit.SECONDS);

        List<double[]> townLabels = grid.boxes(LabelGrid.Kind.TOWN_LABEL);
        List<double[]> rayLabels = grid.boxes(LabelGrid.Kind.RAY_LABEL);
        assertEquals(towns.size(), townLabels.size(), "every town labelled");
        assertEquals(1, rayLabels.size(), "the ray is still named, somewhere free");
        for (double[] r : rayLabels) {
            for (double[] b : townLabels) {
                assertFalse(overlap(r, b), "ray name " + java.util.Arrays.toString(r) + " on a town label "
                        + java.util.Arrays.toString(b));
            }
            for (double[] s : grid.boxes(LabelGrid.Kind.SYMBOL)) {
                assertFalse(overlap(r, s), "ray name on a town symbol");
            }
        }
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
