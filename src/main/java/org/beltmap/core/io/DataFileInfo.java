package org.beltmap.core.io;

import java.nio.file.Path;
import java.util.Locale;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.Envelope;

/** Plain-text description of a data file: format details, CRS, fields, feature count, extent, first rows. */
public final class DataFileInfo {

    private static final int SAMPLE_ROWS = 3;

    private DataFileInfo() {
    }

    public static String describe(Path file) {
        StringBuilder b = new StringBuilder();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpkg")) {
            b.append("tables ").append(String.join(", ", GeoPackageLayerReader.featureTables(file))).append('\n');
        }
        LayerReader.Data d = LayerReader.read(file);
        b.append("file ").append(file).append('\n');
        b.append("format ").append(d.detail()).append('\n');
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
        return b.toString();
    }
}
