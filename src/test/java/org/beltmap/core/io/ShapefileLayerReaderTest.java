package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beltmap.cli.Cli;
import org.beltmap.core.geo.Geodesy;
import org.beltmap.core.model.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Shapefiles written by GDAL (see src/test/resources/shapefile/README.md) read as their sources. */
class ShapefileLayerReaderTest {

    static final Path DIR = Path.of("src/test/resources/shapefile");
    static final Path TOWNS = Path.of("sample-data/krasnodar-krai/towns_krasnodar_krai.geojson");

    @TempDir
    Path tmp;

    @Test
    void utmTownsWithCp1251TableReadAsTheGeoJsonWithinOneMetre() {
        LayerReader.Data shp = LayerReader.read(DIR.resolve("towns_utm.shp"));
        LayerReader.Data src = LayerReader.read(TOWNS);
        assertEquals(26, shp.features().size());
        assertEquals(src.features().size(), shp.features().size());
        double worst = 0;
        for (int i = 0; i < src.features().size(); i++) {
            Feature a = src.features().get(i);
            Feature b = shp.features().get(i);
            assertEquals(a.getString("name_ru"), b.getString("name_ru"));
            assertEquals(a.getString("name_en"), b.getString("name_en"));
            assertEquals(a.getDouble("population"), b.getDouble("population"));
            Point p = (Point) a.geometry();
            Point q = assertInstanceOf(Point.class, b.geometry());
            worst = Math.max(worst, Geodesy.distanceM(p.getX(), p.getY(), q.getX(), q.getY()));
        }
        assertTrue(worst < 1.0, "worst offset " + worst + " m");
        assertEquals("Краснодар", shp.features().get(0).getString("name_ru"));
        assertTrue(shp.detail().contains("windows-1251 (from towns_utm.cpg)"), shp.detail());
        assertTrue(shp.crs().startsWith("WGS_1984_UTM_Zone_37N"), shp.crs());
        assertTrue(shp.fields().contains("is_regiona"), "DBF names are cut to 10 characters: " + shp.fields());
    }

    @Test
    void encodingComesFromTheLanguageByteWhenThereIsNoCpg() throws IOException {
        Path shp = copySet("towns_cp866", false);
        setLanguageByte(shp.resolveSibling("towns_cp866.dbf"), 0x65); // 0x65: Russian MS-DOS, CP866
        ShapefileLayerReader.Result r = ShapefileLayerReader.read(shp, null);
        assertEquals("IBM866", r.encoding().name());
        assertEquals("language byte 0x65", r.encodingSource());
        assertEquals("Новороссийск", r.features().get(2).getString("name_ru"));
    }

    @Test
    void undeclaredCp1251AndCp866AreDetected() throws IOException {
        ShapefileLayerReader.Result win = ShapefileLayerReader.read(copySet("towns_utm", false), null);
        assertEquals("windows-1251", win.encoding().name());
        assertTrue(win.encodingSource().startsWith("detected"));
        assertEquals("Краснодар", win.features().get(0).getString("name_ru"));
        ShapefileLayerReader.Result dos = ShapefileLayerReader.read(copySet("towns_cp866", false), null);
        assertEquals("IBM866", dos.encoding().name());
        assertEquals("Краснодар", dos.features().get(0).getString("name_ru"));
    }

    @Test
    void aGivenEncodingOverridesTheCpg() {
        Charset dos = Charset.forName("IBM866");
        LayerReader.Data d = LayerReader.read(DIR.resolve("towns_utm.shp"), new CsvLayerReader.Options(dos, null));
        assertNotEquals("Краснодар", d.features().get(0).getString("name_ru"), "read as asked, even when wrong");
        assertTrue(d.detail().contains("IBM866 (given)"), d.detail());
        var fromField = ShapefileLayerReader.withEncoding(CsvLayerReader.Options.DETECT,
                java.util.Map.of(ShapefileLayerReader.ENCODING, "866"));
        assertEquals(dos, fromField.encoding());
    }

    @Test
    void pulkovoGaussKrugerPolygonsKeepTheirHolesAndLandWithinOneMetre() {
        LayerReader.Data shp = LayerReader.read(DIR.resolve("shapes_gk.shp"));
        LayerReader.Data src = LayerReader.read(DIR.resolve("shapes.geojson"));
        Polygon lake = assertInstanceOf(Polygon.class, shp.features().get(0).geometry());
        assertEquals(1, lake.getNumInteriorRing(), "the island is a hole");
        MultiPolygon two = assertInstanceOf(MultiPolygon.class, shp.features().get(1).geometry());
        assertEquals(2, two.getNumGeometries());
        assertEquals("Озеро с островом", shp.features().get(0).getString("name"));
        assertTrue(lake.isValid() && two.isValid());
        for (int i = 0; i < 2; i++) {
            assertWithinOneMetre(src.features().get(i).geometry(), shp.features().get(i).geometry());
            double a = src.features().get(i).geometry().getArea();
            assertEquals(a, shp.features().get(i).geometry().getArea(), a * 1e-4);
        }
        assertTrue(shp.crs().startsWith("Pulkovo_1942_GK_Zone_7"), shp.crs());
    }

    @Test
    void polyLineZKeepsXyAndReadsNumbersDatesAndGuillemets() {
        LayerReader.Data d = LayerReader.read(DIR.resolve("lines_z.shp"));
        assertTrue(d.detail().startsWith("Shapefile (PolyLineZ, 2 features)"), d.detail());
        Feature m4 = d.features().get(0);
        assertInstanceOf(LineString.class, m4.geometry());
        assertEquals(2, assertInstanceOf(MultiLineString.class, d.features().get(1).geometry()).getNumGeometries());
        assertEquals("Трасса М-4 «Дон»", m4.getString("name"));
        assertEquals(90.5, m4.get("speed"));
        assertEquals(1L, m4.get("open"));
        assertEquals("1965-10-01", m4.get("opened"));
        assertNull(d.features().get(1).get("opened"));
        assertEquals(39.2, m4.geometry().getCoordinates()[2].x, 1e-9);
    }

    @Test
    void aDbfAloneIsATable() {
        LayerReader.Data d = LayerReader.read(DIR.resolve("towns_cp866.dbf"));
        assertEquals(26, d.features().size());
        assertTrue(d.features().stream().allMatch(f -> f.geometry() == null));
        assertEquals("Сочи", d.features().get(1).getString("name_ru"));
    }

    @Test
    void withoutPrjLonLatIsAssumedWgs84() throws IOException {
        Path shp = copySet("towns_cp866", true);
        Files.delete(shp.resolveSibling("towns_cp866.prj"));
        LayerReader.Data d = LayerReader.read(shp);
        assertTrue(d.crs().contains("no .prj"), d.crs());
        assertEquals(26, d.features().size());
        Path utm = copySet("towns_utm", true);
        Files.delete(utm.resolveSibling("towns_utm.prj"));
        DataException e = assertThrows(DataException.class, () -> LayerReader.read(utm));
        assertTrue(e.getMessage().contains("has no towns_utm.prj"), e.getMessage());
    }

    @Test
    void infoDescribesTheShapefile() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "info",
                DIR.resolve("towns_utm.shp").toString(), "--encoding", "windows-1251");
        assertEquals(0, code, err::toString);
        assertTrue(out.toString().contains("format Shapefile (Point, 26 features), DBF encoding windows-1251 (given)"),
                out::toString);
        assertTrue(out.toString().contains("name_ru=Краснодар"), out::toString);
        assertEquals("", err.toString());
    }

    /** Copies a fixture set into the temp folder, with or without its .cpg; returns the copied .shp. */
    private Path copySet(String stem, boolean withCpg) throws IOException {
        for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
            Path f = DIR.resolve(stem + "." + ext);
            if (Files.exists(f) && (withCpg || !ext.equals("cpg"))) {
                Files.copy(f, tmp.resolve(f.getFileName()));
            }
        }
        return tmp.resolve(stem + ".shp");
    }

    private static void setLanguageByte(Path dbf, int ldid) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dbf.toFile(), "rw")) {
            f.seek(29);
            f.write(ldid);
        }
    }

    private static void assertWithinOneMetre(Geometry expected, Geometry actual) {
        Coordinate[] a = expected.getCoordinates();
        for (Coordinate c : actual.getCoordinates()) {
            double nearest = Double.MAX_VALUE;
            for (Coordinate e : a) {
                nearest = Math.min(nearest, Geodesy.distanceM(c.x, c.y, e.x, e.y));
            }
            assertTrue(nearest < 1.0, c + " is " + nearest + " m from the source");
        }
    }
}
