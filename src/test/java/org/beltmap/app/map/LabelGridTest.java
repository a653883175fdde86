package org.beltmap.app.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelGridTest {

    @Test
    void overlappingBoxesCollideAcrossCells() {
        LabelGrid grid = new LabelGrid(800, 600, 32);
        grid.add(100, 100, 120, 14);
        assertFalse(grid.isFree(200, 110, 50, 14), "overlaps the right end of a label spanning four cells");
        assertTrue(grid.isFree(221, 100, 50, 14), "just right of it");
        assertTrue(grid.isFree(100, 115, 50, 14), "just below it");
    }

    @Test
    void boxesOffScreenAreStillTested() {
        LabelGrid grid = new LabelGrid(800, 600, 32);
        grid.add(-90, -10, 80, 14);
        assertFalse(grid.isFree(-50, -5, 20, 10));
        assertTrue(grid.isFree(0, 20, 20, 10));
    }
}
