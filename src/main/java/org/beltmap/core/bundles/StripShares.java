package org.beltmap.core.bundles;

/**
 * How much of the settlement system lies in the urbanised strips (урбанизированные полосы) along the bundles.
 * Population counts only places with a known population.
 */
public record StripShares(int towns, int townsInStrips, long townPopulation, long townPopulationInStrips,
                          int settlements, int settlementsInStrips, long settlementPopulation,
                          long settlementPopulationInStrips, double stripsAreaKm2, Double territoryAreaKm2,
                          Double stripsInTerritoryKm2) {

    public static double percent(double part, double whole) {
        return whole > 0 ? 100.0 * part / whole : 0;
    }

    public double townsShare() {
        return percent(townsInStrips, towns);
    }

    public double townPopulationShare() {
        return percent(townPopulationInStrips, townPopulation);
    }

    public double settlementsShare() {
        return percent(settlementsInStrips, settlements);
    }

    public double settlementPopulationShare() {
        return percent(settlementPopulationInStrips, settlementPopulation);
    }

    /** Share of the region's territory (its boundary layer) in strips, or null without a boundary. */
    public Double territoryShare() {
        return territoryAreaKm2 == null ? null : percent(stripsInTerritoryKm2, territoryAreaKm2);
    }
}
