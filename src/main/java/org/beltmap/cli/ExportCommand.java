package org.beltmap.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.export.DiagramData;
import org.beltmap.core.export.ExportOptions;
import org.beltmap.core.export.Exporter;
import org.beltmap.core.io.OutputGuard;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export PROJECT --layout map|rings --format svg|pdf|png --out FILE}: a belt diagram for a report. */
@Command(name = "export", description = "Export a belt diagram (map or schematic rings) as SVG, PDF or PNG, or the "
        + "analysis data: a GeoPackage (--format gpkg), one GeoJSON per layer into the --out folder (--format "
        + "geojson) or one Shapefile per layer (--format shp), or the towns table as CSV (--format csv).")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Option(names = "--layout", paramLabel = "map|rings", description = "map (default) or rings")
    String layout = "map";

    @Option(names = "--format", paramLabel = "svg|pdf|png|gpkg|geojson|shp|csv", required = true, description = "file format")
    String format;

    @Option(names = "--paper", paramLabel = "A4|A3", description = "paper size (default A4)")
    String paper = "A4";

    @Option(names = "--landscape", description = "landscape (default)")
    boolean landscape;

    @Option(names = "--portrait", description = "portrait")
    boolean portrait;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution (default 300)")
    int dpi = 300;

    @Option(names = "--title", paramLabel = "TEXT", description = "title instead of the default")
    String title;

    @Option(names = "--no-table", description = "leave out the table of small towns")
    boolean noTable;

    @Option(names = "--no-bundles", description = "leave out the infrastructure bundles and the scores, which need them (faster)")
    boolean noBundles;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "file to write")
    Path out;

    @Mixin
    AnalysisOptions options;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionCheck.number("--dpi", (double) dpi, "export.dpi", 300);
        String f = format.toLowerCase(Locale.ROOT);
        var inputs = OutputOptions.inputs(project, options, null);
        boolean folder = f.equals("geojson") || f.equals("shp");
        if (folder) {
            OutputGuard.checkFolder(out, "--out", inputs); // the files in it are checked once their names are known
        } else {
            output.check(project, options, null, "--out", out);
        }
        if (folder || f.equals("gpkg") || f.equals("csv")) {
            Region region = RegionLoader.load(project);
            DiagramData d = data(region, !noBundles);
            var tables = org.beltmap.core.export.AnalysisTables.of(d, options.scenario());
            if (f.equals("geojson")) {
                OutputGuard.checkFolder(out, tables.stream().map(t -> t.name() + ".geojson").toList(), "--out", inputs,
                        output.force);
            } else if (f.equals("shp")) {
                java.util.List<String> parts = new java.util.ArrayList<>();
                for (var t : tables) {
                    for (String ext : java.util.List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
                        parts.add(t.name() + ext);
                    }
                }
                OutputGuard.checkFolder(out, parts, "--out", inputs, output.force);
            }
            var names = String.join(", ", tables.stream().map(t -> t.name()).toList());
            switch (f) {
                case "gpkg" -> {
                    org.beltmap.core.export.GeoPackageExport.write(tables, out);
                    spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s (GeoPackage: %s)%n", out, names);
                }
                case "geojson" -> {
                    var files = org.beltmap.core.export.DataExport.geoJson(tables, out);
                    spec.commandLine().getErr().printf(Locale.ROOT, "wrote %d GeoJSON files into %s (%s)%n",
                            files.size(), out, names);
                }
                case "shp" -> {
                    var files = org.beltmap.core.export.ShapefileExport.write(tables, out);
                    spec.commandLine().getErr().printf(Locale.ROOT, "wrote %d Shapefiles into %s (%s)%n",
                            files.size(), out, names);
                }
                default -> {
                    org.beltmap.core.export.DataExport.csv(tables.get(0), out);
                    spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s (towns table, %d rows)%n", out,
                            tables.get(0).rows().size());
                }
            }
            return 0;
        }
        if (landscape && portrait) {
            throw new IllegalArgumentException("choose --landscape or --portrait, not both");
        }
        ExportOptions o = new ExportOptions(ExportOptions.parse(ExportOptions.Layout.class, layout, "--layout"),
                ExportOptions.parse(ExportOptions.Format.class, format, "--format"),
                ExportOptions.parse(ExportOptions.Paper.class, paper, "--paper"), !portrait, dpi, !noTable, title);
        long t0 = System.nanoTime();
        Region region = RegionLoader.load(project);
        DiagramData d = data(region, !noBundles);
        long t1 = System.nanoTime();
        Exporter.export(d, o, out);
        spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s (%s, %s %s) — analysis %d ms, render %d ms%n", out,
                o.format(), o.paper(), o.landscape() ? "landscape" : "portrait", (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return 0;
    }

    /**
     * The one analysis for these options: everything, or without bundles everything but bundles and scores (a score
     * without its bundle parts would not be the score the app and `score` show).
     */
    private DiagramData data(Region region, boolean bundles) {
        AnalysisRequest.Part[] parts = bundles ? AnalysisRequest.Part.values() : new AnalysisRequest.Part[] {
            AnalysisRequest.Part.ISOCHRONES, AnalysisRequest.Part.RAYS};
        AnalysisResult r = options.run(region, options.request(region, AnalysisRequest.Part.BELTS, parts));
        return DiagramData.of(r);
    }
}
