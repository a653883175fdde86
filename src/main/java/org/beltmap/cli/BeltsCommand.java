package org.beltmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.belts.BeltAnalysis;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.io.AtomicFiles;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code belts PROJECT}: МТД, centre, belt and published figures per town, as CSV or JSON. */
@Command(name = "belts", description = "МТД (minutes of transport accessibility) and settlement belt of every town.")
final class BeltsCommand implements Callable<Integer> {

    static final String HEADER = "id,town_ru,town_en,population,size_class,center,mtd_min,belt,published_mtd,"
            + "published_belt,status,route_km,access_km,delta_min,disagrees";

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Option(names = "--thresholds", paramLabel = "MIN", split = ",", description = "belt thresholds in minutes "
            + "(default: the project's, e.g. 45,90)")
    List<Double> thresholds;

    @Option(names = "--format", paramLabel = "csv|json", description = "output format (default csv)")
    String format = "csv";

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Mixin
    AnalysisOptions options;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AnalysisOptions.csvOrJson(format);
        OptionCheck.minutes("--thresholds", thresholds, "beltThresholds", List.of(45.0, 90.0));
        output.check(project, options, null, "--out", out);
        Region region = RegionLoader.load(project);
        BeltAnalysis.Result r = options.belts(region, thresholds);
        String text = format.equals("csv") ? csv(r.towns()) : json(r);
        network(spec.commandLine().getErr(), r.graph());
        if (out == null) {
            spec.commandLine().getOut().print(text);
        } else {
            AtomicFiles.write(out, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getErr().printf(Locale.ROOT, "wrote %d towns to %s in %d ms%n", r.towns().size(), out,
                    r.millis());
        }
        return 0;
    }

    /** The network the run used, on stderr so the CSV stays clean: size, components, gap joins. */
    static void network(PrintWriter err, org.beltmap.core.network.RoadGraph g) {
        int[] sizes = g.componentSizes();
        int[] sorted = java.util.Arrays.stream(sizes).boxed().sorted(java.util.Comparator.reverseOrder())
                .mapToInt(Integer::intValue).toArray();
        err.printf(Locale.ROOT, "network: %d nodes, %d edges, %.0f km, %d component(s) (nodes: %s), %d gap join(s)%n",
                g.nodeCount(), g.edgeCount(), g.totalLengthKm(), sizes.length,
                java.util.Arrays.toString(java.util.Arrays.copyOf(sorted, Math.min(8, sorted.length))),
                g.joins().size());
    }

    static String csv(List<TownAccess> towns) {
        StringWriter sw = new StringWriter();
        PrintWriter w = new PrintWriter(sw);
        w.print(HEADER + "\n");
        for (TownAccess a : towns) {
            Town t = a.town();
            w.print(String.join(",", t.id(), q(t.nameRu()), q(t.nameEn()), t.population() < 0 ? "" : "" + t.population(),
                    t.sizeClass() == null ? "" : t.sizeClass().id(), a.centre() == null ? "" : q(a.centre().nameEn()),
                    a.reachable() ? num(a.mtdMin()) : "", a.reachable() ? "" + a.belt() : "",
                    a.publishedMtd() == null ? "" : num(a.publishedMtd()),
                    a.publishedBelt() == null ? "" : "" + a.publishedBelt(),
                    a.status().name().toLowerCase(Locale.ROOT), a.reachable() ? num(a.routeKm()) : "",
                    a.reachable() ? num(a.accessKm()) : "", a.deltaMin() == null ? "" : num(a.deltaMin()),
                    a.disagrees() ? "1" : "0"));
            w.print("\n");
        }
        w.flush();
        return sw.toString();
    }

    static String json(BeltAnalysis.Result r) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode th = root.putArray("thresholds");
        r.thresholds().forEach(th::add);
        ArrayNode arr = root.putArray("towns");
        for (TownAccess a : r.towns()) {
            ObjectNode n = arr.addObject();
            n.put("id", a.town().id());
            n.put("town_ru", a.town().nameRu());
            n.put("town_en", a.town().nameEn());
            n.put("population", a.town().population());
            n.put("size_class", a.town().sizeClass() == null ? null : a.town().sizeClass().id());
            n.put("status", a.status().name().toLowerCase(Locale.ROOT));
            n.put("center", a.centre() == null ? null : a.centre().nameEn());
            if (a.reachable()) {
                n.put("mtd_min", round(a.mtdMin()));
                n.put("belt", a.belt());
                n.put("route_km", round(a.routeKm()));
                n.put("access_km", round(a.accessKm()));
            }
            if (a.publishedMtd() != null) {
                n.put("published_mtd", a.publishedMtd());
            }
            if (a.publishedBelt() != null) {
                n.put("published_belt", a.publishedBelt());
            }
            if (a.deltaMin() != null) {
                n.put("delta_min", round(a.deltaMin()));
            }
            n.put("disagrees", a.disagrees());
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String q(String s) {
        if (s == null) {
            return "";
        }
        s = org.beltmap.core.export.DataExport.spreadsheetSafe(s);
        return s.matches("(?s).*[,\"\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
