package org.beltmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.beltmap.core.osm.OsmImport;
import org.beltmap.core.osm.Places;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-osm EXTRACT.osm.pbf --centre NAME --out DIR}: a new project from an OpenStreetMap extract.
 * Prints {@code name value unit} lines, then one {@code note:} line per thing the user should know or fix.
 */
@Command(name = "import-osm", description = "Make a new project folder from an OpenStreetMap extract (.osm.pbf): roads, "
        + "railways, towns and settlements, the administrative boundary, water. Prints `name value unit` lines.")
final class ImportOsmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXTRACT", description = "the .osm.pbf extract")
    Path extract;

    @Option(names = {"--centre", "--center"}, required = true, paramLabel = "NAME",
            description = "the centre town: name, name:ru or name:en of a place in the extract")
    String centre;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "new project folder (must not exist or be empty)")
    Path out;

    @Option(names = "--name", paramLabel = "TEXT", description = "region name (default: the boundary's name)")
    String name;

    @Option(names = "--boundary", paramLabel = "auto|ID", defaultValue = "auto",
            description = "boundary relation id, or auto (default): the smallest administrative area that contains "
                    + "the centre and at least half of the towns")
    String boundary;

    @Option(names = "--places", paramLabel = "CLASSES", defaultValue = "city,town",
            description = "place values that become towns (default city,town); other settlements stay settlements")
    String places;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Long relation = null;
        if (!boundary.trim().equalsIgnoreCase("auto")) {
            try {
                relation = Long.parseLong(boundary.trim().replaceFirst("^(?i)(r|relation/?)", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--boundary must be auto or an OSM relation id, not '" + boundary + "'");
            }
        }
        Set<String> classes = new LinkedHashSet<>();
        for (String c : places.split(",")) {
            String t = c.trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                classes.add(t);
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("--places needs at least one place class, e.g. city,town; known "
                    + String.join(",", Places.SETTLEMENT_CLASSES));
        }
        OsmImport.Summary s = OsmImport.run(new OsmImport.Options(extract, centre, out, name, relation, classes),
                (step, f) -> { }, () -> false);
        PrintWriter w = spec.commandLine().getOut();
        w.println("# project " + s.project());
        if (s.boundary() != null) {
            w.println("# boundary " + s.boundary());
        }
        s.figures().forEach(w::println);
        s.notes().forEach(n -> w.println("note: " + n));
        w.flush();
        return 0;
    }
}
