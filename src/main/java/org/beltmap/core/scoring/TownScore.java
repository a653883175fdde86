package org.beltmap.core.scoring;

import java.util.Map;
import org.beltmap.core.model.Town;

/**
 * A town's potential score with every input and component: raw distances and strengths, each component's
 * transformed value (0–1) and its contribution in points (value × weight share × 100).
 */
public record TownScore(Town town, double score, int rank, double distRayKm, String nearestRay, double rayStrength,
                        double distBundleKm, int bundleStrength, double mtdMin, int belt,
                        Map<String, Double> values, Map<String, Double> points) {
}
