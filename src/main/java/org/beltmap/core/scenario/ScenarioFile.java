package org.beltmap.core.scenario;

import java.nio.file.Path;
import org.beltmap.core.io.ScenarioJson;
import org.beltmap.core.model.Scenario;

/**
 * Reads a scenario file: a GeoJSON FeatureCollection of added lines (properties {@code speed_kmh} or
 * {@code class}), or a scenario JSON (see {@link ScenarioJson}).
 */
public final class ScenarioFile {

    private ScenarioFile() {
    }

    public static Scenario read(Path file) {
        return ScenarioJson.read(file);
    }
}
