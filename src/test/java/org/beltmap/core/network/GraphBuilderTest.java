package org.beltmap.core.network;

import static org.beltmap.core.network.TestGraphs.line;
import static org.beltmap.core.network.TestGraphs.way;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GraphBuilderTest {

    /*
     *  A -------- B -------- C        one way, 60 km/h, 10 km per edge
     *  0         10         20 km
     */
    @Test
    void aPolylineBecomesEdgesWithGeodesicMinutes() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 10, 0, 20, 0), way("X", 60));
        RoadGraph g = b.build();
        assertEquals(3, g.nodeCount());
        assertEquals(2, g.edgeCount());
        assertEquals(20.0, g.totalLengthKm(), 0.05);
        assertEquals(10.0, g.edgeMinutes(0), 0.05);
        assertEquals(1, g.componentCount());
    }

    /*
     *  A ------ B  B' ------ C      B' is 10 m from B: snapped into one node
     */
    @Test
    void verticesWithinTheSnapToleranceBecomeOneNode() {
        GraphBuilder b = new GraphBuilder(30, 0, 45);
        b.addLines(line(0, 0, 10, 0), way("X", 60));
        b.addLines(line(10.01, 0, 20, 0), way("Y", 60));
        RoadGraph g = b.build();
        assertEquals(3, g.nodeCount());
        assertEquals(1, g.componentCount());
        assertEquals(0, g.joins().size());
    }

    /*
     *            C
     *            |
     *            |  (ends 0.2 km short of the A–B line)
     *
     *  A ------------------- B
     */
    @Test
    void aLineEndShortOfAnotherLineIsJoinedToItsNearestPointAndRecorded() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 20, 0), way("A-B", 60));
        b.addLines(line(10, 0.2, 10, 10), way("C", 60));
        RoadGraph g = b.build();
        assertEquals(1, g.componentCount());
        assertEquals(1, g.joins().size());
        assertEquals(200, g.joins().get(0).lengthM(), 2);
        assertEquals(5, g.nodeCount(), "A, B, C's two ends and the split point on A–B");
    }

    @Test
    void aGapWiderThanTheToleranceStaysAndIsReportedAsTwoComponents() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 20, 0), way("A-B", 60));
        b.addLines(line(10, 0.5, 10, 10), way("C", 60));
        RoadGraph g = b.build();
        assertEquals(2, g.componentCount());
        assertEquals(0, g.joins().size());
        int[] sizes = g.componentSizes();
        assertEquals(4, sizes[0] + sizes[1]);
    }

    @Test
    void dualCarriagewaysTwentyMetresApartMerge() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 5, 0, 10, 0), way("M-4", 90));
        b.addLines(line(0, 0.02, 5, 0.02, 10, 0.02), way("M-4", 90));
        RoadGraph g = b.build();
        assertEquals(3, g.nodeCount());
        assertEquals(1, g.componentCount());
    }

    /*
     *            C
     *            |   two-way, ends 0.2 km short of A → B
     *  A ──────────────────► B      one-way A → B, split where C's gap join lands
     */
    @Test
    void aOneWayLineKeepsItsDirectionWhenSplitAndGapJoinsRunBothWays() {
        GraphBuilder b = new GraphBuilder(30, 300, 45);
        b.addLines(line(0, 0, 20, 0), way("A-B", 60), RoadGraph.FORWARD);
        b.addLines(line(10, 0.2, 10, 10), way("C", 60));
        RoadGraph g = b.build();
        assertEquals(1, g.componentCount(), "one-way streets still join their ends into one component");
        int forward = 0;
        int both = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.way(e) != null && g.way(e).ref().equals("A-B")) {
                assertEquals(RoadGraph.FORWARD, g.direction(e), "both halves of the split edge stay one-way");
                assertTrue(g.lon(g.edgeB(e)) > g.lon(g.edgeA(e)), "and run west to east");
                forward++;
            } else {
                assertEquals(RoadGraph.BOTH, g.direction(e));
                both++;
            }
        }
        assertEquals(2, forward);
        assertEquals(2, both, "C and its gap join");
        // From B nothing leads back west; from A everything is reached.
        ShortestPaths sp = new ShortestPaths(g);
        int a = nodeAt(g, 0, 0);
        int east = nodeAt(g, 20, 0);
        sp.run(east);
        assertEquals(Double.POSITIVE_INFINITY, sp.minutes(a));
        sp.run(a);
        assertTrue(sp.minutes(east) < Double.POSITIVE_INFINITY);
    }

    @Test
    void onewayValuesAreReadAsOsmWritesThem() {
        for (Object v : new Object[] {"yes", "YES", "true", "1", 1, 1L, 2.0, "forward"}) {
            assertEquals(RoadGraph.FORWARD, RoadGraph.oneway(v), "" + v);
        }
        for (Object v : new Object[] {"-1", -1, -1L, "reverse", "backward"}) {
            assertEquals(RoadGraph.BACKWARD, RoadGraph.oneway(v), "" + v);
        }
        for (Object v : new Object[] {null, "", "no", "false", "0", 0, 0.0, "reversible", "alternating"}) {
            assertEquals(RoadGraph.BOTH, RoadGraph.oneway(v), "" + v);
        }
    }

    private static int nodeAt(RoadGraph g, double xKm, double yKm) {
        for (int n = 0; n < g.nodeCount(); n++) {
            if (Math.abs(g.lon(n) - TestGraphs.lon(xKm)) < 1e-6 && Math.abs(g.lat(n) - TestGraphs.lat(yKm)) < 1e-6) {
                return n;
            }
        }
        throw new AssertionError("no node at " + xKm + ", " + yKm);
    }
}
