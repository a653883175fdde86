package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled Krasnodar Krai project loads completely: every layer, the 26 towns with both names. */
class SampleRegionTest {

    static Region region;

    @BeforeAll
    static void load() {
        region = Sample.region();
    }

    @Test
    void loadsEveryLayerWithoutProblems() {
        assertTrue(region.problems().isEmpty(), () -> "problems: " + region.problems());
        assertEquals(8, region.layers().size());
        assertEquals(26, region.layer("towns").orElseThrow().size());
        assertEquals(249, region.layer("settlements").orElseThrow().size());
        assertEquals(14, region.layer("roads").orElseThrow().size());
        assertEquals(2, region.layersOfKind(LayerKind.ENGINEERING).size());
    }

    @Test
    void layersAreInLonLat() {
        region.layers().values().forEach(l -> assertTrue(l.crs().contains("4326") || l.crs().contains("CRS84"),
                l.spec().id() + " crs " + l.crs()));
        var extent = region.layer("boundary").orElseThrow().extent();
        // Krasnodar Krai with Adygea lies within 36–42.5 E, 43–47 N.
        assertTrue(extent.getMinX() > 35 && extent.getMaxX() < 43, extent::toString);
        assertTrue(extent.getMinY() > 42 && extent.getMaxY() < 47.5, extent::toString);
    }

    @Test
    void twentySixTownsWithRussianAndEnglishNames() {
        assertEquals(26, region.towns().size());
        region.towns().forEach(t -> {
            assertTrue(t.nameRu() != null && t.nameRu().matches(".*[А-Яа-яЁё].*"), t.id() + " name_ru " + t.nameRu());
            assertTrue(t.nameEn() != null && t.nameEn().matches("[A-Za-z][A-Za-z -]+"), t.id() + " name_en " + t.nameEn());
        });
        Town korenovsk = town("Korenovsk");
        assertEquals("Кореновск", korenovsk.nameRu());
        assertEquals(45.464, korenovsk.lat(), 0.01);
        assertEquals(39.459, korenovsk.lon(), 0.01);
    }

    @Test
    void sizeClassComesFromPopulation() {
        assertEquals("small", town("Korenovsk").sizeClass().id());
        assertEquals("large", town("Krasnodar").sizeClass().id());
        assertEquals("big", town("Novorossiysk").sizeClass().id());
        for (Town t : region.towns()) {
            assertEquals(region.project().settings().sizeClasses().classify(t.population()), t.sizeClass());
        }
    }

    @Test
    void publishedFiguresAreJoinedAndMarked() {
        Town korenovsk = town("Korenovsk");
        assertEquals(45.0, korenovsk.published().mtdMin());
        assertEquals(1, korenovsk.published().belt());
        assertEquals(1425.9, korenovsk.published().areaKm2(), 1e-9);
        assertTrue(korenovsk.published().source().contains("2014"));
        long withMtd = region.towns().stream().filter(t -> t.published().mtdMin() != null).count();
        assertEquals(11, withMtd, "the paper publishes МТД for the 11 small towns");
    }

    @Test
    void krasnodarIsTheCentre() {
        assertEquals(1, region.centres().size());
        assertEquals("Krasnodar", region.centres().get(0).nameEn());
    }

    static Town town(String en) {
        return region.towns().stream().filter(t -> en.equals(t.nameEn())).findFirst().orElseThrow();
    }
}
