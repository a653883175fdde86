package org.beltmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.beltmap.core.bundles.Bundle;
import org.beltmap.core.bundles.BundleAnalysis;
import org.beltmap.core.bundles.StripShares;
import org.beltmap.core.io.AtomicFiles;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.Region;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bundles PROJECT --out FILE.geojson}: infrastructure bundles as polygons (strength, members, area, length)
 * and the share of towns, settlements and population in the urbanised strips, as {@code name value unit} lines.
 */
@Command(name = "bundles", description = "Infrastructure bundles (roads, railways, engineering lines running "
        + "together) and the urbanised strips along them.")
final class BundlesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Option(names = "--width", paramLabel = "KM", description = "corridor width (default: the project's, 5 km)")
    Double width;

    @Option(names = "--min-length", paramLabel = "KM", description = "shortest run together that makes a bundle "
            + "(default: the project's, 10 km)")
    Double minLength;

    @Option(names = "--strip", paramLabel = "KM", description = "urbanised strip distance from a bundle "
            + "(default: the project's, 10 km)")
    Double strip;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "bundle polygons (GeoJSON)")
    Path out;

    @Option(names = "--strips-out", paramLabel = "FILE", description = "urbanised strip polygon (GeoJSON)")
    Path stripsOut;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Check the numbers before the (slower) load, so a typo fails at once.
        OptionCheck.number("--width", width, "bundles.width", BundleSettings.DEFAULTS.widthKm());
        OptionCheck.number("--min-length", minLength, "bundles.minLength", BundleSettings.DEFAULTS.minLengthKm());
        OptionCheck.number("--strip", strip, "bundles.strip", BundleSettings.DEFAULTS.stripKm());
        output.check(project, null, null, "--out", out, "--strips-out", stripsOut);
        Region region = RegionLoader.load(project);
        BundleSettings s = region.project().settings().bundles();
        s = width == null ? s : s.withWidthKm(width);
        s = minLength == null ? s : s.withMinLengthKm(minLength);
        s = strip == null ? s : s.withStripKm(strip);
        BundleAnalysis.Result r = org.beltmap.core.analysis.RegionAnalysis.once(region,
                org.beltmap.core.analysis.AnalysisRequest.of(org.beltmap.core.analysis.AnalysisRequest.Part.BUNDLES)
                        .withBundleSettings(s)).bundles();
        AtomicFiles.write(out, bundlesGeoJson(r).getBytes(StandardCharsets.UTF_8));
        if (stripsOut != null) {
            AtomicFiles.write(stripsOut, stripsGeoJson(r).getBytes(StandardCharsets.UTF_8));
        }
        PrintWriter w = spec.commandLine().getOut();
        line(w, "bundles_layers", r.layers().size(), "count");
        line(w, "bundles_count", r.bundles().size(), "count");
        for (int k = r.layers().size(); k >= 2; k--) {
            final int strength = k;
            long n = r.bundles().stream().filter(b -> b.strength() == strength).count();
            if (n > 0) {
                line(w, "bundles_strength_" + k + "_count", n, "count");
            }
        }
        line(w, "bundles_area", r.bundles().stream().mapToDouble(Bundle::areaKm2).sum(), "km2");
        line(w, "bundles_length", r.bundles().stream().mapToDouble(Bundle::lengthKm).sum(), "km");
        StripShares sh = r.shares();
        line(w, "strips_area", sh.stripsAreaKm2(), "km2");
        if (sh.territoryShare() != null) {
            line(w, "strips_territory_share", sh.territoryShare(), "%");
        }
        line(w, "towns_in_strips", sh.townsInStrips(), "count");
        line(w, "towns_in_strips_share", sh.townsShare(), "%");
        line(w, "population_in_strips_share", sh.townPopulationShare(), "%");
        line(w, "settlements_in_strips", sh.settlementsInStrips(), "count");
        line(w, "settlements_in_strips_share", sh.settlementsShare(), "%");
        line(w, "settlements_population_in_strips_share", sh.settlementPopulationShare(), "%");
        line(w, "bundles_ms", r.bundlesMillis(), "ms");
        line(w, "strips_ms", r.stripsMillis(), "ms");
        return 0;
    }

    private static void line(PrintWriter w, String name, double value, String unit) {
        String v = value == Math.rint(value) && !unit.equals("%") && !unit.startsWith("km")
                ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        w.printf(Locale.ROOT, "%s %s %s%n", name, v, unit);
    }

    static String bundlesGeoJson(BundleAnalysis.Result r) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = collection(mapper, r);
        ArrayNode features = root.putArray("features");
        for (Bundle b : r.bundles()) {
            ObjectNode props = feature(mapper, features, b.area());
            props.put("strength", b.strength());
            ArrayNode members = props.putArray("members");
            b.layers().forEach(members::add);
            ArrayNode detail = props.putArray("member_features");
            for (Bundle.Member m : b.members()) {
                ObjectNode n = detail.addObject().put("layer", m.layer()).put("kind", m.kind());
                m.features().forEach(n.putArray("features")::add);
            }
            props.put("area_km2", round(b.areaKm2()));
            props.put("length_km", round(b.lengthKm()));
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    static String stripsGeoJson(BundleAnalysis.Result r) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = collection(mapper, r);
        ObjectNode props = feature(mapper, root.putArray("features"), r.strips());
        props.put("strip_km", r.settings().stripKm());
        props.put("area_km2", round(r.shares().stripsAreaKm2()));
        return mapper.writeValueAsString(root) + "\n";
    }

    private static ObjectNode collection(ObjectMapper mapper, BundleAnalysis.Result r) {
        ObjectNode root = mapper.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("width_km", r.settings().widthKm());
        root.put("min_length_km", r.settings().minLengthKm());
        root.put("strip_km", r.settings().stripKm());
        return root;
    }

    /** Adds a feature with an RFC 7946 geometry (6 decimals, exterior rings counter-clockwise); returns its properties. */
    private static ObjectNode feature(ObjectMapper mapper, ArrayNode features, Geometry g) throws Exception {
        GeoJsonWriter writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        ObjectNode props = f.putObject("properties");
        f.set("geometry", mapper.readTree(writer.write(g)));
        return props;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
