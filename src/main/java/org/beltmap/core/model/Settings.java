package org.beltmap.core.model;

import java.util.List;
import java.util.Map;

/**
 * Analysis settings stored in the project file. Defaults are those a Russian regional planner would accept:
 * belts at 45/90 min, isochrones at 30/45/90 min, federal M roads 90 km/h, A/R 80, regional 60, local 40.
 */
public record Settings(SizeClassScheme sizeClasses, List<Double> beltThresholdsMin, List<Double> isochroneMinutes,
                       Map<String, Double> speedsKmh, double defaultSpeedKmh, double accessSpeedKmh,
                       double detourFactor, double snapToleranceM, double gapJoinM, double maxAccessKm,
                       BundleSettings bundles, boolean railwaysInNetwork) {

    /** Farthest access leg (km) before a town counts as unreachable from the network its centre is on. */
    public static final double DEFAULT_MAX_ACCESS_KM = 100;

    /** Settings with railways outside the network (the default: routes run on roads only). */
    public Settings(SizeClassScheme sizeClasses, List<Double> beltThresholdsMin, List<Double> isochroneMinutes,
                    Map<String, Double> speedsKmh, double defaultSpeedKmh, double accessSpeedKmh, double detourFactor,
                    double snapToleranceM, double gapJoinM, double maxAccessKm, BundleSettings bundles) {
        this(sizeClasses, beltThresholdsMin, isochroneMinutes, speedsKmh, defaultSpeedKmh, accessSpeedKmh,
                detourFactor, snapToleranceM, gapJoinM, maxAccessKm, bundles, false);
    }

    public Settings(SizeClassScheme sizeClasses, List<Double> beltThresholdsMin, List<Double> isochroneMinutes,
                    Map<String, Double> speedsKmh, double defaultSpeedKmh, double accessSpeedKmh, double detourFactor,
                    double snapToleranceM, double gapJoinM) {
        this(sizeClasses, beltThresholdsMin, isochroneMinutes, speedsKmh, defaultSpeedKmh, accessSpeedKmh,
                detourFactor, snapToleranceM, gapJoinM, DEFAULT_MAX_ACCESS_KM);
    }

    /** Settings without bundle settings (projects and code older than the bundles analysis): bundle defaults. */
    public Settings(SizeClassScheme sizeClasses, List<Double> beltThresholdsMin, List<Double> isochroneMinutes,
                    Map<String, Double> speedsKmh, double defaultSpeedKmh, double accessSpeedKmh, double detourFactor,
                    double snapToleranceM, double gapJoinM, double maxAccessKm) {
        this(sizeClasses, beltThresholdsMin, isochroneMinutes, speedsKmh, defaultSpeedKmh, accessSpeedKmh,
                detourFactor, snapToleranceM, gapJoinM, maxAccessKm, BundleSettings.DEFAULTS);
    }

    public static final Map<String, Double> DEFAULT_SPEEDS = Map.of("federal_M", 90.0, "federal_A", 80.0,
            "federal_R", 80.0, "regional", 60.0, "local", 40.0, "railway", 60.0);

    public static Settings defaults() {
        return new Settings(SizeClassScheme.SP_42_13330, List.of(45.0, 90.0), List.of(30.0, 45.0, 90.0),
                DEFAULT_SPEEDS, 60, 40, 1.3, 30, 300);
    }

    public Settings {
        sizeClasses = sizeClasses == null ? SizeClassScheme.SP_42_13330 : sizeClasses;
        beltThresholdsMin = List.copyOf(beltThresholdsMin == null ? List.of(45.0, 90.0) : beltThresholdsMin);
        isochroneMinutes = List.copyOf(isochroneMinutes == null ? List.of(30.0, 45.0, 90.0) : isochroneMinutes);
        speedsKmh = Map.copyOf(speedsKmh == null ? DEFAULT_SPEEDS : speedsKmh);
        bundles = bundles == null ? BundleSettings.DEFAULTS : bundles;
    }

    public double speedFor(String roadClass) {
        if (roadClass == null) {
            return defaultSpeedKmh;
        }
        return speedsKmh.getOrDefault(roadClass, defaultSpeedKmh);
    }

    public Settings withBeltThresholds(List<Double> thresholds) {
        return new Settings(sizeClasses, thresholds, isochroneMinutes, speedsKmh, defaultSpeedKmh, accessSpeedKmh,
                detourFactor, snapToleranceM, gapJoinM, maxAccessKm, bundles, railwaysInNetwork);
    }

    public Settings withIsochroneMinutes(List<Double> minutes) {
        return new Settings(sizeClasses, beltThresholdsMin, minutes, speedsKmh, defaultSpeedKmh, accessSpeedKmh,
                detourFactor, snapToleranceM, gapJoinM, maxAccessKm, bundles, railwaysInNetwork);
    }

    public Settings withBundles(BundleSettings b) {
        return new Settings(sizeClasses, beltThresholdsMin, isochroneMinutes, speedsKmh, defaultSpeedKmh,
                accessSpeedKmh, detourFactor, snapToleranceM, gapJoinM, maxAccessKm, b, railwaysInNetwork);
    }

    public Settings withRailwaysInNetwork(boolean on) {
        return new Settings(sizeClasses, beltThresholdsMin, isochroneMinutes, speedsKmh, defaultSpeedKmh,
                accessSpeedKmh, detourFactor, snapToleranceM, gapJoinM, maxAccessKm, bundles, on);
    }

    public Settings withSpeeds(Map<String, Double> speeds, double defaultSpeed) {
        return new Settings(sizeClasses, beltThresholdsMin, isochroneMinutes, speeds, defaultSpeed,
                accessSpeedKmh, detourFactor, snapToleranceM, gapJoinM, maxAccessKm, bundles, railwaysInNetwork);
    }

    /**
     * Every speed (per class, the default and the access speed) times {@code factor}, to 0.1 km/h: a calibration
     * applied. The fit scales every minute of a route, access legs included, so the access speed scales too.
     */
    public Settings withSpeedsScaled(double factor) {
        Map<String, Double> scaled = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(speedsKmh).forEach((k, v) -> scaled.put(k, round(v * factor)));
        return new Settings(sizeClasses, beltThresholdsMin, isochroneMinutes, scaled, round(defaultSpeedKmh * factor),
                round(accessSpeedKmh * factor), detourFactor, snapToleranceM, gapJoinM, maxAccessKm, bundles,
                railwaysInNetwork);
    }

    private static double round(double kmh) {
        return Math.round(kmh * 10) / 10.0;
    }
}
