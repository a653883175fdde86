package org.beltmap.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.model.SettingsCheck.Code;
import org.beltmap.core.model.SettingsCheck.Problem;
import org.junit.jupiter.api.Test;

/** Each rule of the settings check on its own, and what a problem tells the user to write instead. */
class SettingsCheckTest {

    static final List<Centre> KRASNODAR = List.of(Centre.ofTown("Краснодар"));
    final Settings ok = Settings.defaults();

    static List<String> fields(List<Problem> ps) {
        return ps.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void theDefaultsWithACentrePass() {
        assertEquals(List.of(), SettingsCheck.check(ok, KRASNODAR));
    }

    @Test
    void thresholdsWrittenLargestFirstAreReportedWithTheOrderThatWouldDo() {
        List<Problem> ps = SettingsCheck.check(ok.withBeltThresholds(List.of(90.0, 45.0)), KRASNODAR);
        assertEquals(List.of("beltThresholds:ASCENDING"), fields(ps));
        assertEquals(List.of(List.of(90.0, 45.0), List.of(45.0, 90.0)), ps.get(0).args());
    }

    @Test
    void zeroRepeatedOrMissingMinutesAreReported() {
        List<Problem> ps = SettingsCheck.check(ok.withIsochroneMinutes(List.of(0.0, 30.0, 30.0)), KRASNODAR);
        assertEquals(List.of("isochroneMinutes:ASCENDING"), fields(ps));
        assertEquals(List.of(30.0), ps.get(0).args().get(1), "zero and the repeat dropped");
        assertEquals(List.of("isochroneMinutes:EMPTY"),
                fields(SettingsCheck.check(ok.withIsochroneMinutes(List.of()), KRASNODAR)));
        assertEquals(List.of("beltThresholds:ASCENDING"),
                fields(SettingsCheck.check(ok.withBeltThresholds(List.of(-5.0)), KRASNODAR)));
    }

    @Test
    void speedsMustBeAboveZeroAndBelow300() {
        Map<String, Double> speeds = new LinkedHashMap<>(Settings.DEFAULT_SPEEDS);
        speeds.put("federal_M", 0.0);
        speeds.put("local", 300.0);
        speeds.put("regional", 299.0);
        List<Problem> ps = SettingsCheck.check(ok.withSpeeds(speeds, -1), KRASNODAR);
        assertEquals(List.of("speed.federal_M:RANGE", "speed.local:RANGE", "defaultSpeed:RANGE"), fields(ps));
        assertEquals(List.of(300.0, 0.0, 300.0), ps.get(1).args());
    }

    @Test
    void detourAccessTolerancesAndMaxAccessHaveTheirBounds() {
        Settings s = new Settings(ok.sizeClasses(), ok.beltThresholdsMin(), ok.isochroneMinutes(), ok.speedsKmh(),
                60, 0, 0.9, -1, -0.5, 0);
        assertEquals(List.of("accessSpeed:RANGE", "detourFactor:BETWEEN", "snapTolerance:NON_NEGATIVE",
                "gapJoin:NON_NEGATIVE", "maxAccess:POSITIVE"), fields(SettingsCheck.check(s, KRASNODAR)));
        Settings edge = new Settings(ok.sizeClasses(), ok.beltThresholdsMin(), ok.isochroneMinutes(), ok.speedsKmh(),
                60, 5, 5.0, 0, 0, 0.1);
        assertEquals(List.of(), SettingsCheck.check(edge, KRASNODAR), "detour 5 and zero tolerances are allowed");
        Settings tooWinding = new Settings(ok.sizeClasses(), ok.beltThresholdsMin(), ok.isochroneMinutes(),
                ok.speedsKmh(), 60, 5, 5.01, 0, 0, 1);
        assertEquals(List.of("detourFactor:BETWEEN"), fields(SettingsCheck.check(tooWinding, KRASNODAR)));
        Settings nan = new Settings(ok.sizeClasses(), ok.beltThresholdsMin(), ok.isochroneMinutes(),
                ok.speedsKmh(), Double.NaN, 40, 1.3, 30, 300);
        assertEquals(List.of("defaultSpeed:RANGE"), fields(SettingsCheck.check(nan, KRASNODAR)));
    }

    @Test
    void sizeBoundsMustRiseFromTheSmallestClassAndNotBeNegative() {
        List<SizeClass> entered = List.of(new SizeClass("small", 0), new SizeClass("medium", 50_000),
                new SizeClass("big", 40_000), new SizeClass("large", 250_000), new SizeClass("largest", -1));
        List<Problem> ps = SettingsCheck.sizeClasses(entered);
        assertEquals(List.of("sizeClass.big:SIZE_ORDER", "sizeClass.largest:NON_NEGATIVE"), fields(ps));
        assertEquals(List.of(40_000.0, 50_000.0), ps.get(0).args());
        SizeClassScheme repeated = new SizeClassScheme(List.of(new SizeClass("small", 0),
                new SizeClass("medium", 50_000), new SizeClass("big", 50_000)));
        Settings s = new Settings(repeated, ok.beltThresholdsMin(), ok.isochroneMinutes(), ok.speedsKmh(), 60, 40,
                1.3, 30, 300);
        assertEquals(1, SettingsCheck.check(s, KRASNODAR).size(), "two classes on one bound: one never used");
    }

    @Test
    void atLeastOneCentreIsNeeded() {
        assertEquals(List.of("centres:NO_CENTRE"), fields(SettingsCheck.check(ok, List.of())));
        assertTrue(SettingsCheck.check(ok, List.of(new Centre(null, 39.0, 45.0))).isEmpty());
    }

    @Test
    void everyRuleRefusesInfinityAndNaN() {
        for (String field : List.of("speed.local", "detourFactor", "snapTolerance", "maxAccess", "bundles.width",
                "weight.accessibility", "scoring.mtdHalf", "rays.catchment", "rays.minShare", "isochrones.cell",
                "isochrones.smooth", "export.dpi")) {
            assertTrue(SettingsCheck.number(field, Double.POSITIVE_INFINITY).isPresent(), field + " infinite");
            assertTrue(SettingsCheck.number(field, Double.NaN).isPresent(), field + " NaN");
        }
        assertEquals(List.of("beltThresholds:ASCENDING"),
                fields(SettingsCheck.check(ok.withBeltThresholds(List.of(45.0, Double.POSITIVE_INFINITY)), KRASNODAR)));
    }

    @Test
    void optionsAndBundlesHaveTheirBounds() {
        assertEquals(Code.POSITIVE, SettingsCheck.number("rays.catchment", -1).orElseThrow().code());
        assertTrue(SettingsCheck.number("rays.catchment", 0.5).isEmpty());
        assertEquals(List.of(1.5, 0.0, 1.0), SettingsCheck.number("rays.minShare", 1.5).orElseThrow().args());
        assertTrue(SettingsCheck.number("rays.minShare", 0).isEmpty());
        assertEquals(Code.POSITIVE, SettingsCheck.number("isochrones.cell", 0).orElseThrow().code());
        assertTrue(SettingsCheck.number("isochrones.smooth", 0).isEmpty(), "--smooth 0 gives the raw outlines");
        assertTrue(SettingsCheck.number("bundles.minLength", 0).isEmpty());
        assertTrue(SettingsCheck.number("bundles.width", 0).isPresent());
        assertTrue(SettingsCheck.number("export.dpi", 35).isPresent());
        assertTrue(SettingsCheck.number("export.dpi", 1200).isEmpty());
    }

    @Test
    void weightsMayBeZeroButNotAllOfThem() {
        Map<String, Double> w = new LinkedHashMap<>(ScoringModel.defaults().weights());
        w.put(ScoringModel.RAY_STRENGTH, 0.0);
        assertEquals(List.of(), SettingsCheck.scoring(w, 15, 10, 90));
        w.replaceAll((k, v) -> 0.0);
        assertEquals(List.of("weights:ALL_ZERO"), fields(SettingsCheck.scoring(w, 15, 10, 90)));
        w.put(ScoringModel.ACCESSIBILITY, -0.1);
        assertEquals(List.of("weight.accessibility:NON_NEGATIVE", "scoring.rayHalf:POSITIVE"),
                fields(SettingsCheck.scoring(w, 0, 10, 90)), "a bad weight is named, not the sum");
    }

    @Test
    void aScoringModelRefusesWhatTheCheckRefuses() {
        Map<String, Double> w = new LinkedHashMap<>(ScoringModel.defaults().weights());
        w.put(ScoringModel.ACCESSIBILITY, Double.POSITIVE_INFINITY);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ScoringModel(w, 15, 10, 90));
        assertTrue(e.getMessage().contains("weight.accessibility"), e.getMessage());
    }

    @Test
    void problemsReadInEnglishWithTheUnitAndAFix() {
        Problem maxAccess = SettingsCheck.number("maxAccess", -5).orElseThrow();
        assertEquals("must be greater than 0 km (got -5 km)", SettingsWords.problem(maxAccess, true));
        assertEquals("write e.g. 100", SettingsWords.fix(maxAccess, 100.0));
        Problem speed = SettingsCheck.number("speed.local", 0).orElseThrow();
        assertEquals("must be more than 0 and less than 300 km/h", SettingsWords.problem(speed, false));
        Problem order = SettingsCheck.ascending("beltThresholds", List.of(90.0, 45.0), List.of(45.0, 90.0))
                .orElseThrow();
        assertEquals("must be ascending and greater than 0 (got [90, 45])", SettingsWords.problem(order, true));
        assertEquals("write them smallest first, e.g. [45, 90]", SettingsWords.fix(order, List.of(45.0, 90.0)));
        assertEquals("a number of minutes", SettingsWords.what("isochroneMinutes"));
        assertEquals("0.04", SettingsWords.num(0.04));
    }
}
