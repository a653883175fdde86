package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} on a tiny project that lacks what the sample has (published figures, a settlements layer, a
 * boundary) and has a town the network does not reach: the report says so instead of failing.
 */
class ReportCommandTest {

    @TempDir
    Path dir;

    /** Three towns on one road, one 60 km off it (beyond the 10 km access leg allowed), nothing else. */
    Path tinyProject() throws Exception {
        Files.writeString(dir.resolve("towns.geojson"), """
                { "type": "FeatureCollection", "features": [
                  { "type": "Feature", "properties": { "name_ru": "Альфа", "name_en": "Alpha", "population": 300000 },
                    "geometry": { "type": "Point", "coordinates": [39.0, 45.0] } },
                  { "type": "Feature", "properties": { "name_ru": "Бета", "name_en": "Beta", "population": 20000 },
                    "geometry": { "type": "Point", "coordinates": [39.5, 45.0] } },
                  { "type": "Feature", "properties": { "name_ru": "Гамма", "name_en": "Gamma", "population": 15000 },
                    "geometry": { "type": "Point", "coordinates": [40.5, 45.0] } },
                  { "type": "Feature", "properties": { "name_ru": "Дельта", "name_en": "Delta", "population": 9000 },
                    "geometry": { "type": "Point", "coordinates": [39.5, 45.55] } } ] }
                """);
        Files.writeString(dir.resolve("roads.geojson"), """
                { "type": "FeatureCollection", "features": [
                  { "type": "Feature", "properties": { "ref": "R-1" },
                    "geometry": { "type": "LineString", "coordinates": [[39.0, 45.0], [39.5, 45.0], [40.5, 45.0]] } } ] }
                """);
        Path project = dir.resolve("tiny.beltmap");
        Files.writeString(project, """
                { "version": 1, "region": { "ru": "Малый край", "en": "Tiny Krai" },
                  "layers": [
                    { "id": "roads", "kind": "roads", "path": "roads.geojson", "title": { "ru": "Дороги", "en": "Roads" } },
                    { "id": "towns", "kind": "towns", "path": "towns.geojson",
                      "fields": { "name_ru": "name_ru", "name_en": "name_en", "population": "population" },
                      "title": { "ru": "Города", "en": "Towns" } } ],
                  "centres": [ { "town": "Альфа" } ],
                  "settings": { "maxAccessKm": 10 } }
                """);
        return project;
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
        }
    }

    @Test
    void aReportOnAProjectWithoutTheExtrasSaysWhatIsMissing() throws Exception {
        Path project = tinyProject();
        Path pdf = dir.resolve("tiny.pdf");
        CliTest.Run r = CliTest.run("report", project.toString(), "--format", "pdf", "--out", pdf.toString(),
                "--lang", "en", "--cards", "all");
        assertEquals(0, r.code(), r.err());
        String text = text(pdf);
        assertTrue(text.contains("no published МТД or belts"), "no published figures");
        assertTrue(text.contains("no settlements layer"), "no settlements layer");
        assertTrue(text.contains("1 towns are not reached"), "the unreachable town");
        assertTrue(text.contains("Not reached"), "the belt statistics' row of the unreachable");
        assertTrue(text.contains("no boundary layer"), "no boundary");
        assertTrue(text.contains("names no data credits"), "no attribution");
        assertTrue(text.contains("Town card: Delta") && text.contains("The network reaches this town from no centre"));

        Path docx = dir.resolve("tiny.docx");
        r = CliTest.run("report", project.toString(), "--format", "docx", "--out", docx.toString(), "--lang", "ru");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(docx) > 10_000);
    }

    @Test
    void badOptionsAreRefusedInOneLineAndHelpExplainsThem() throws Exception {
        Path project = tinyProject();
        CliTest.Run r = CliTest.run("report", project.toString(), "--format", "odt", "--out",
                dir.resolve("x.odt").toString());
        assertEquals(Cli.ERROR, r.code());
        assertTrue(r.err().contains("--format must be one of [pdf, docx]"), r.err());
        r = CliTest.run("report", project.toString(), "--format", "pdf", "--lang", "de", "--out",
                dir.resolve("x.pdf").toString());
        assertEquals(Cli.ERROR, r.code());
        assertTrue(r.err().contains("--lang must be ru or en"), r.err());
        assertTrue(!Files.exists(dir.resolve("x.pdf")));
        r = CliTest.run("report", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--cards") && r.out().contains("--scenario"), r.out());
        r = CliTest.run("report", project.toString(), "--format", "pdf", "--out", project.toString());
        assertEquals(Cli.ERROR, r.code(), "never over the project");
    }
}
