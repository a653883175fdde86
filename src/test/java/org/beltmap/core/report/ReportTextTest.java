package org.beltmap.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The report's Russian and English texts have the same keys, so neither language falls back to the other. */
class ReportTextTest {

    static TreeSet<String> keys(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream("/org/beltmap/core/report/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertEquals(keys("report.properties"), keys("report_ru.properties"));
    }

    @Test
    void numbersAreWrittenAsEachLanguageWritesThem() {
        ReportText ru = new ReportText(java.util.Locale.forLanguageTag("ru"));
        ReportText en = new ReportText(java.util.Locale.ENGLISH);
        assertEquals("1\u00A0062\u00A0038", ru.integer(1_062_038));
        assertEquals("1,062,038", en.integer(1_062_038));
        assertEquals("325,5", ru.num(325.46, 1));
        assertEquals("−8", en.signed(-8.2, 0));
        assertEquals("—", en.num(Double.NaN, 1));
    }
}
