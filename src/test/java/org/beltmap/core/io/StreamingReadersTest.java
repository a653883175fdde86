package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beltmap.core.model.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** The streaming readers read what the tree-based ones did, in any member order, and say where a problem is. */
class StreamingReadersTest {

    @TempDir
    Path dir;

    @Test
    void geoJsonMembersInAnyOrderCrsLast() throws IOException {
        // crs after the features, properties after the geometry, an altitude, nested and big values
        Path f = write("any_order.geojson", """
                {"features": [
                  {"geometry": {"coordinates": [498400, 4987900, 31.5], "type": "Point"}, "type": "Feature",
                   "properties": {"name": "Krasnodar", "tags": {"capital": true}, "code": 123456789012345678901234}},
                  {"type": "Feature", "properties": {"name": "Lake", "area": 1.5, "open": false, "note": null},
                   "geometry": {"type": "Polygon", "coordinates": [
                     [[500000, 5000000], [510000, 5000000], [510000, 5010000], [500000, 5000000]],
                     [[502000, 5001000], [503000, 5001000], [503000, 5002000], [502000, 5001000]]]}}],
                 "type": "FeatureCollection",
                 "crs": {"type": "name", "properties": {"name": "EPSG:32637"}}}""");
        GeoJsonLayerReader.Result r = GeoJsonLayerReader.read(f);
        assertEquals("EPSG:32637", r.crs());
        assertEquals(List.of("name", "tags", "code", "area", "open", "note"), r.fields());
        Feature town = r.features().get(0);
        Point p = (Point) town.geometry();
        assertEquals(38.98, p.getX(), 0.01);
        assertEquals(45.04, p.getY(), 0.01);
        assertEquals("{\"capital\":true}", town.get("tags"));
        assertTrue(town.get("code") instanceof Long);
        Feature lake = r.features().get(1);
        assertEquals(1, ((Polygon) lake.geometry()).getNumInteriorRing());
        assertEquals(1.5, lake.get("area"));
        assertEquals(Boolean.FALSE, lake.get("open"));
        assertNull(lake.get("note"));
        assertTrue(lake.attributes().containsKey("note"));
    }

    @Test
    void geoJsonMultiAndCollectionGeometries() throws IOException {
        Path f = write("multi.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "MultiLineString",
                    "coordinates": [[[39, 45], [39.1, 45.1]], [[40, 45], [40.1, 45.2], [40.2, 45.3]]]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon",
                    "coordinates": [[[[39, 45], [39.1, 45], [39.1, 45.1], [39, 45]]]]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "GeometryCollection",
                    "geometries": [{"type": "Point", "coordinates": [39, 45]},
                                   {"type": "LineString", "coordinates": [[39, 45], [40, 46]]}]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPoint", "coordinates": [[39, 45], [40, 46]]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": []}},
                  {"type": "Feature", "properties": {}, "geometry": null}]}""");
        List<Feature> fs = GeoJsonLayerReader.read(f).features();
        assertEquals(List.of("MultiLineString", "MultiPolygon", "GeometryCollection", "MultiPoint", "LineString"),
                fs.subList(0, 5).stream().map(x -> x.geometry().getGeometryType()).toList());
        assertEquals(5, fs.get(0).geometry().getNumPoints());
        assertEquals(2, fs.get(2).geometry().getNumGeometries());
        assertTrue(fs.get(4).geometry().isEmpty());
        assertNull(fs.get(5).geometry());
    }

    @Test
    void aSingleFeatureFileIsOneFeature() throws IOException {
        Path f = write("single.geojson", """
                {"type": "Feature", "properties": {"name": "A"}, "geometry": {"type": "Point", "coordinates": [39, 45]}}""");
        List<Feature> fs = GeoJsonLayerReader.read(f).features();
        assertEquals(1, fs.size());
        assertEquals("A", fs.get(0).get("name"));
    }

    @Test
    void aLongLineKeepsEveryPositionInOrder() throws IOException {
        int n = 200_000;
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append('[').append(36 + i * 1e-5).append(',').append(45 - i * 1e-6).append(']');
        }
        Path f = write("long.geojson", b.append("]}}]}").toString());
        LineString line = (LineString) GeoJsonLayerReader.read(f).features().get(0).geometry();
        assertEquals(n, line.getNumPoints());
        assertEquals(36 + (n - 1) * 1e-5, line.getCoordinateN(n - 1).x, 1e-9);
        assertEquals(45 - 12345 * 1e-6, line.getCoordinateN(12345).y, 1e-9);
    }

    @Test
    void aBadFeatureIsNamedWithItsNumberNameAndByteOffset() throws IOException {
        String good = "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [39, 45]}}";
        String head = "{\"type\": \"FeatureCollection\", \"features\": [" + good + ", ";
        Path f = write("bad.geojson", head + "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": "
                + "[39, 95]}, \"properties\": {\"name_ru\": \"Сочи\"}}]}");
        DataException e = assertThrows(DataException.class, () -> LayerReader.read(f));
        assertTrue(e.getMessage().contains("feature 2 (name_ru=Сочи) at byte " + head.length()), e.getMessage());
        assertTrue(e.getMessage().contains("latitude 95"), e.getMessage());
    }

    @Test
    void aCsvLargerThanTheSniffedPrefixIsReadToTheEnd() throws IOException {
        StringBuilder b = new StringBuilder("name;lat;lon\n");
        int rows = 0;
        while (b.length() < CsvLayerReader.SNIFF + 100_000) {
            b.append("town ").append(rows++).append(";45,0;39,0\n");
        }
        b.append("Краснодар;45,04;38,97\n");
        Path utf8 = dir.resolve("big_utf8.csv");
        Files.writeString(utf8, b, StandardCharsets.UTF_8);
        CsvLayerReader.Result r = CsvLayerReader.read(utf8);
        assertEquals(rows + 1, r.features().size());
        assertEquals("Краснодар", r.features().get(rows).get("name"));
        // Windows-1251 bytes only after the first megabyte: detected when met, and the file read again in it.
        Path cp1251 = dir.resolve("big_1251.csv");
        Files.write(cp1251, b.toString().getBytes(Charset.forName("windows-1251")));
        CsvLayerReader.Result r2 = CsvLayerReader.read(cp1251);
        assertEquals("windows-1251", r2.encoding().name());
        assertEquals("Краснодар", r2.features().get(rows).get("name"));
        assertEquals(';', r2.delimiter());
    }

    @Test
    void aBadByteLateInAForcedUtf8CsvIsNamedByLineAndOffset() throws IOException {
        StringBuilder b = new StringBuilder("name,lat,lon\n");
        int lines = 1;
        while (b.length() < 2 * CsvLayerReader.SNIFF) {
            b.append("town,45.0,39.0\n");
            lines++;
        }
        byte[] text = b.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = BadInputCorpusTest.concat(text, new byte[] {'X', (byte) 0xFF, ',', '4', '5', ',', '3', '9', '\n'});
        Path f = dir.resolve("late_bad_byte.csv");
        Files.write(f, all);
        DataException e = assertThrows(DataException.class,
                () -> CsvLayerReader.read(f, new CsvLayerReader.Options(StandardCharsets.UTF_8, null)));
        assertTrue(e.getMessage().contains("line " + (lines + 1)), e.getMessage());
        assertTrue(e.getMessage().contains("byte 0xff at offset " + (text.length + 1)), e.getMessage());
    }

    @Test
    void csvRowsKeepTheirColumnsInOrder() throws IOException {
        Path f = write("rows.csv", "name,lat,lon,note\nA,45,39,\nB,45.1,39.1,x\n");
        List<Feature> fs = CsvLayerReader.read(f).features();
        assertEquals(List.of("name", "lat", "lon", "note"), List.copyOf(fs.get(0).attributes().keySet()));
        assertNull(fs.get(0).get("note"));
        assertEquals("x", fs.get(1).get("note"));
        assertEquals(java.util.Map.of("name", "B", "lat", "45.1", "lon", "39.1", "note", "x"), fs.get(1).attributes());
    }

    @Test
    void aGeoPackageSrsGivenAsWktIsUsedAndItsEnvelopeSkipped() throws Exception {
        Path f = dir.resolve("wkt.gpkg");
        ReaderCorpusFiles.point(f, 99_010, ReaderCorpusFiles.UTM37_WKT, 498_400, 4_987_900);
        Geometry g = LayerReader.read(f).features().get(0).geometry();
        assertEquals(38.98, g.getCoordinate().x, 0.01);
        // a blob with an envelope (GDAL writes one for lines and polygons) decodes past it
        byte[] plain = ReaderCorpusFiles.pointBlob(4326, 39.5, 45.5);
        byte[] withEnvelope = new byte[plain.length + 32];
        System.arraycopy(plain, 0, withEnvelope, 0, 8);
        withEnvelope[3] = (byte) (plain[3] | 0x02);
        System.arraycopy(plain, 8, withEnvelope, 40, plain.length - 8);
        Geometry e = GeoPackageLayerReader.geometry(withEnvelope, new org.locationtech.jts.io.WKBReader());
        assertEquals(39.5, e.getCoordinate().x);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
