package org.beltmap.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;

/** A legend drawn over a portrait map (the report's belt map) hides no town. */
class LegendSpotTest {

    @Test
    void theLegendOverThePortraitMapLeavesEveryTownVisible() {
        DiagramData d = new DiagramData(Sample.region(), Sample.belts(), List.of(), List.of(), List.of(), List.of(),
                null, "test");
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        Rectangle2D body = new Rectangle2D.Double(40, 90, 515, 680); // A4 portrait, as the report draws it
        Rectangle2D spot = new MapLayout(g, d).legendSpot(body, 200, 150);
        assertTrue(body.contains(spot), "inside the map frame");
        // Yeysk lies in the krai's north-west corner, where the legend used to go.
        assertTrue(spot.getX() > body.getCenterX() || spot.getY() > body.getCenterY(), "not the top-left: " + spot);
        g.dispose();
    }

    @Test
    void aMapWithNoTownUnderTheTopLeftKeepsItThere() {
        DiagramData d = new DiagramData(Sample.region(), Sample.belts(), List.of(), List.of(), List.of(), List.of(),
                null, "test");
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        Rectangle2D body = new Rectangle2D.Double(40, 90, 515, 680);
        Rectangle2D small = new MapLayout(g, d).legendSpot(body, 20, 10);
        assertEquals(48, small.getX(), 1e-9);
        assertEquals(98, small.getY(), 1e-9);
        g.dispose();
    }
}
