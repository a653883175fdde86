package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Screen boxes already taken by symbols and labels, bucketed in a coarse grid so a collision test looks at a
 * handful of neighbours instead of every box on screen (labels for 10,000 towns stay linear). One grid per frame
 * is shared by every painter, so town labels, the centre's label and ray labels never overlap one another.
 */
public final class LabelGrid {

    /** What took a box: a symbol, or a label of a town or a ray. */
    enum Kind { SYMBOL, TOWN_LABEL, RAY_LABEL }

    private final double cell;
    private final int cols;
    private final int rows;
    private final List<double[]>[] buckets;
    private final java.util.Map<Kind, List<double[]>> byKind = new java.util.EnumMap<>(Kind.class);

    @SuppressWarnings("unchecked")
    LabelGrid(double width, double height, double cell) {
        this.cell = cell;
        this.cols = Math.max(1, (int) Math.ceil(width / cell) + 2);
        this.rows = Math.max(1, (int) Math.ceil(height / cell) + 2);
        this.buckets = new List[cols * rows];
    }

    /** True when the box (x, y, w, h) overlaps no box added so far. */
    boolean isFree(double x, double y, double w, double h) {
        int c0 = col(x);
        int c1 = col(x + w);
        int r0 = row(y);
        int r1 = row(y + h);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                List<double[]> b = buckets[r * cols + c];
                if (b == null) {
                    continue;
                }
                for (double[] box : b) {
                    if (x < box[0] + box[2] && box[0] < x + w && y < box[1] + box[3] && box[1] < y + h) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    void add(double x, double y, double w, double h) {
        add(x, y, w, h, Kind.SYMBOL);
    }

    void add(double x, double y, double w, double h, Kind kind) {
        double[] box = {x, y, w, h};
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(box);
        for (int r = row(y); r <= row(y + h); r++) {
            for (int c = col(x); c <= col(x + w); c++) {
                int i = r * cols + c;
                if (buckets[i] == null) {
                    buckets[i] = new ArrayList<>(4);
                }
                buckets[i].add(box);
            }
        }
    }

    /** The boxes (x, y, w, h) taken so far by one kind. */
    List<double[]> boxes(Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    // Boxes off screen are clamped into the border cells: still tested, never out of bounds.
    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor(x / cell) + 1));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / cell) + 1));
    }
}
