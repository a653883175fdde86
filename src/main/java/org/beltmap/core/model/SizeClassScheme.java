package org.beltmap.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Configurable town size classes, ordered from the largest threshold down. */
public final class SizeClassScheme {

    /** SP 42.13330: largest &gt; 1,000,000; large 250,000–1,000,000; big 100,000–250,000; medium 50,000–100,000; small. */
    public static final SizeClassScheme SP_42_13330 = new SizeClassScheme(List.of(
            new SizeClass("largest", 1_000_000), new SizeClass("large", 250_000),
            new SizeClass("big", 100_000), new SizeClass("medium", 50_000), new SizeClass("small", 0)));

    private final List<SizeClass> classes;

    public SizeClassScheme(List<SizeClass> classes) {
        if (classes == null || classes.isEmpty()) {
            throw new IllegalArgumentException("at least one size class is needed");
        }
        List<SizeClass> sorted = new ArrayList<>(classes);
        sorted.sort(Comparator.comparingLong(SizeClass::minPopulation).reversed());
        this.classes = List.copyOf(sorted);
    }

    public List<SizeClass> classes() {
        return classes;
    }

    /** The class for a population; unknown population (negative) gives null. */
    public SizeClass classify(long population) {
        if (population < 0) {
            return null;
        }
        for (SizeClass c : classes) {
            if (population >= c.minPopulation()) {
                return c;
            }
        }
        return classes.get(classes.size() - 1);
    }

    /** Index 0 = largest class; used for symbol size and the sequential palette. */
    public int rank(SizeClass c) {
        return classes.indexOf(c);
    }
}
