package org.beltmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.io.DataFileInfo;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code info PATH}: a project's layers with feature counts, or a data file's fields, count and extent. */
@Command(name = "info", description = "Describe a project (.beltmap) or a data file (GeoJSON, CSV, GeoPackage).")
final class InfoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PATH", description = "project file or data file")
    Path path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".beltmap")) {
            Region region = RegionLoader.load(path);
            out.printf("project %s%n", path);
            out.printf("region %s / %s%n", region.project().region().ru(), region.project().region().en());
            out.printf("centres %s%n", String.join(", ", region.centres().stream().map(t -> t.nameEn()).toList()));
            out.printf("%-12s %-12s %8s  %s%n", "layer", "kind", "features", "file");
            for (Layer l : region.layers().values()) {
                out.printf("%-12s %-12s %8d  %s%n", l.spec().id(), l.spec().kind().id(), l.size(), l.spec().path());
            }
            out.printf("towns %d%n", region.towns().size());
            out.printf("settlements %d%n", region.settlements().size());
            for (String p : region.problems()) {
                out.println("problem: " + p);
            }
            return region.problems().isEmpty() ? 0 : Cli.ERROR;
        }
        out.print(DataFileInfo.describe(path));
        return 0;
    }
}
