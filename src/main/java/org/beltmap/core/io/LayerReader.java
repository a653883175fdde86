package org.beltmap.core.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.beltmap.core.model.Feature;

/** Reads any supported data file (GeoJSON, CSV, GeoPackage) by its extension. */
public final class LayerReader {

    private LayerReader() {
    }

    /** Data read from one file; {@code detail} says how (detected encoding, table name). */
    public record Data(List<Feature> features, List<String> fields, String crs, String detail) {
    }

    /** Reads {@code file}; for GeoPackage a table can be named as {@code file.gpkg#table}. */
    public static Data read(Path file) {
        String name = file.getFileName().toString();
        String table = null;
        int hash = name.indexOf('#');
        if (hash >= 0) {
            table = name.substring(hash + 1);
            file = file.resolveSibling(name.substring(0, hash));
            name = name.substring(0, hash);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
            GeoJsonLayerReader.Result r = GeoJsonLayerReader.read(file);
            return new Data(r.features(), r.fields(), r.crs(), "GeoJSON");
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            CsvLayerReader.Result r = CsvLayerReader.read(file);
            String delim = r.delimiter() == '\t' ? "tab" : String.valueOf(r.delimiter());
            return new Data(r.features(), r.fields(), Crs.WGS84, "CSV, encoding " + r.encoding().name()
                    + ", delimiter '" + delim + "', geometry " + (r.geometrySource() == null ? "none" : r.geometrySource()));
        }
        if (lower.endsWith(".gpkg")) {
            GeoPackageLayerReader.Result r = GeoPackageLayerReader.read(file, table);
            return new Data(r.features(), r.fields(), r.crs(), "GeoPackage table " + r.table());
        }
        throw new DataException(file, null, "unsupported file type",
                "use GeoJSON (.geojson), CSV with lat/lon or WKT columns (.csv) or GeoPackage (.gpkg)");
    }
}
