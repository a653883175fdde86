package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV as spreadsheets write it: Latin-1 told from Windows-1251, any line ending, plain decimal coordinates only. */
class CsvEncodingAndNumbersTest {

    @Test
    void latin1AccentsAreNotReadAsCyrillic(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("west.csv");
        Files.write(f, "name,lat,lon\nZürich,47.37,8.54\nGöttingen,51.53,9.93\n".getBytes(Charset.forName("ISO-8859-1")));
        CsvLayerReader.Result r = CsvLayerReader.read(f);
        assertEquals("windows-1252", r.encoding().name());
        assertEquals("Zürich", r.features().get(0).getString("name"));
        assertEquals("Göttingen", r.features().get(1).getString("name"));
    }

    @Test
    void russianExcelExportsStayWindows1251(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ru.csv");
        Files.write(f, "name;lat;lon\nКраснодар;45,04;38,98\nЕйск;46,71;38,27\n".getBytes(Charset.forName("windows-1251")));
        CsvLayerReader.Result r = CsvLayerReader.read(f);
        assertEquals("windows-1251", r.encoding().name());
        assertEquals("Краснодар", r.features().get(0).getString("name"));
        assertEquals(38.98, r.features().get(0).geometry().getCoordinate().x, 1e-9);
    }

    @Test
    void crOnlyLineEndingsSplitRowsAndColumns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mac.csv");
        Files.writeString(f, "name;lat;lon\rA;45.0;39.0\rB;45.5;39.5\r");
        CsvLayerReader.Result r = CsvLayerReader.read(f);
        assertEquals(';', r.delimiter());
        assertEquals(2, r.features().size());
        assertEquals(39.5, r.features().get(1).geometry().getCoordinate().x, 1e-9);
    }

    @Test
    void onlyPlainDecimalsAreCoordinates() {
        assertEquals(45.04, CsvLayerReader.plainDecimal(" 45,04 "), 1e-12);
        assertEquals(-3.5e2, CsvLayerReader.plainDecimal("-3.5e2"), 1e-12);
        for (String bad : new String[] {"45.04d", "38.97f", "0x1.8p1", "NaN", "Infinity", "1e400000", "45.0.1", ""}) {
            assertThrows(NumberFormatException.class, () -> CsvLayerReader.plainDecimal(bad), bad);
        }
    }
}
