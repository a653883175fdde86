package org.beltmap.app.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.beltmap.core.export.AnalysisTables;
import org.beltmap.core.export.DataExport;
import org.beltmap.core.export.DiagramData;
import org.beltmap.core.export.GeoPackageExport;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.OutputGuard;
import org.beltmap.core.model.Scenario;

/**
 * What File → Export diagram and File → Export data write: the analysis on screen (МТД, belts, isochrones, rays,
 * bundles when computed, scores) and the active scenario's planned roads. Writing runs off the UI thread.
 */
public final class ExportViewModel {

    /** Data formats: one GeoPackage, a folder of GeoJSON files, or the towns table as CSV. */
    public enum DataFormat { GPKG, GEOJSON, CSV }

    private final MainViewModel vm;
    private final Executor background;
    private final Executor ui;

    ExportViewModel(MainViewModel vm, Executor background, Executor ui) {
        this.vm = vm;
        this.background = background;
        this.ui = ui;
    }

    /**
     * The analysis as on screen: the active scenario's run when there is one, else the base run; null while it is
     * still running.
     */
    public DiagramData diagramData() {
        var base = vm.analysis().resultProperty().get();
        if (base == null || vm.getRegion() == null) {
            return null;
        }
        var sc = vm.scenario().resultProperty().get();
        var r = sc != null && sc.scenario() == vm.scenario().scenarioProperty().get() ? sc.analysis() : base;
        return DiagramData.of(r);
    }

    /** The base network's run whatever scenario is active, for an export of the base; null while it runs. */
    public DiagramData baseData() {
        var base = vm.analysis().resultProperty().get();
        return base == null || vm.getRegion() == null ? null : DiagramData.of(base);
    }

    /** Writes the analysis layers; reports the files written, or the error, on the UI thread. */
    public void exportData(DataFormat format, Path target, Consumer<List<Path>> done, Consumer<String> failed) {
        DiagramData d = diagramData();
        if (d == null) {
            failed.accept(vm.messages().get("export.notReady"));
            return;
        }
        Scenario scenario = vm.scenario().scenarioProperty().get();
        // Never over the project or its layers; the file chooser has already asked about replacing.
        var inputs = OutputGuard.inputs(vm.getRegion().project());
        vm.statusProperty().set(vm.messages().get("export.writing", target.getFileName()));
        background.execute(() -> {
            try {
                List<AnalysisTables.Table> tables = AnalysisTables.of(d, scenario);
                if (format == DataFormat.GEOJSON) {
                    OutputGuard.checkFolder(target, tables.stream().map(t -> t.name() + ".geojson").toList(), null,
                            inputs, true);
                } else {
                    OutputGuard.checkFile(target, null, inputs, true);
                }
                List<Path> files = switch (format) {
                    case GPKG -> {
                        GeoPackageExport.write(tables, target);
                        yield List.of(target);
                    }
                    case GEOJSON -> DataExport.geoJson(tables, target);
                    case CSV -> {
                        DataExport.csv(tables.get(0), target);
                        yield List.of(target);
                    }
                };
                ui.execute(() -> {
                    vm.statusProperty().set(vm.messages().get("export.done", target.getFileName()));
                    done.accept(files);
                });
            } catch (Exception e) {
                ui.execute(() -> failed.accept(e instanceof DataException ? e.getMessage() : target + ": " + e.getMessage()));
            }
        });
    }
}
