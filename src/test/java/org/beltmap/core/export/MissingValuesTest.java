package org.beltmap.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing МТД, belt, published figure or score reads back as missing in every data format (NULL, null, an empty
 * cell), never as the −1 or 0 a GIS user would average or colour in.
 */
class MissingValuesTest {

    static List<AnalysisTables.Table> tables;

    @TempDir
    Path dir;

    @BeforeAll
    static void tables() {
        tables = AnalysisTables.of(FarTowns.data(), null);
    }

    @Test
    void geoPackageHasNullsWhereValuesAreMissing() throws Exception {
        Path out = dir.resolve("a.gpkg");
        GeoPackageExport.write(tables, out);
        Map<String, Map<String, Object>> byName = new HashMap<>();
        try (GeoPackage gpkg = GeoPackageManager.open(out.toFile())) {
            FeatureDao dao = gpkg.getFeatureDao("towns");
            assertEquals(GeoPackageDataType.INTEGER, dao.getTable().getColumn("belt").getDataType());
            assertEquals(GeoPackageDataType.INTEGER, dao.getTable().getColumn("published_belt").getDataType());
            assertEquals(GeoPackageDataType.DOUBLE, dao.getTable().getColumn("score").getDataType());
            FeatureResultSet rs = dao.queryForAll();
            try {
                while (rs.moveToNext()) {
                    var row = rs.getRow();
                    Map<String, Object> m = new HashMap<>();
                    for (String c : List.of("mtd_min", "belt", "published_mtd", "score", "c_accessibility")) {
                        m.put(c, row.getValue(c));
                    }
                    byName.put((String) row.getValue("town_ru"), m);
                }
            } finally {
                rs.close();
            }
        }
        Map<String, Object> temryuk = byName.get("Темрюк");
        assertNull(temryuk.get("mtd_min"), "unreachable: no МТД");
        assertNull(temryuk.get("belt"), "unreachable: no belt (not 0)");
        assertNull(temryuk.get("score"), "no scores computed");
        assertNull(temryuk.get("c_accessibility"));
        assertNull(byName.get("Краснодар").get("published_mtd"), "the sample publishes no МТД for the centre");
        assertEquals(1L, ((Number) byName.get("Краснодар").get("belt")).longValue());
        assertEquals(45.0, ((Number) byName.get("Кореновск").get("published_mtd")).doubleValue(), 1e-9);
        assertNotNull(byName.get("Кореновск").get("mtd_min"));
    }

    @Test
    void geoJsonHasNullsAndCsvEmptyCells() throws Exception {
        DataExport.geoJson(tables, dir);
        JsonNode fc = new ObjectMapper().readTree(dir.resolve("towns.geojson").toFile());
        JsonNode temryuk = null;
        JsonNode krasnodar = null;
        for (JsonNode f : fc.get("features")) {
            String name = f.get("properties").get("town_ru").asText();
            temryuk = name.equals("Темрюк") ? f.get("properties") : temryuk;
            krasnodar = name.equals("Краснодар") ? f.get("properties") : krasnodar;
        }
        assertTrue(temryuk.get("mtd_min").isNull(), temryuk.toString());
        assertTrue(temryuk.get("belt").isNull(), temryuk.toString());
        assertTrue(krasnodar.get("published_mtd").isNull(), krasnodar.toString());
        assertTrue(krasnodar.get("belt").isIntegralNumber());

        Path csv = dir.resolve("towns.csv");
        DataExport.csv(tables.get(0), csv);
        String text = Files.readString(csv).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(text)).getRecords();
        CSVRecord t = rows.stream().filter(r -> r.get("town_ru").equals("Темрюк")).findFirst().orElseThrow();
        assertEquals("", t.get("mtd_min"));
        assertEquals("", t.get("belt"));
        assertEquals("", t.get("score"));
        assertTrue(rows.stream().noneMatch(r -> r.get("published_mtd").equals("-1")));
    }
}
