package org.beltmap.core.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.RayEdits;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.RayFinder;

/**
 * What one analysis run is asked for. Every member that is null takes the project's value, so the app and the CLI
 * only say what differs from the project (a scenario, a centre, railways switched on, other weights).
 *
 * @param parts what to compute; scores imply rays and bundles
 * @param centres chosen centres (null: the project's); a scenario's added centres join them
 * @param railways railways in the network (null: the project's {@code settings.railwaysInNetwork})
 * @param thresholds belt thresholds in minutes (null: the project's)
 * @param isochroneMinutes isochrone bands (null: the project's)
 * @param rayEdits the user's ray edits (null: the project's)
 * @param scoring score weights (null: the project's)
 * @param bundleSettings corridor width, minimum run, strip (null: the project's)
 */
public record AnalysisRequest(Set<Part> parts, Scenario scenario, List<Town> centres, Boolean railways,
                              List<Double> thresholds, List<Double> isochroneMinutes, double isochroneCellM,
                              double isochroneSmoothM, RayFinder.Options rayOptions, RayEdits rayEdits,
                              ScoringModel scoring, BundleSettings bundleSettings) {

    /** The parts of the analysis; a part pulls in those it needs (every part but BUNDLES alone needs the МТД). */
    public enum Part { BELTS, ISOCHRONES, RAYS, BUNDLES, SCORES }

    /** Smoothing of isochrone outlines in metres, the same on screen and in every export. */
    public static final double DEFAULT_SMOOTH_M = 250;
    /** Travel-time grid cell for isochrones, metres. */
    public static final double DEFAULT_CELL_M = 500;

    public AnalysisRequest {
        parts = parts == null || parts.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(parts);
        scenario = scenario == null ? Scenario.NONE : scenario;
        centres = centres == null ? null : List.copyOf(centres);
        rayOptions = rayOptions == null ? RayFinder.Options.defaults() : rayOptions;
    }

    /** Everything, on the project's settings, base network. */
    public static AnalysisRequest all() {
        return new AnalysisRequest(null, null, null, null, null, null, DEFAULT_CELL_M, DEFAULT_SMOOTH_M, null, null,
                null, null);
    }

    /** Only the given parts (and what they need). */
    public static AnalysisRequest of(Part first, Part... rest) {
        return all().withParts(EnumSet.of(first, rest));
    }

    public boolean wants(Part p) {
        return switch (p) {
            case BELTS -> !parts.equals(EnumSet.of(Part.BUNDLES));
            case RAYS -> parts.contains(Part.RAYS) || parts.contains(Part.SCORES);
            case BUNDLES -> parts.contains(Part.BUNDLES) || parts.contains(Part.SCORES);
            default -> parts.contains(p);
        };
    }

    public AnalysisRequest withParts(Set<Part> p) {
        return new AnalysisRequest(p, scenario, centres, railways, thresholds, isochroneMinutes, isochroneCellM,
                isochroneSmoothM, rayOptions, rayEdits, scoring, bundleSettings);
    }

    public AnalysisRequest withScenario(Scenario s) {
        return new AnalysisRequest(parts, s, centres, railways, thresholds, isochroneMinutes, isochroneCellM,
                isochroneSmoothM, rayOptions, rayEdits, scoring, bundleSettings);
    }

    public AnalysisRequest withCentres(List<Town> c) {
        return new AnalysisRequest(parts, scenario, c, railways, thresholds, isochroneMinutes, isochroneCellM,
                isochroneSmoothM, rayOptions, rayEdits, scoring, bundleSettings);
    }

    public AnalysisRequest withRailways(Boolean on) {
        return new AnalysisRequest(parts, scenario, centres, on, thresholds, isochroneMinutes, isochroneCellM,
                isochroneSmoothM, rayOptions, rayEdits, scoring, bundleSettings);
    }

    public AnalysisRequest withThresholds(List<Double> t) {
        return new AnalysisRequest(parts, scenario, centres, railways, t, isochroneMinutes, isochroneCellM,
                isochroneSmoothM, rayOptions, rayEdits, scoring, bundleSettings);
    }

    public AnalysisRequest withIsochrones(List<Double> minutes, double cellM, double smoothM) {
        return new AnalysisRequest(parts, scenario, centres, railways, thresholds, minutes, cellM, smoothM,
                rayOptions, rayEdits, scoring, bundleSettings);
    }

    public AnalysisRequest withRayOptions(RayFinder.Options o) {
        return new AnalysisRequest(parts, scenario, centres, railways, thresholds, isochroneMinutes, isochroneCellM,
                isochroneSmoothM, o, rayEdits, scoring, bundleSettings);
    }

    public AnalysisRequest withRayEdits(RayEdits e) {
        return new AnalysisRequest(parts, scenario, centres, railways, thresholds, isochroneMinutes, isochroneCellM,
                isochroneSmoothM, rayOptions, e, scoring, bundleSettings);
    }

    public AnalysisRequest withScoring(ScoringModel m) {
        return new AnalysisRequest(parts, scenario, centres, railways, thresholds, isochroneMinutes, isochroneCellM,
                isochroneSmoothM, rayOptions, rayEdits, m, bundleSettings);
    }

    public AnalysisRequest withBundleSettings(BundleSettings b) {
        return new AnalysisRequest(parts, scenario, centres, railways, thresholds, isochroneMinutes, isochroneCellM,
                isochroneSmoothM, rayOptions, rayEdits, scoring, b);
    }
}
