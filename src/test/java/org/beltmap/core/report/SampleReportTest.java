package org.beltmap.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.analysis.RegionAnalysis;
import org.beltmap.core.metrics.BeltStatistics;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.Town;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's report read back: what a consultant would look for in the PDF and the DOCX. */
class SampleReportTest {

    static AnalysisResult result;
    static List<Town> small;

    @BeforeAll
    static void analyse() {
        result = RegionAnalysis.once(Sample.region(), Reports.request(Sample.region(), AnalysisRequest.all()));
        List<SizeClass> classes = Sample.region().project().settings().sizeClasses().classes();
        small = Sample.region().towns().stream().filter(t -> classes.get(classes.size() - 1).equals(t.sizeClass()))
                .toList();
    }

    /** The PDF's text with every kind of space as one plain space, as a reader searching it would type. */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void theEnglishPdfHoldsEverySmallTownTheBeltPopulationsAndTheCredits() throws Exception {
        ReportText t = new ReportText(Locale.ENGLISH);
        byte[] pdf = Reports.write(Reports.content(result, Locale.ENGLISH, ReportBuilder.Cards.SMALL),
                Reports.Format.PDF);
        String text = pdfText(pdf);
        assertEquals(11, small.size());
        for (Town town : small) {
            assertTrue(text.contains("Town card: " + town.nameEn()), town.nameEn());
        }
        BeltStatistics stats = result.beltStatistics();
        for (BeltStatistics.Row row : stats.belts()) {
            String people = t.integer(row.population()).replace('\u00A0', ' ');
            assertTrue(text.contains("Belt " + row.belt()) && text.contains(people), "belt " + row.belt() + ": "
                    + people);
        }
        assertTrue(text.contains("© OpenStreetMap contributors (ODbL 1.0)"), "the project's attribution");
        assertTrue(text.contains("GeoNames (CC BY 4.0)"));
        assertTrue(text.contains("Licences and attributions"));
        assertTrue(text.contains("every figure below") && !text.contains("\uFB01"), "searchable: no ligatures");
        int n = pages(pdf);
        assertTrue(text.contains("Page " + n + " of " + n), "page numbers");
        // Title, map, rings, belts, towns, metrics, rays, ranking, 11 cards and methods: at least 19 pages.
        assertTrue(n >= 19 && n <= 30, n + " pages");
    }

    @Test
    void theEnglishReportsMapNamesTheTownsInLatinScript() throws Exception {
        byte[] pdf = Reports.write(Reports.content(result, Locale.ENGLISH, ReportBuilder.Cards.NONE),
                Reports.Format.PDF);
        String mapPage;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(2);
            page.setEndPage(2);
            mapPage = page.getText(doc);
        }
        assertTrue(mapPage.contains("Korenovsk") && !mapPage.contains("Кореновск"), "the belt map's town labels");
    }

    @Test
    void theRussianPdfIsInRussianWithTheSameFigures() throws Exception {
        Locale ru = Locale.forLanguageTag("ru");
        ReportText t = new ReportText(ru);
        byte[] pdf = Reports.write(Reports.content(result, ru, ReportBuilder.Cards.NONE), Reports.Format.PDF);
        String text = pdfText(pdf);
        assertTrue(text.contains("Статистика поясов"));
        assertTrue(text.contains("Лицензии и атрибуция"));
        for (Town town : small) {
            assertTrue(text.contains(town.nameRu()), town.nameRu());
        }
        BeltStatistics.Row first = result.beltStatistics().belts().get(0);
        assertTrue(text.contains(t.integer(first.population()).replace('\u00A0', ' ')));
        assertTrue(!text.contains("Карточка города"), "no cards asked for");
    }

    @Test
    void theDocxHasATableOfTheTownsWithARepeatedHeader() throws Exception {
        byte[] docx = Reports.write(Reports.content(result, Locale.ENGLISH, ReportBuilder.Cards.NONE),
                Reports.Format.DOCX);
        String xml = entry(docx, "word/document.xml");
        int at = xml.indexOf("Towns: computed and published");
        assertTrue(at > 0, "the towns table's caption");
        String table = xml.substring(xml.indexOf("<w:tbl>", at), xml.indexOf("</w:tbl>", at));
        assertTrue(table.contains("<w:tblHeader"), "the header row repeats on every page");
        for (Town town : Sample.region().towns()) {
            assertTrue(table.contains(">" + town.nameEn() + "<"), town.nameEn());
        }
        String styles = entry(docx, "word/styles.xml");
        assertTrue(styles.contains("w:styleId=\"Heading1\"") && xml.contains("w:val=\"Heading1\""), "real headings");
        // The map and the rings as images, A4 at 200 dpi: a PNG over 1,500 px wide.
        byte[] png = entry(docx, "word/media/image1.png").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() > 1500, image.getWidth() + " px");
        assertTrue(xml.contains("<pic:pic") || xml.contains("pic:pic"), "a picture in the text");
        entry(docx, "word/media/image2.png");
    }

    static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    byte[] b = in.readAllBytes();
                    return new String(b, name.endsWith(".png") ? java.nio.charset.StandardCharsets.ISO_8859_1
                            : java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the file");
    }
}
