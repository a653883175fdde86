package org.beltmap.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A BeltMap project as stored in a {@code .beltmap} file: region, layers, centres and settings.
 * Layer paths are relative to the project file's folder.
 *
 * @param attribution the data credits (licences) shown in Help → About and on exports; "" when none
 * @param source the parsed file this project was read from, never modified; saving writes the model over a copy of
 *               it so members this build does not know survive (null for a project not read from a file)
 */
public record Project(Path file, int version, LocalizedText region, List<LayerSpec> layers, List<Centre> centres,
                      Settings settings, Double publishedAreaKm2, RayEdits rayEdits, TownEdits townEdits,
                      ScoringModel scoring, List<Scenario> scenarios, String activeScenario,
                      java.util.Map<String, String> lectureCaptions, String attribution, JsonNode source) {

    /** Without attribution and not read from a file. */
    public Project(Path file, int version, LocalizedText region, List<LayerSpec> layers, List<Centre> centres,
                   Settings settings, Double publishedAreaKm2, RayEdits rayEdits, TownEdits townEdits,
                   ScoringModel scoring, List<Scenario> scenarios, String activeScenario,
                   java.util.Map<String, String> lectureCaptions) {
        this(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, townEdits, scoring,
                scenarios, activeScenario, lectureCaptions, "", null);
    }

    /** Without lecture captions (the defaults from the UI language are used). */
    public Project(Path file, int version, LocalizedText region, List<LayerSpec> layers, List<Centre> centres,
                   Settings settings, Double publishedAreaKm2, RayEdits rayEdits, TownEdits townEdits,
                   ScoringModel scoring, List<Scenario> scenarios, String activeScenario) {
        this(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, townEdits, scoring,
                scenarios, activeScenario, java.util.Map.of());
    }

    public Project(Path file, int version, LocalizedText region, List<LayerSpec> layers, List<Centre> centres,
                   Settings settings, Double publishedAreaKm2, RayEdits rayEdits, TownEdits townEdits,
                   ScoringModel scoring) {
        this(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, townEdits, scoring,
                List.of(), null);
    }

    public Project(Path file, int version, LocalizedText region, List<LayerSpec> layers, List<Centre> centres,
                   Settings settings, Double publishedAreaKm2, RayEdits rayEdits, TownEdits townEdits) {
        this(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, townEdits,
                ScoringModel.defaults());
    }

    public Project(Path file, int version, LocalizedText region, List<LayerSpec> layers, List<Centre> centres,
                   Settings settings, Double publishedAreaKm2, RayEdits rayEdits) {
        this(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, TownEdits.NONE);
    }

    /** A project without a published territory area (formula 1 then uses the boundary's area only). */
    public Project(Path file, int version, LocalizedText region, List<LayerSpec> layers, List<Centre> centres,
                   Settings settings) {
        this(file, version, region, layers, centres, settings, null, RayEdits.NONE);
    }

    public Project(Path file, int version, LocalizedText region, List<LayerSpec> layers, List<Centre> centres,
                   Settings settings, Double publishedAreaKm2) {
        this(file, version, region, layers, centres, settings, publishedAreaKm2, RayEdits.NONE);
    }

    public Project {
        layers = List.copyOf(layers);
        centres = List.copyOf(centres);
        settings = settings == null ? Settings.defaults() : settings;
        rayEdits = rayEdits == null ? RayEdits.NONE : rayEdits;
        townEdits = townEdits == null ? TownEdits.NONE : townEdits;
        scoring = scoring == null ? ScoringModel.defaults() : scoring;
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        lectureCaptions = lectureCaptions == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(lectureCaptions));
        attribution = attribution == null ? "" : attribution;
    }

    public Path resolve(String relative) {
        Path base = file == null ? Path.of(".") : file.toAbsolutePath().getParent();
        return base.resolve(relative).normalize();
    }

    public Optional<LayerSpec> layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<LayerSpec> firstOfKind(LayerKind kind) {
        return layers.stream().filter(l -> l.kind() == kind).findFirst();
    }

    public Project withSettings(Settings s) {
        return new Project(file, version, region, layers, centres, s, publishedAreaKm2, rayEdits, townEdits, scoring, scenarios, activeScenario, lectureCaptions, attribution, source);
    }

    public Project withCentres(List<Centre> list) {
        return new Project(file, version, region, layers, list, settings, publishedAreaKm2, rayEdits, townEdits, scoring,
                scenarios, activeScenario, lectureCaptions);
    }

    public Project withRayEdits(RayEdits e) {
        return new Project(file, version, region, layers, centres, settings, publishedAreaKm2, e, townEdits, scoring, scenarios, activeScenario, lectureCaptions, attribution, source);
    }

    public Project withTownEdits(TownEdits e) {
        return new Project(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, e, scoring, scenarios, activeScenario, lectureCaptions, attribution, source);
    }

    public Project withScoring(ScoringModel m) {
        return new Project(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, townEdits, m,
                scenarios, activeScenario, lectureCaptions, attribution, source);
    }

    public Project withScenarios(List<Scenario> list, String active) {
        return new Project(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, townEdits,
                scoring, list, active, lectureCaptions, attribution, source);
    }

    public Project withLayers(List<LayerSpec> list) {
        return new Project(file, version, region, list, centres, settings, publishedAreaKm2, rayEdits, townEdits,
                scoring, scenarios, activeScenario, lectureCaptions, attribution, source);
    }

    /**
     * This project with a data file added as its last layer: the path relative to the project folder when the file
     * lies inside it (absolute otherwise: the user chose it), an id from the file name made unique, and the
     * fields saying how to read and use it.
     */
    public Project withLayerFile(Path dataFile, LayerKind kind, java.util.Map<String, String> fields) {
        Path folder = file.toAbsolutePath().getParent();
        Path abs = dataFile.toAbsolutePath().normalize();
        String path = abs.startsWith(folder) ? folder.relativize(abs).toString().replace('\\', '/') : abs.toString();
        String stem = abs.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String id = stem;
        for (int i = 2; layer(id).isPresent(); i++) {
            id = stem + "-" + i;
        }
        List<LayerSpec> list = new java.util.ArrayList<>(layers);
        list.add(new LayerSpec(id, kind, path, LocalizedText.of(stem), true, fields, null, null, null));
        return withLayers(list);
    }

    /** This project without the layer (its file stays where it is). */
    public Project withoutLayer(String id) {
        return withLayers(layers.stream().filter(l -> !l.id().equals(id)).toList());
    }

    /** Lecture-mode captions edited by the lecturer, by step id. */
    public Project withLectureCaptions(java.util.Map<String, String> captions) {
        return new Project(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, townEdits,
                scoring, scenarios, activeScenario, captions, attribution, source);
    }

    public Project withAttribution(String text) {
        return new Project(file, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, townEdits,
                scoring, scenarios, activeScenario, lectureCaptions, text, source);
    }

    public Project withFile(Path f) {
        return new Project(f, version, region, layers, centres, settings, publishedAreaKm2, rayEdits, townEdits, scoring, scenarios, activeScenario, lectureCaptions, attribution, source);
    }
}
