package org.beltmap.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.beltmap.core.model.Feature;

/**
 * Reads any supported data file (GeoJSON, CSV, GeoPackage, Shapefile) by its extension, after checking that the content
 * is what the extension says. Every failure is a {@link DataException}; unexpected library exceptions are
 * wrapped so callers never see an NPE or ClassCastException as "the program crashed".
 */
public final class LayerReader {

    private LayerReader() {
    }

    /** Data read from one file; {@code detail} says how (detected encoding, table name). */
    public record Data(List<Feature> features, List<String> fields, String crs, String detail) {
    }

    /** Reads {@code file}; for GeoPackage a table can be named as {@code file.gpkg#table}. */
    public static Data read(Path file) {
        return read(file, CsvLayerReader.Options.DETECT);
    }

    /** As {@link #read(Path)}, with explicit CSV encoding/delimiter (the encoding also serves a Shapefile's DBF). */
    public static Data read(Path file, CsvLayerReader.Options csv) {
        PathGuard.Target target = PathGuard.split(file); // the same split the outside-folder check makes
        String table = target.table();
        file = target.file();
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Format format = Format.of(lower);
        checkContent(file, format);
        try {
            switch (format) {
                case GEOJSON -> {
                    GeoJsonLayerReader.Result r = GeoJsonLayerReader.read(file);
                    return new Data(r.features(), r.fields(), r.crs(), "GeoJSON");
                }
                case CSV -> {
                    CsvLayerReader.Result r = CsvLayerReader.read(file, csv);
                    return new Data(r.features(), r.fields(), Crs.WGS84, "CSV, encoding " + r.encoding().name()
                            + ", delimiter '" + CsvLayerReader.delimiterName(r.delimiter()) + "', geometry "
                            + (r.geometrySource() == null ? "none" : r.geometrySource()));
                }
                case SHP -> {
                    ShapefileLayerReader.Result r = ShapefileLayerReader.read(file, csv == null ? null : csv.encoding());
                    return new Data(r.features(), r.fields(), r.crs(), r.detail());
                }
                default -> {
                    GeoPackageLayerReader.Result r = GeoPackageLayerReader.read(file, table);
                    return new Data(r.features(), r.fields(), r.crs(), "GeoPackage table " + r.table());
                }
            }
        } catch (DataException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            // Caught here, outside the reader: the half-read layer is garbage now, so there is room for a message.
            throw DataException.outOfMemory(file, e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new DataException(file, null, "could not be read (" + e.getClass().getSimpleName() + ": "
                    + DataException.quote(e.getMessage()) + ")",
                    "check the file opens in QGIS; if it does, report this file as a BeltMap bug", e);
        }
    }

    enum Format { GEOJSON, CSV, GPKG, SHP;

        static Format of(String lower) {
            if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
                return GEOJSON;
            }
            if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
                return CSV;
            }
            if (lower.endsWith(".gpkg")) {
                return GPKG;
            }
            if (lower.endsWith(".shp") || lower.endsWith(".dbf")) {
                return SHP;
            }
            return null;
        }
    }

    /** Existence, folder, emptiness and "content is not what the extension says", before any parser runs. */
    private static void checkContent(Path file, Format format) {
        if (Files.isDirectory(file)) {
            throw new DataException(file, null, "is a folder, not a data file", "name a .geojson, .csv, .gpkg or .shp file");
        }
        if (!Files.exists(file)) {
            throw new DataException(file, null, "file not found",
                    "check the path (relative paths in a project are relative to the project file)");
        }
        FileSniffer.Kind kind;
        try {
            kind = FileSniffer.sniff(file);
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + e.getMessage() + ")", "check file permissions", e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (format == null) {
            String fix = name.endsWith(".zip") ? "unzip it and name the .shp (or .geojson, .gpkg) inside"
                    : name.endsWith(".shx") || name.endsWith(".prj") || name.endsWith(".cpg")
                    ? "name the .shp of the Shapefile set; the other files beside it are read with it"
                    : "use GeoJSON (.geojson), CSV with lat/lon or WKT columns (.csv), GeoPackage (.gpkg) or Shapefile (.shp)";
            throw new DataException(file, null, "unsupported file type (content looks like " + kind.description() + ")", fix);
        }
        if (kind == FileSniffer.Kind.EMPTY || kind == FileSniffer.Kind.BLANK) {
            throw new DataException(file, null, "is empty (" + kind.description() + ")",
                    "export the layer again, or restore it from a backup");
        }
        boolean ok = switch (format) {
            case GEOJSON -> kind == FileSniffer.Kind.JSON;
            case CSV -> kind == FileSniffer.Kind.TEXT;
            case GPKG -> kind == FileSniffer.Kind.SQLITE;
            case SHP -> kind == FileSniffer.Kind.BINARY;
        };
        if (!ok) {
            String expected = switch (format) {
                case GEOJSON -> "GeoJSON";
                case CSV -> "a CSV text table";
                case GPKG -> "a GeoPackage";
                case SHP -> name.endsWith(".dbf") ? "a dBASE table" : "a Shapefile";
            };
            String looks = kind == FileSniffer.Kind.TEXT && format == Format.GEOJSON ? "text (CSV?), not JSON"
                    : kind == FileSniffer.Kind.JSON && format == Format.CSV ? "JSON (GeoJSON?)" : kind.description();
            throw new DataException(file, null, "is not " + expected + ": its content looks like " + looks,
                    "give the file the extension of its real format, or export it again as " + expected);
        }
    }
}
