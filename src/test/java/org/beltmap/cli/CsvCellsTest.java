package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV tables write names as text cells: formulas are defused, commas and line breaks quoted. */
class CsvCellsTest {

    @TempDir
    Path dir;

    @Test
    void namesAreSafeTextCells() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", BeltsCommand.q("=HYPERLINK(\"x\")"));
        assertEquals("\"'=1+2,3\"", BeltsCommand.q("=1+2,3"));
        assertEquals("'-Cape", BeltsCommand.q("-Cape"));
        assertEquals("Краснодар", BeltsCommand.q("Краснодар"));
        assertEquals("\"two\nlines\"", BeltsCommand.q("two\nlines"));
    }

    @Test
    void aTownNamedLikeAFormulaLeavesBeltsAndExportAsText() throws IOException {
        Files.writeString(dir.resolve("towns.geojson"), """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name_ru": "Краснодар", "name_en": "Krasnodar", "population": 744933},
                  "geometry": {"type": "Point", "coordinates": [38.975, 45.04]}},
                 {"type": "Feature", "properties": {"name_ru": "=HYPERLINK(\\"http://evil.example\\")", "name_en": "@Evil",
                  "population": 41179}, "geometry": {"type": "Point", "coordinates": [39.459, 45.464]}}]}""");
        Files.copy(Path.of("src/test/resources/bad/good_lines.geojson"), dir.resolve("roads.geojson"));
        Path p = dir.resolve("p.beltmap");
        Files.writeString(p, "{\"version\": 1, \"layers\": [{\"id\": \"towns\", \"kind\": \"towns\", \"path\": "
                + "\"towns.geojson\"}, {\"id\": \"roads\", \"kind\": \"roads\", \"path\": \"roads.geojson\"}], "
                + "\"centres\": [{\"town\": \"Краснодар\"}]}");
        CliTest.Run belts = CliTest.run("belts", p.toString());
        assertEquals(0, belts.code(), belts.err());
        assertTrue(belts.out().contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@Evil,"), belts.out());
        Path csv = dir.resolve("towns.csv");
        CliTest.Run export = CliTest.run("export", p.toString(), "--format", "csv", "--no-bundles", "--out",
                csv.toString());
        assertEquals(0, export.code(), export.err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@Evil,"), text);
    }
}
