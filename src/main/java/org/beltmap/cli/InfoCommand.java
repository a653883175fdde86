package org.beltmap.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.io.CsvLayerReader;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.DataFileInfo;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code info PATH}: a project's layers with feature counts, or a data file's fields, count and extent.
 * Problems are listed on stdout ("problem: ...") and summarised in one line on stderr with exit code 2.
 */
@Command(name = "info", description = "Describe a project (.beltmap) or a data file (GeoJSON, CSV, GeoPackage, Shapefile).")
final class InfoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PATH", description = "project file or data file")
    Path path;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "CSV or Shapefile DBF encoding instead of detection (and of the .cpg), e.g. windows-1251,"
                    + " IBM866 or UTF-8")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter instead of detection: , ; tab |")
    String delimiter;

    @Option(names = "--lon", paramLabel = "COLUMN", description = "CSV longitude column instead of detection (with --lat)")
    String lon;

    @Option(names = "--lat", paramLabel = "COLUMN", description = "CSV latitude column instead of detection (with --lon)")
    String lat;

    @Option(names = "--wkt", paramLabel = "COLUMN", description = "CSV column holding WKT geometry instead of detection")
    String wkt;

    @Option(names = "--allow-outside", description = "read project layers whose files lie outside the project folder")
    boolean allowOutside;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".beltmap")) {
            return project(out);
        }
        DataFileInfo.Report report = DataFileInfo.inspect(path, csvOptions());
        out.print(report.text());
        return problems(out, path.toString(), report.problems().stream().map(DataException::getMessage).toList());
    }

    private int project(PrintWriter out) {
        ProjectFile.Read read = ProjectFile.readChecked(path);
        Region region = RegionLoader.load(read, (m, f) -> { }, allowOutside);
        out.printf("project %s%n", path);
        read.notes().forEach(n -> out.println("note: " + n));
        out.printf("region %s / %s%n", region.project().region().ru(), region.project().region().en());
        out.printf("centres %s%n", String.join(", ", region.centres().stream().map(t -> t.nameEn()).toList()));
        out.printf("%-12s %-12s %8s  %s%n", "layer", "kind", "features", "file");
        for (Layer l : region.layers().values()) {
            out.printf("%-12s %-12s %8d  %s%n", l.spec().id(), l.spec().kind().id(), l.size(), l.spec().path());
        }
        out.printf("towns %d%n", region.towns().size());
        out.printf("settlements %d%n", region.settlements().size());
        return problems(out, path.toString(), region.problems());
    }

    /** Lists every problem on stdout; one line on stderr naming the file and the first problem. */
    private int problems(PrintWriter out, String file, List<String> problems) {
        if (problems.isEmpty()) {
            return 0;
        }
        problems.forEach(p -> out.println("problem: " + p));
        out.flush();
        String first = problems.get(0);
        String prefix = first.startsWith(file) ? "" : file + ": ";
        spec.commandLine().getErr().println("beltmap: " + prefix + first
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems listed above)" : ""));
        return Cli.ERROR;
    }

    private CsvLayerReader.Options csvOptions() {
        Charset cs = null;
        if (encoding != null) {
            try {
                cs = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown encoding '" + encoding + "'; use e.g. UTF-8 or windows-1251");
            }
        }
        if ((lon == null) != (lat == null)) {
            throw new IllegalArgumentException("give both --lon and --lat (or --wkt)");
        }
        return new CsvLayerReader.Options(cs, delimiter == null ? null : CsvLayerReader.parseDelimiter(delimiter), lon,
                lat, wkt);
    }
}
