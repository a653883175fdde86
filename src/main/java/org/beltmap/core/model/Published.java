package org.beltmap.core.model;

/**
 * Figures published in the source literature for a town, kept as data and never "fixed".
 * Any field may be null when the source gives none. {@code mtdText} keeps the qualifier ("~45", "&gt; 90").
 */
public record Published(Long population, Double areaKm2, Double density, Double mtdMin, String mtdText,
                        Integer belt, String source) {

    public static final Published NONE = new Published(null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return population == null && areaKm2 == null && density == null && mtdMin == null && belt == null;
    }

    /** Density recomputed from the published population and area, to show beside the published one. */
    public Double recomputedDensity() {
        if (population == null || areaKm2 == null || areaKm2 <= 0) {
            return null;
        }
        return population / areaKm2;
    }

    /** True when the published density differs from population / area by more than 2 %. */
    public boolean densityDisagrees() {
        Double r = recomputedDensity();
        return r != null && density != null && Math.abs(r - density) > 0.02 * Math.max(r, density);
    }
}
