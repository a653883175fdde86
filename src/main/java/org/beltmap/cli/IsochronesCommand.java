package org.beltmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.model.Region;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isochrones PROJECT --out FILE.geojson}: one polygon feature per band, properties minutes and center. */
@Command(name = "isochrones", description = "Isochrone polygons (minutes of transport accessibility) as GeoJSON.")
final class IsochronesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.beltmap)")
    Path project;

    @Option(names = "--minutes", paramLabel = "MIN", split = ",",
            description = "band limits in minutes (default: the project's, e.g. 30,45,90)")
    List<Double> minutes;

    @Option(names = "--smooth", paramLabel = "METRES", description = "smoothing tolerance in metres (default 250, "
            + "as on the map and in exports; 0 for the raw cell outlines)")
    double smooth = AnalysisRequest.DEFAULT_SMOOTH_M;

    @Option(names = "--cell", paramLabel = "METRES", description = "travel-time grid cell in metres (default 500, finer for regions under 200 km across)")
    double cell = AnalysisRequest.DEFAULT_CELL_M;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "GeoJSON file to write")
    Path out;

    @Mixin
    AnalysisOptions options;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionCheck.minutes("--minutes", minutes, "isochroneMinutes", List.of(30.0, 45.0, 90.0));
        OptionCheck.number("--smooth", smooth, "isochrones.smooth", AnalysisRequest.DEFAULT_SMOOTH_M);
        OptionCheck.number("--cell", cell, "isochrones.cell", AnalysisRequest.DEFAULT_CELL_M);
        output.check(project, options, null, "--out", out);
        long t0 = System.nanoTime();
        Region region = RegionLoader.load(project);
        List<Isochrone> bands = options.run(region, options.request(region, AnalysisRequest.Part.ISOCHRONES)
                .withIsochrones(minutes, cell, smooth)).isochrones();
        AtomicFiles.write(out, geoJson(bands).getBytes(StandardCharsets.UTF_8));
        for (Isochrone b : bands) {
            spec.commandLine().getOut().printf(Locale.ROOT, "isochrone_%s_min_area %.1f km2%n", fmt(b.minutes()),
                    b.areaKm2());
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "isochrones_ms %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        return 0;
    }

    static String fmt(double m) {
        return m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m);
    }

    static String geoJson(List<Isochrone> bands) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        GeoJsonWriter writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        ObjectNode root = mapper.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Isochrone b : bands) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode props = f.putObject("properties");
            props.put("minutes", b.minutes());
            props.put("center", b.centre());
            props.put("area_km2", Math.round(b.areaKm2() * 10) / 10.0);
            f.set("geometry", mapper.readTree(writer.write(b.area())));
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
