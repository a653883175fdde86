package org.beltmap.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights and transform parameters of the development-potential score. Defaults come from the domain, not from
 * fitting a ranking: accessibility to the centre weighs most (the paper's belts are defined by it), being on a
 * transport ray next (the radial structure carries development), and the infrastructure bundles that make
 * urbanised strips last. Half-distances match the analysis: 15 km ray catchment, 10 km strip, 90 min belt edge.
 */
public record ScoringModel(Map<String, Double> weights, double rayHalfKm, double bundleHalfKm, double mtdHalfMin) {

    public static final String RAY_PROXIMITY = "ray_proximity";
    public static final String RAY_STRENGTH = "ray_strength";
    public static final String BUNDLE_PROXIMITY = "bundle_proximity";
    public static final String BUNDLE_STRENGTH = "bundle_strength";
    public static final String ACCESSIBILITY = "accessibility";
    public static final String[] COMPONENTS = {ACCESSIBILITY, RAY_PROXIMITY, RAY_STRENGTH, BUNDLE_PROXIMITY,
        BUNDLE_STRENGTH};

    public ScoringModel {
        for (String c : COMPONENTS) {
            if (weights.get(c) == null) {
                throw new IllegalArgumentException("weight '" + c + "' is missing");
            }
        }
        // The rules of SettingsCheck, so weights files, the project and the dialog refuse the same values.
        List<SettingsCheck.Problem> problems = SettingsCheck.scoring(weights, rayHalfKm, bundleHalfKm, mtdHalfMin);
        if (!problems.isEmpty()) {
            SettingsCheck.Problem p = problems.get(0);
            throw new IllegalArgumentException(p.field() + ": " + SettingsWords.problem(p, true));
        }
        weights = Map.copyOf(weights);
    }

    public static ScoringModel defaults() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put(ACCESSIBILITY, 0.30);
        w.put(RAY_PROXIMITY, 0.25);
        w.put(RAY_STRENGTH, 0.15);
        w.put(BUNDLE_PROXIMITY, 0.20);
        w.put(BUNDLE_STRENGTH, 0.10);
        return new ScoringModel(w, 15, 10, 90);
    }

    /** Weight as a share of all weights, so the score stays 0–100 whatever the user enters. */
    public double share(String component) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        return weights.get(component) / sum;
    }

    public ScoringModel withWeight(String component, double w) {
        Map<String, Double> m = new LinkedHashMap<>(weights);
        m.put(component, w);
        return new ScoringModel(m, rayHalfKm, bundleHalfKm, mtdHalfMin);
    }

    /** Exponential decay: 1 at 0, ½ at the half value. */
    public static double decay(double value, double half) {
        return Math.exp(-Math.log(2) * Math.max(0, value) / half);
    }
}
