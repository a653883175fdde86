package org.beltmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.io.AtomicFiles;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.io.ScoringModelFile;
import org.beltmap.core.scoring.TownScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code score PROJECT}: development-potential score per town with every component. */
@Command(name = "score", description = "Development-potential score (0–100) of every town, with its components.")
final class ScoreCommand implements Callable<Integer> {

    static final String HEADER = "id,town_ru,town_en,score,rank,dist_ray_km,dist_bundle_km,mtd_min,belt";

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Option(names = "--weights", paramLabel = "FILE", description = "weights JSON (default: the project's weights)")
    Path weights;

    @Option(names = "--format", paramLabel = "csv|json", description = "output format (default csv)")
    String format = "csv";

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        AnalysisOptions.csvOrJson(format);
        output.check(project, options, weights, "--out", out);
        ScoringModel model = weights == null ? null : ScoringModelFile.read(weights);
        Region region = RegionLoader.load(project);
        AnalysisRequest request = options.request(region, AnalysisRequest.Part.SCORES);
        List<TownScore> scores = options.run(region, weights == null ? request : request.withScoring(model)).scores();
        String text = format.equals("csv") ? csv(scores) : json(scores, model != null ? model : region.project().scoring());
        if (out == null) {
            spec.commandLine().getOut().print(text);
        } else {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    static String csv(List<TownScore> scores) {
        StringBuilder b = new StringBuilder(HEADER);
        for (String c : ScoringModel.COMPONENTS) {
            b.append(",c_").append(c);
        }
        for (String c : ScoringModel.COMPONENTS) {
            b.append(",pts_").append(c);
        }
        b.append(",nearest_ray,ray_strength,bundle_strength\n");
        for (TownScore s : scores) {
            Town t = s.town();
            b.append(String.join(",", t.id(), BeltsCommand.q(t.nameRu()), BeltsCommand.q(t.nameEn()), f(s.score()),
                    String.valueOf(s.rank()), f(s.distRayKm()), f(s.distBundleKm()), f(s.mtdMin()),
                    s.belt() == 0 ? "" : String.valueOf(s.belt())));
            for (String c : ScoringModel.COMPONENTS) {
                b.append(',').append(String.format(Locale.ROOT, "%.3f", s.values().get(c)));
            }
            for (String c : ScoringModel.COMPONENTS) {
                b.append(',').append(f(s.points().get(c)));
            }
            b.append(',').append(BeltsCommand.q(s.nearestRay())).append(',').append(f(s.rayStrength())).append(',')
                    .append(s.bundleStrength()).append('\n');
        }
        return b.toString();
    }

    private static String f(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "";
    }

    static String json(List<TownScore> scores, ScoringModel model) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode w = root.putObject("weights");
        model.weights().forEach(w::put);
        ArrayNode arr = root.putArray("towns");
        for (TownScore s : scores) {
            ObjectNode n = arr.addObject();
            n.put("id", s.town().id());
            n.put("town_ru", s.town().nameRu());
            n.put("town_en", s.town().nameEn());
            n.put("score", Math.round(s.score() * 10) / 10.0);
            n.put("rank", s.rank());
            n.put("dist_ray_km", Math.round(s.distRayKm() * 10) / 10.0);
            n.put("nearest_ray", s.nearestRay());
            n.put("dist_bundle_km", Math.round(s.distBundleKm() * 10) / 10.0);
            ObjectNode comps = n.putObject("components");
            s.values().forEach((k, v) -> comps.put(k, Math.round(v * 1000) / 1000.0));
            ObjectNode pts = n.putObject("points");
            s.points().forEach((k, v) -> pts.put(k, Math.round(v * 10) / 10.0));
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
