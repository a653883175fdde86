package org.beltmap.core.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beltmap.core.model.Feature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads an ESRI Shapefile set: geometry from the .shp, attributes from the .dbf, the coordinate system from the
 * .prj (reprojected to WGS84 lon/lat) and the table's encoding from the .cpg or the DBF language byte, unless the
 * user names it ({@code --encoding}, or {@value #ENCODING} among a project layer's fields). A .dbf alone reads
 * as a table without geometry, e.g. for a join.
 *
 * <p>A small reader of the published format rather than a library: the one maintained Java reader on Maven
 * Central that resolves here (H2GIS) brings an SQL database and 13 MB of dependencies with it.
 */
public final class ShapefileLayerReader {

    /** Layer field naming the DBF encoding, like {@code csv.encoding} for CSV layers. */
    public static final String ENCODING = "dbf.encoding";

    private ShapefileLayerReader() {
    }

    /**
     * What was read, and how: the encoding and where it came from ({@code given}, {@code x.cpg},
     * {@code language byte 0xC9}, {@code detected}), the CRS and the shape type.
     */
    public record Result(List<Feature> features, List<String> fields, String crs, Charset encoding,
                         String encodingSource, String shapeType) {

        /** One line for {@code info} and the add-layer preview. */
        public String detail() {
            return "Shapefile (" + shapeType + ", " + features.size() + " features), DBF encoding " + encoding.name()
                    + " (" + encodingSource + "), CRS " + crs;
        }
    }

    /** The {@link CsvLayerReader.Options} of a layer with its {@value #ENCODING} field, if any, as the encoding. */
    public static CsvLayerReader.Options withEncoding(CsvLayerReader.Options csv, Map<String, String> fields) {
        String enc = fields == null ? null : fields.get(ENCODING);
        if (enc == null || enc.isBlank()) {
            return csv;
        }
        Charset cs;
        try {
            cs = DbfEncoding.ofCpg(enc);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENCODING + " '" + enc + "' is not an encoding Java knows", e);
        }
        return new CsvLayerReader.Options(cs, csv.delimiter(), csv.lonColumn(), csv.latColumn(), csv.wktColumn());
    }

    /** Reads {@code file} (a .shp, or a .dbf alone); {@code encoding} null means .cpg, language byte, detection. */
    public static Result read(Path file, Charset encoding) {
        boolean tableOnly = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".dbf");
        Path dbf = tableOnly ? file : sidecar(file, "dbf");
        if (dbf == null) {
            throw new DataException(file, null, "has no attribute table " + stem(file) + ".dbf beside it",
                    "copy " + stem(file) + ".dbf (with the .shx, .prj and .cpg) from the same source into the folder of"
                            + " the .shp");
        }
        String dbfName = dbf.getFileName().toString();
        DbfReader table = new DbfReader(file, dbfName, bytes(file, dbf));
        Encoding enc = encoding(file, table, encoding);
        Charset cs = enc.charset();
        List<String> names = table.fieldNames(cs);
        ShpReader.Shapes shapes = null;
        ShapefilePrj.Projection projection = null;
        String crs = Crs.WGS84;
        if (!tableOnly) {
            shapes = ShpReader.read(file, bytes(file, file));
            if (shapes.geometries().size() != table.records()) {
                throw new DataException(file, null, "has " + shapes.geometries().size() + " shapes but " + dbfName
                        + " has " + table.records() + " records", "the files come from different exports: copy the"
                        + " .shp, .shx and .dbf again together from the same source");
            }
            Path prj = sidecar(file, "prj");
            if (prj == null) {
                crs = assumeLonLat(file, shapes);
            } else {
                String wkt = new String(bytes(file, prj), StandardCharsets.UTF_8);
                projection = ShapefilePrj.read(file, prj.getFileName().toString(), wkt);
                crs = projection.name() + " (" + prj.getFileName() + "), reprojected to WGS84 lon/lat"
                        + accuracy(projection.accuracyM());
            }
        }
        List<Feature> features = new ArrayList<>();
        for (int r = 0; r < table.records(); r++) {
            if (table.deleted(r)) {
                continue; // deleted in dBASE but not yet packed away: not data
            }
            Geometry g = shapes == null ? null : shapes.geometries().get(r);
            if (g != null && projection != null && !projection.toWgs84().isIdentity()) {
                // The same checks as every reader: finite, inside the world, not absurdly far from the origin.
                new Crs.Reprojection(projection.name(), projection.toWgs84(), null).apply(file, "shape " + (r + 1), g,
                        "the .prj file");
            }
            features.add(new Feature(features.size(), g, table.record(r, names, cs)));
        }
        return new Result(features, names, crs, cs, enc.source(), tableOnly ? "table" : shapes.type());
    }

    /** Without a .prj, lon/lat coordinates are taken as WGS84 (what GDAL and QGIS assume); metres are refused. */
    private static String assumeLonLat(Path shp, ShpReader.Shapes shapes) {
        Envelope e = new Envelope();
        shapes.geometries().stream().filter(g -> g != null).forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
        if (e.isNull() || Crs.looksGeographic(e.getMinX(), e.getMinY()) && Crs.looksGeographic(e.getMaxX(), e.getMaxY())) {
            return Crs.WGS84 + " (no .prj; coordinates are longitude/latitude, read as WGS84)";
        }
        throw new DataException(shp, null, String.format(Locale.ROOT, "has no %s.prj (coordinate system) and its"
                        + " coordinates (x %.0f .. %.0f, y %.0f .. %.0f) are not longitude/latitude", stem(shp),
                e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()),
                "copy " + stem(shp) + ".prj from the data's source beside the .shp, or write one naming its system: "
                        + "ogr2ogr -a_srs EPSG:NNNN out.shp in.shp");
    }

    private static String accuracy(double m) {
        return Double.isNaN(m) || m <= 1 ? "" : String.format(Locale.ROOT, " (accuracy about %.0f m)", m);
    }

    private record Encoding(Charset charset, String source) {
    }

    private static Encoding encoding(Path shp, DbfReader table, Charset given) {
        if (given != null) {
            return new Encoding(given, "given");
        }
        Path cpg = sidecar(shp, "cpg");
        if (cpg != null) {
            String text = new String(bytes(shp, cpg), StandardCharsets.US_ASCII);
            if (!text.isBlank()) {
                try {
                    return new Encoding(DbfEncoding.ofCpg(text), "from " + cpg.getFileName());
                } catch (IllegalArgumentException e) {
                    throw new DataException(shp, cpg.getFileName().toString(), e.getMessage(), "write the encoding into "
                            + cpg.getFileName() + " (e.g. UTF-8, 1251 or 866), or give --encoding", e);
                }
            }
        }
        Charset byLdid = DbfEncoding.ofLanguageDriver(table.languageDriver());
        if (byLdid != null) {
            return new Encoding(byLdid, "language byte 0x"
                    + Integer.toHexString(table.languageDriver()).toUpperCase(Locale.ROOT));
        }
        byte[] text = table.textBytes();
        Charset detected = DbfEncoding.detect(text);
        if (detected == null) {
            throw new DataException(shp, table.firstNonAscii(), "has text in an undeclared encoding that is neither"
                    + " UTF-8, windows-1251 nor CP866 (bytes such as 0x" + Integer.toHexString(DbfEncoding.firstOddByte(text))
                    + ")", "name the encoding in a " + stem(shp) + ".cpg file beside the .dbf (e.g. 1251, 866, UTF-8 or"
                    + " KOI8-R), or give --encoding (in a project: \"" + ENCODING + "\" among the layer's fields)");
        }
        return new Encoding(detected, "detected, no .cpg");
    }

    /** {@code stem.ext} beside {@code file}, in any letter case (shapefiles from DOS tools are upper case). */
    static Path sidecar(Path file, String ext) {
        Path dir = file.toAbsolutePath().getParent();
        String stem = stem(file);
        Path exact = dir.resolve(stem + "." + ext);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (p.getFileName().toString().equalsIgnoreCase(stem + "." + ext) && Files.isRegularFile(p)) {
                    return p;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    private static byte[] bytes(Path shp, Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataException(shp, file.getFileName().toString(), "cannot be read (" + e.getMessage() + ")",
                    "check the file's permissions", e);
        }
    }
}
