package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beltmap.core.model.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/** Readers for the three input formats, including the messy inputs Russian planners actually have. */
class LayerReadersTest {

    @TempDir
    Path dir;

    @Test
    void cp1251SemicolonCsvFromRussianExcel() throws Exception {
        Path csv = dir.resolve("towns.csv");
        Files.write(csv, "Название;Население;Широта;Долгота\nКореновск;41179;45,464;39,459\nТихорецк;61825;45,855;40,125\n"
                .getBytes(Charset.forName("windows-1251")));
        CsvLayerReader.Result r = CsvLayerReader.read(csv);
        assertEquals("windows-1251", r.encoding().name());
        assertEquals(';', r.delimiter());
        assertEquals(2, r.features().size());
        Feature first = r.features().get(0);
        assertEquals("Кореновск", first.attributes().get("Название"));
        Point p = (Point) first.geometry();
        assertEquals(39.459, p.getX(), 1e-9);
        assertEquals(45.464, p.getY(), 1e-9);
    }

    @Test
    void utf8BomCommaCsvWithWkt() throws Exception {
        Path csv = dir.resolve("lines.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "name,wkt\nЛЭП-1,\"LINESTRING (39 45, 40 45.5)\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(csv, all);
        CsvLayerReader.Result r = CsvLayerReader.read(csv);
        assertEquals(',', r.delimiter());
        assertEquals("ЛЭП-1", r.features().get(0).attributes().get("name"));
        assertEquals("LineString", r.features().get(0).geometry().getGeometryType());
    }

    @Test
    void legacyCrsMemberIsReprojected() throws Exception {
        // Krasnodar in UTM zone 37N (EPSG:32637): about 498 km east, 4987 km north.
        Path json = dir.resolve("utm.geojson");
        Files.writeString(json, """
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32637"}},
                 "features":[{"type":"Feature","properties":{"name":"Krasnodar"},
                   "geometry":{"type":"Point","coordinates":[498400,4987900]}}]}""");
        GeoJsonLayerReader.Result r = GeoJsonLayerReader.read(json);
        Point p = (Point) r.features().get(0).geometry();
        assertEquals(38.98, p.getX(), 0.02);
        assertEquals(45.04, p.getY(), 0.02);
    }

    @Test
    void malformedGeoJsonNamesTheFileAndTheFix() throws Exception {
        Path json = dir.resolve("broken.geojson");
        Files.writeString(json, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",");
        DataException e = assertThrows(DataException.class, () -> GeoJsonLayerReader.read(json));
        assertTrue(e.getMessage().contains("broken.geojson"), e.getMessage());
        assertTrue(e.fix() != null && !e.fix().isBlank());
    }

    @Test
    void csvLayerWithoutCoordinatesSaysWhichColumnsAreMissing() throws Exception {
        Path csv = dir.resolve("nocoords.csv");
        Files.writeString(csv, "name,population\nA,1\n");
        assertEquals(1, CsvLayerReader.read(csv).features().size(), "a plain table still reads (for joins and info)");
        Path project = dir.resolve("p.beltmap");
        Files.writeString(project, """
                {"version":1,"region":{"ru":"Тест","en":"Test"},
                 "layers":[{"id":"towns","kind":"towns","path":"nocoords.csv"}],"centres":[]}""");
        var loaded = RegionLoader.load(project);
        assertEquals(1, loaded.problems().size());
        String msg = loaded.problems().get(0);
        assertTrue(msg.contains("nocoords.csv") && msg.contains("lat"), msg);
    }

    @Test
    void geoPackageRoundTripThroughTheSampleIsReadable() {
        // The sample ships GeoJSON; the GeoPackage reader is exercised on a file written by NGA GeoPackage.
        Path gpkg = dir.resolve("towns.gpkg");
        GeoPackageTestFiles.writePoints(gpkg, "towns", new double[][] {{38.98, 45.04}, {39.46, 45.46}},
                new String[] {"Краснодар", "Кореновск"});
        LayerReader.Data d = LayerReader.read(gpkg);
        assertEquals(2, d.features().size());
        assertEquals("Кореновск", d.features().get(1).attributes().get("name"));
        assertEquals(39.46, ((Point) d.features().get(1).geometry()).getX(), 1e-9);
    }
}
