package org.beltmap.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beltmap.core.io.LayerReader;
import org.beltmap.core.model.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Analysis tables written as Shapefiles read back as they were (names, numbers, holes, coordinates). */
class ShapefileExportTest {

    @TempDir
    Path tmp;

    @Test
    void tablesRoundTripThroughShapefiles() throws IOException, ParseException {
        WKTReader wkt = new WKTReader();
        Geometry ring = wkt.read("MULTIPOLYGON (((38.9 45.0, 39.1 45.0, 39.1 45.1, 38.9 45.1, 38.9 45.0),"
                + " (38.95 45.03, 39.0 45.03, 39.0 45.06, 38.95 45.06, 38.95 45.03)), ((39.4 45.0, 39.5 45.0, 39.5 45.05, 39.4 45.0)))");
        List<AnalysisTables.Table> tables = List.of(
                new AnalysisTables.Table("towns", AnalysisTables.Kind.POINT, List.of(
                        row(wkt.read("POINT (38.975965 45.04016)"), "name_ru", "Краснодар", "population", 744933L,
                                "mtd_min", 0.0, "user_defined", "да"),
                        row(wkt.read("POINT (39.459 45.464)"), "name_ru", "Кореновск", "population", 41179L,
                                "mtd_min", 61.25, "user_defined", null))),
                new AnalysisTables.Table("isochrones", AnalysisTables.Kind.MULTIPOLYGON, List.of(
                        row(ring, "minutes", 45.0, "center", "Краснодар", "area_km2", Double.NaN))),
                new AnalysisTables.Table("rays", AnalysisTables.Kind.LINESTRING, List.of(
                        row(wkt.read("LINESTRING (38.9 45.0, 39.0 45.1, 39.2 45.3)"), "name", "М-4 «Дон» север"))));
        List<Path> files = ShapefileExport.write(tables, tmp);
        assertEquals(3, files.size());
        for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
            assertTrue(Files.exists(tmp.resolve("towns." + ext)), ext);
        }

        LayerReader.Data towns = LayerReader.read(tmp.resolve("towns.shp"));
        assertEquals(List.of("name_ru", "population", "mtd_min", "user_defin"), towns.fields());
        Feature k = towns.features().get(1);
        assertEquals("Кореновск", k.getString("name_ru"));
        assertEquals(41179L, k.get("population"));
        assertEquals(61.25, k.get("mtd_min"));
        assertNull(k.get("user_defin"));
        assertEquals(39.459, k.geometry().getCoordinate().x, 1e-12);
        assertTrue(towns.detail().contains("UTF-8 (from towns.cpg)"), towns.detail());

        Feature iso = LayerReader.read(tmp.resolve("isochrones.shp")).features().get(0);
        MultiPolygon mp = assertInstanceOf(MultiPolygon.class, iso.geometry());
        assertEquals(1, ((Polygon) mp.getGeometryN(0)).getNumInteriorRing(), "the hole stays a hole");
        assertEquals(ring.getArea(), mp.getArea(), 1e-12);
        assertNull(iso.get("area_km2"), "NaN is written as an empty number");
        assertEquals("М-4 «Дон» север", LayerReader.read(tmp.resolve("rays.shp")).features().get(0).getString("name"));
    }

    private static AnalysisTables.Row row(Geometry g, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return new AnalysisTables.Row(g, m);
    }
}
