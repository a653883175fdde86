package org.beltmap.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A town named like a spreadsheet formula is exported as text; numbers, negative ones too, stay numbers. */
class CsvEscapeTest {

    @TempDir
    Path dir;

    @Test
    void textCellsThatLookLikeFormulasGetAnApostropheNumbersDoNot() throws IOException {
        String[] names = {"=HYPERLINK(\"http://evil.example\",\"Click\")", "+7 Town", "-Cape", "@SUM(A1:A9)",
            "\tTabbed", "Краснодар", "Ust-Labinsk", ""};
        List<AnalysisTables.Row> rows = new java.util.ArrayList<>();
        for (String n : names) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("town_en", n);
            a.put("mtd_min", -1.0);
            a.put("population", -1L);
            rows.add(new AnalysisTables.Row(new GeometryFactory().createPoint(new Coordinate(-38.5, -45.25)), a));
        }
        Path f = dir.resolve("towns.csv");
        DataExport.csv(new AnalysisTables.Table("towns", AnalysisTables.Kind.POINT, rows), f);
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            r.skip(1); // the byte-order mark
            records = CSVFormat.DEFAULT.builder().setHeader().build().parse(r).getRecords();
        }
        assertEquals(List.of("'=HYPERLINK(\"http://evil.example\",\"Click\")", "'+7 Town", "'-Cape", "'@SUM(A1:A9)",
                "'\tTabbed", "Краснодар", "Ust-Labinsk", ""), records.stream().map(r -> r.get("town_en")).toList());
        for (CSVRecord r : records) {
            assertEquals(List.of("-1", "-1", "-38.5", "-45.25"), List.of(r.get("mtd_min"), r.get("population"),
                    r.get("lon"), r.get("lat")), "numeric columns are never escaped");
        }
    }
}
