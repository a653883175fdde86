package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Centre;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.SizeClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The settings dialog's fields: numbers in the UI language's way, problems worded with the fix, the result. */
class SettingsViewModelTest {

    static Region sample;
    static final Messages EN = new Messages(Locale.ENGLISH);
    static final Messages RU = new Messages(Locale.forLanguageTag("ru"));

    @BeforeAll
    static void load() {
        sample = RegionLoader.load(MainViewModelTest.SAMPLE);
    }

    @Test
    void untouchedFieldsGiveBackTheProjectsSettingsExactly() {
        SettingsViewModel s = new SettingsViewModel(RU, sample);
        assertTrue(s.validProperty().get(), s.problems()::toString);
        assertEquals(sample.project().settings(), s.apply().settings());
        assertEquals(sample.project().centres(), s.apply().centres());
    }

    @Test
    void russianFieldsUseTheDecimalCommaAndSpacesInThousands() {
        SettingsViewModel s = new SettingsViewModel(RU, sample);
        assertEquals("1,3", s.text("detourFactor").get());
        assertEquals("45; 90", s.beltThresholdsProperty().get());
        assertTrue(s.text("sizeClass.largest").get().matches("1[\\u00a0\\u202f ]000[\\u00a0\\u202f ]000"),
                s.text("sizeClass.largest").get());
        s.text("detourFactor").set("1,45");
        s.text("speed.federal_A").set("72.5");
        s.beltThresholdsProperty().set("30, 60; 120");
        s.isochroneMinutesProperty().set("15 30,5");
        s.text("sizeClass.medium").set("40 000");
        Settings out = s.apply().settings();
        assertEquals(1.45, out.detourFactor(), 1e-12);
        assertEquals(72.5, out.speedFor("federal_A"), 1e-12, "a decimal point is read too");
        assertEquals(List.of(30.0, 60.0, 120.0), out.beltThresholdsMin());
        assertEquals(List.of(15.0, 30.5), out.isochroneMinutes());
        assertTrue(out.sizeClasses().classes().contains(new SizeClass("medium", 40_000)));
    }

    @Test
    void englishFieldsUseTheDecimalPointAndCommasInThousands() {
        SettingsViewModel s = new SettingsViewModel(EN, sample);
        assertEquals("1.3", s.text("detourFactor").get());
        assertEquals("45, 90", s.beltThresholdsProperty().get());
        assertEquals("1,000,000", s.text("sizeClass.largest").get());
        s.text("sizeClass.largest").set("1,500,000");
        s.text("detourFactor").set("1.2");
        s.isochroneMinutesProperty().set("20,40;60");
        Settings out = s.apply().settings();
        assertTrue(out.sizeClasses().classes().contains(new SizeClass("largest", 1_500_000)));
        assertEquals(1.2, out.detourFactor(), 1e-12);
        assertEquals(List.of(20.0, 40.0, 60.0), out.isochroneMinutes());
    }

    @Test
    void thresholdsLargestFirstAreExplainedWithTheOrderToWrite() {
        SettingsViewModel s = new SettingsViewModel(EN, sample);
        s.beltThresholdsProperty().set("90, 45");
        assertFalse(s.validProperty().get());
        assertEquals(List.of("Belt thresholds must be ascending and greater than 0 (got 90, 45): write them smallest "
                + "first, e.g. 45, 90"), s.problems());
        assertTrue(s.problemByField().containsKey("beltThresholds"));
        assertThrows(IllegalStateException.class, s::apply);
        s.beltThresholdsProperty().set("45, 90");
        assertTrue(s.validProperty().get());
        assertTrue(s.problemByField().isEmpty());

        SettingsViewModel ru = new SettingsViewModel(RU, sample);
        ru.beltThresholdsProperty().set("90; 45");
        assertEquals(List.of("Границы поясов: значения должны возрастать и быть больше 0 (сейчас 90; 45) — запишите их "
                + "от меньшего к большему, например 45; 90"), ru.problems());
    }

    @Test
    void eachBadFieldIsNamedWithWhatToWrite() {
        SettingsViewModel s = new SettingsViewModel(RU, sample);
        s.text("detourFactor").set("полтора");
        s.text("speed.local").set("0");
        s.text("accessSpeed").set("350");
        s.text("snapTolerance").set("-5");
        s.text("maxAccess").set("0");
        s.text("sizeClass.big").set("45 000");
        assertEquals(java.util.Set.of("speed.local", "accessSpeed", "detourFactor", "snapTolerance", "maxAccess",
                "sizeClass.big"), s.problemByField().keySet());
        assertEquals("Коэффициент непрямолинейности подъезда: «полтора» — не число; запишите, например, 1,3",
                s.problemByField().get("detourFactor"));
        assertEquals("Местные дороги: скорость должна быть больше 0 и меньше 300 км/ч (сейчас 0) — укажите среднюю "
                + "скорость, например 60", s.problemByField().get("speed.local"));
        assertTrue(s.problemByField().get("sizeClass.big").startsWith("Нижняя граница класса «большой»: должна быть "
                + "выше границы нижележащего класса (50"), s.problemByField().get("sizeClass.big"));
        assertEquals(6, s.problems().size());
    }

    @Test
    void centresAreListedByNameAddedFromTheTownsAndAtLeastOneIsNeeded() {
        SettingsViewModel s = new SettingsViewModel(EN, sample);
        assertEquals(List.of("Krasnodar"), s.centres().stream().map(s::centreName).toList());
        assertEquals(25, s.centreCandidates().size(), "every town but the centre");
        s.removeCentre(s.centres().get(0));
        assertFalse(s.validProperty().get());
        assertEquals(List.of("Centres: add at least one centre (pick a town and press Add)"), s.problems());
        s.addCentre(sample.town("Sochi").orElseThrow());
        s.addCentre(sample.town("Сочи").orElseThrow());
        assertTrue(s.validProperty().get());
        assertEquals(List.of(Centre.ofTown("Сочи")), s.apply().centres(), "named as in the towns layer, once");
    }

    @Test
    void anEmptyClassSpeedMeansTheDefaultSpeed() {
        SettingsViewModel s = new SettingsViewModel(EN, sample);
        s.text("speed.local").set("");
        s.text("defaultSpeed").set("35");
        Settings out = s.apply().settings();
        assertFalse(out.speedsKmh().containsKey("local"));
        assertEquals(35.0, out.speedFor("local"));
        s.text("defaultSpeed").set("");
        assertEquals("Roads of other classes: “” is not a number; write it like 60", s.problemByField().get("defaultSpeed"));
    }
}
