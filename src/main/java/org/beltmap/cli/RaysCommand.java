package org.beltmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.io.AtomicFiles;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.rays.RayFinder;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rays PROJECT --out FILE.geojson}: the transport rays from each centre, with their strength. */
@Command(name = "rays", description = "Transport rays (radial corridors) from the centre(s) as GeoJSON LineStrings.")
final class RaysCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "GeoJSON file to write")
    Path out;

    @Option(names = "--catchment", paramLabel = "KM", description = "towns within this distance are served "
            + "by a ray (default 15)")
    double catchment = RayFinder.Options.defaults().catchmentKm();

    @Option(names = "--min-share", paramLabel = "FRACTION", description = "smallest share of the population a ray "
            + "must carry (default 0.04)")
    double minShare = RayFinder.Options.defaults().minShare();

    @Option(names = "--mode", paramLabel = "road|railway", description = "network the rays follow (default road)")
    String mode = "road";

    @Mixin
    AnalysisOptions options;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!mode.equals("road") && !mode.equals("railway")) {
            throw new IllegalArgumentException("--mode must be road or railway, not '" + mode + "'");
        }
        OptionCheck.number("--catchment", catchment, "rays.catchment", RayFinder.Options.defaults().catchmentKm());
        OptionCheck.number("--min-share", minShare, "rays.minShare", RayFinder.Options.defaults().minShare());
        output.check(project, options, null, "--out", out);
        Region region = RegionLoader.load(project);
        RayFinder.Options o = new RayFinder.Options(RayFinder.Options.defaults().centreZoneKm(), minShare, catchment,
                mode);
        AnalysisResult r = options.run(region, options.request(region, AnalysisRequest.Part.RAYS).withRayOptions(o));
        ObjectMapper mapper = new ObjectMapper();
        GeoJsonWriter writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        ObjectNode root = mapper.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        PrintWriter stdout = spec.commandLine().getOut();
        for (Ray ray : r.rays()) {
            if (ray.mode().equals(mode)) {
                Town c = centreOf(ray, r.centres());
                ObjectNode f = features.addObject();
                f.put("type", "Feature");
                ObjectNode p = f.putObject("properties");
                p.put("name", ray.name());
                p.put("ref", ray.ref());
                p.put("center", c.nameEn());
                p.put("mode", ray.mode());
                p.put("length_km", Math.round(ray.lengthKm() * 10) / 10.0);
                p.put("strength", Math.round(ray.strength().total() * 100) / 100.0);
                p.put("strength_class", ray.strength().roadClass());
                p.put("strength_population", Math.round(ray.strength().population() * 100) / 100.0);
                p.put("strength_railway", ray.strength().railway());
                p.put("population_served", ray.populationServed());
                ArrayNode towns = p.putArray("towns");
                ray.towns().forEach(t -> towns.add(t.nameEn()));
                f.set("geometry", mapper.readTree(writer.write(ray.line())));
                stdout.printf(Locale.ROOT, "ray %s: %.1f km, strength %.2f, %d towns (%s)%n", ray.name(),
                        ray.lengthKm(), ray.strength().total(), ray.towns().size(),
                        String.join(", ", ray.towns().stream().map(Town::nameEn).toList()));
            }
        }
        AtomicFiles.write(out, (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
        stdout.printf(Locale.ROOT, "rays_count %d count%n", features.size());
        return 0;
    }

    /** The centre a ray leaves from: the one nearest its first vertex (user rays carry no centre). */
    private static Town centreOf(Ray ray, List<Town> centres) {
        var p = ray.line().getCoordinateN(0);
        Town best = centres.get(0);
        for (Town c : centres) {
            if (Math.hypot(c.lon() - p.x, c.lat() - p.y) < Math.hypot(best.lon() - p.x, best.lat() - p.y)) {
                best = c;
            }
        }
        return best;
    }
}
