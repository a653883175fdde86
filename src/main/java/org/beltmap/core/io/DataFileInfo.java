package org.beltmap.core.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.Envelope;

/** Plain-text description of a data file: format details, CRS, fields, feature count, extent, first rows. */
public final class DataFileInfo {

    private static final int SAMPLE_ROWS = 3;

    private DataFileInfo() {
    }

    /** The description and the problems found in a file that could be read (see {@link LayerChecks}). */
    public record Report(String text, List<DataException> problems) {
    }

    public static String describe(Path file) {
        return inspect(file, CsvLayerReader.Options.DETECT).text();
    }

    /** Reads the file (DataException when unreadable) and describes it; CSV detection can be overridden. */
    public static Report inspect(Path file, CsvLayerReader.Options csv) {
        StringBuilder b = new StringBuilder();
        LayerReader.Data d = LayerReader.read(file, csv);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpkg")) {
            b.append("tables ").append(String.join(", ", GeoPackageLayerReader.featureTables(file))).append('\n');
        }
        b.append("file ").append(file).append('\n');
        b.append("format ").append(d.detail()).append('\n');
        if (d.detail().startsWith("CSV")) {
            // Separate lines so a user (or script) checking a Russian Excel export sees at once what was assumed.
            CsvLayerReader.Result r = CsvLayerReader.read(file, csv);
            b.append("encoding ").append(r.encoding().name())
                    .append(csv.encoding() == null ? " (detected)" : " (given)").append('\n');
            b.append("delimiter ").append(CsvLayerReader.delimiterName(r.delimiter()))
                    .append(csv.delimiter() == null ? " (detected)" : " (given)").append('\n');
            b.append("columns ").append(r.fields().size()).append(": ").append(String.join(" | ", r.fields())).append('\n');
            b.append("geometry ").append(r.geometrySource() == null ? "none (a table)" : r.geometrySource()).append('\n');
        }
        b.append("crs ").append(d.crs()).append(" (held as WGS84 lon/lat)").append('\n');
        b.append("features ").append(d.features().size()).append('\n');
        b.append("fields ").append(String.join(", ", d.fields())).append('\n');
        Envelope e = new Envelope();
        for (Feature f : d.features()) {
            if (f.geometry() != null) {
                e.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        if (e.isNull()) {
            b.append("extent none (no geometry)\n");
        } else {
            b.append(String.format(Locale.ROOT, "extent lon %.6f .. %.6f, lat %.6f .. %.6f%n", e.getMinX(),
                    e.getMaxX(), e.getMinY(), e.getMaxY()));
        }
        for (int i = 0; i < Math.min(SAMPLE_ROWS, d.features().size()); i++) {
            b.append("row ").append(i + 1).append(' ').append(d.features().get(i).attributes()).append('\n');
        }
        return new Report(b.toString(), LayerChecks.check(file, d));
    }
}
