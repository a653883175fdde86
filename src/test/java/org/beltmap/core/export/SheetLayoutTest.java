package org.beltmap.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;

/**
 * The sheets as a reader sees them: a region with far and unreachable towns, and one with more small towns than a
 * page holds. Text boxes are measured from the written SVG, pages and their text read back from the PDF.
 */
class SheetLayoutTest {

    static ExportOptions options(ExportOptions.Layout layout, ExportOptions.Format format, boolean landscape) {
        return new ExportOptions(layout, format, ExportOptions.Paper.A4, landscape, 150, true, null);
    }

    static List<SvgTexts.Text> svg(DiagramData d, ExportOptions.Layout layout, boolean landscape) throws Exception {
        return SvgTexts.of(Exporter.export(d, options(layout, ExportOptions.Format.SVG, landscape)));
    }

    static String all(List<SvgTexts.Text> texts) {
        StringBuilder b = new StringBuilder();
        texts.forEach(t -> b.append(t.text()).append('|'));
        return b.toString();
    }

    @Test
    void ringsOfAFarRegionPlaceEveryTownLabelWithoutOverlap() throws Exception {
        for (boolean landscape : new boolean[] {true, false}) {
            List<SvgTexts.Text> texts = svg(FarTowns.data(), ExportOptions.Layout.RINGS, landscape);
            assertEquals(List.of(), SvgTexts.overlaps(texts), "no two labels overlap, landscape " + landscape);
            String s = all(texts);
            for (String label : List.of("Ейск 261", "Сочи 262", "Лабинск 600", "Кореновск 54", "Краснодар")) {
                assertTrue(s.contains("|" + label + "|"), label + " is labelled: " + s);
            }
        }
    }

    @Test
    void townsBeyondTheLastRingSpreadOverACompressedBandWithItsOwnTicks() throws Exception {
        RingScale s = RingScale.of(FarTowns.data(), 200);
        assertTrue(s.compressed());
        assertEquals(180, s.linearLimit(), 1e-9, "true to scale up to twice the last threshold (90 min)");
        assertEquals(600, s.bandEnd(), 1e-9, "the band ends at a round figure past the farthest town");
        assertTrue(s.radius(600) - s.radius(262) > 25, "600 min sits well outside 262 min");
        assertTrue(s.radius(262) > s.radius(261) && s.radius(261) > s.rLinear());
        assertEquals(s.rLinear() * 90 / 180, s.radius(90), 1e-9, "inside the band the radius is to scale");
        String texts = all(svg(FarTowns.data(), ExportOptions.Layout.RINGS, true));
        assertTrue(texts.contains("|600 мин|") && texts.contains("|180 мин|"), texts);
        assertTrue(texts.contains("сжатая шкала / compressed scale"), "the band is marked as such");

        RingScale sample = RingScale.of(new DiagramData(Sample.region(), Sample.belts(), List.of(), List.of(),
                List.of(), List.of(), null, null), 200);
        assertTrue(sample.radius(346) < sample.rMax() && sample.radius(218) < sample.radius(346),
                "the sample's Yeysk (346 min) and Sochi (218 min) no longer share the outer ring");
    }

    @Test
    void unreachableTownsAreListedAndSizeClassesNamed() throws Exception {
        String s = all(svg(FarTowns.data(), ExportOptions.Layout.RINGS, true));
        assertTrue(s.contains("|Недостижимы / Unreachable (2)|") && s.contains("|Анапа, Темрюк|"), s);
        assertTrue(s.contains("|малый / small (< 50\u00A0000)|"), s);
        assertTrue(s.contains("|большой / big (100\u00A0000–250\u00A0000)|"), s);
        assertFalse(s.contains("(≥ 0)"), "no raw class bounds");
        assertTrue(s.contains("network: roads · belts at 45 and 90 min"), s);
    }

    @Test
    void theSubtitleNamesTheScenario() throws Exception {
        DiagramData d = FarTowns.data();
        DiagramData scenario = new DiagramData(d.region(), d.belts(), d.isochrones(), d.rays(), d.bundles(),
                d.scores(), "Expressway Krasnodar – Korenovsk", d.attribution(), "roads and railways");
        String s = all(svg(scenario, ExportOptions.Layout.MAP, false));
        assertTrue(s.contains("network: roads and railways") && s.contains("scenario «Expressway Krasnodar – Korenovsk»"),
                s);
    }

    @Test
    void mapLabelsOfTownsAndRaysNeverOverlap() throws Exception {
        var r = RegionAnalysis.once(Sample.region(), AnalysisRequest.of(AnalysisRequest.Part.RAYS));
        DiagramData d = DiagramData.of(r, "© OpenStreetMap contributors");
        for (boolean landscape : new boolean[] {true, false}) {
            List<SvgTexts.Text> texts = svg(d, ExportOptions.Layout.MAP, landscape);
            assertEquals(List.of(), SvgTexts.overlaps(texts), "landscape " + landscape);
            String s = all(texts);
            assertTrue(s.contains("|Краснодар|") && s.contains("|M-4 south|"), s);
        }
    }

    @Test
    void aLongTableGoesOnToASecondPdfPage() throws Exception {
        DiagramData d = FarTowns.data(23);
        for (boolean landscape : new boolean[] {true, false}) {
            byte[] pdf = Exporter.export(d, options(ExportOptions.Layout.MAP, ExportOptions.Format.PDF, landscape));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                int pages = doc.getNumberOfPages();
                String text = new PDFTextStripper().getText(doc);
                for (int i = 1; i <= 23; i++) {
                    assertTrue(text.contains("Посёлок-" + i + " "), "row " + i + " is somewhere");
                }
                if (!landscape) {
                    continue;
                }
                assertEquals(2, pages, "34 small towns do not fit beside the A4 landscape map");
                PDFTextStripper second = new PDFTextStripper();
                second.setStartPage(2);
                second.setEndPage(2);
                String two = second.getText(doc);
                assertTrue(two.contains("продолжение / continued") && two.contains("Посёлок-23"), two);
                assertTrue(two.contains("OpenStreetMap"), "every page carries the attribution");
            }
        }
        try (PDDocument doc = Loader.loadPDF(Exporter.export(FarTowns.data(),
                options(ExportOptions.Layout.MAP, ExportOptions.Format.PDF, true)))) {
            assertEquals(1, doc.getNumberOfPages(), "the sample's 11 small towns fit the first page");
        }
    }

    @Test
    void onOnePageTheTableTakesASecondColumnAndStaysAboveTheFooter() throws Exception {
        for (boolean landscape : new boolean[] {true, false}) {
            List<SvgTexts.Text> texts = svg(FarTowns.data(23), ExportOptions.Layout.MAP, landscape);
            SvgTexts.Text footer = texts.stream().filter(t -> t.text().startsWith("Data:")).findFirst().orElseThrow();
            for (SvgTexts.Text t : texts) {
                if (t.box().getMaxY() > footer.box().getY()) {
                    assertEquals(footer.box().getX(), t.box().getX(), 1e-9,
                            "only footer lines reach the footer, not '" + t.text() + "' (landscape " + landscape + ")");
                }
            }
            assertEquals(List.of(), SvgTexts.overlaps(texts), "landscape " + landscape);
            // Each column of the table has its header; every row starts at a column's edge.
            List<Double> columns = texts.stream().filter(t -> t.text().equals("город")).map(t -> t.box().getX())
                    .toList();
            if (landscape) {
                assertEquals(2, columns.size(), "34 rows need a second column beside the A4 landscape map");
            }
            for (int i = 1; i <= 23; i++) {
                String name = "Посёлок-" + i;
                assertTrue(texts.stream().anyMatch(t -> t.text().equals(name) && columns.contains(t.box().getX())),
                        name + " has a row in the table (landscape " + landscape + ")");
            }
        }
    }
}
