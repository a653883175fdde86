package org.beltmap.core.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.beltmap.core.io.AtomicFiles;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * The analysis tables as open data: one RFC 7946 GeoJSON file per table, and the towns table as CSV
 * (UTF-8 with a byte-order mark so Excel shows Cyrillic names, point as lon/lat columns). Every file is
 * written atomically.
 */
public final class DataExport {

    private DataExport() {
    }

    /** Writes {@code <name>.geojson} per table into the folder; returns the files written. */
    public static List<Path> geoJson(List<AnalysisTables.Table> tables, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        // The tables' geometry lies on the publication grid, so these decimals write it exactly (still valid).
        GeoJsonWriter geometry = new GeoJsonWriter(org.beltmap.core.geo.Precision.DECIMALS);
        geometry.setEncodeCRS(false);
        geometry.setForceCCW(true);
        JsonFactory json = new JsonFactory();
        for (AnalysisTables.Table t : tables) {
            Path file = folder.resolve(t.name() + ".geojson");
            AtomicFiles.write(file, out -> {
                try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeStringField("type", "FeatureCollection");
                    g.writeStringField("name", t.name());
                    g.writeArrayFieldStart("features");
                    for (AnalysisTables.Row r : t.rows()) {
                        g.writeStartObject();
                        g.writeStringField("type", "Feature");
                        g.writeObjectFieldStart("properties");
                        for (Map.Entry<String, Object> e : r.attributes().entrySet()) {
                            writeValue(g, e.getKey(), e.getValue());
                        }
                        g.writeEndObject();
                        g.writeFieldName("geometry");
                        g.writeRawValue(geometry.write(r.geometry()));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
            });
            written.add(file);
        }
        return written;
    }

    /** Writes one table's attributes as CSV, with lon and lat of point tables (other geometries as WKT). */
    public static void csv(AnalysisTables.Table t, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            List<String> header = new ArrayList<>(t.rows().isEmpty() ? List.of() : t.rows().get(0).attributes().keySet());
            boolean points = t.kind() == AnalysisTables.Kind.POINT;
            header.addAll(points ? List.of("lon", "lat") : List.of("wkt"));
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
            p.printRecord(header);
            for (AnalysisTables.Row r : t.rows()) {
                List<Object> rec = new ArrayList<>();
                for (Object v : r.attributes().values()) {
                    rec.add(v instanceof Double d ? format(d) : v instanceof String s ? spreadsheetSafe(s) : v);
                }
                if (points) {
                    rec.add(format(r.geometry().getCoordinate().x));
                    rec.add(format(r.geometry().getCoordinate().y));
                } else {
                    rec.add(r.geometry().toText());
                }
                p.printRecord(rec);
            }
            p.flush();
        });
    }

    /**
     * Text a spreadsheet would take for a formula (first character =, +, -, @, tab or carriage return: a town named
     * =HYPERLINK(...)) gets a leading apostrophe, the usual prefix rule, so it shows as the text it is. Only for text
     * cells: numbers are written as numbers, so -1 in a numeric column stays -1.
     */
    public static String spreadsheetSafe(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    private static void writeValue(JsonGenerator g, String key, Object v) throws IOException {
        if (v == null) {
            g.writeNullField(key);
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                g.writeNullField(key);
            } else {
                g.writeNumberField(key, d);
            }
        } else if (v instanceof Long l) {
            g.writeNumberField(key, l);
        } else if (v instanceof Integer i) {
            g.writeNumberField(key, i);
        } else {
            g.writeStringField(key, v.toString());
        }
    }

    private static String format(double d) {
        // Six decimals: 0.1 m in a coordinate, no float noise, never an exponent.
        return Double.isFinite(d) ? java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() : "";
    }
}
