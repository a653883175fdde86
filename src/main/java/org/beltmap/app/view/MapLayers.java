package org.beltmap.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.map.AnalysisPalette;
import org.beltmap.app.map.IsochronePainter;
import org.beltmap.app.map.LineLayerPainter;
import org.beltmap.app.map.MapPane;
import org.beltmap.app.map.Painter;
import org.beltmap.app.map.RoutePainter;
import org.beltmap.app.map.SizeClassPalette;
import org.beltmap.app.map.TownPainter;
import org.beltmap.app.viewmodel.AnalysisViewModel;
import org.beltmap.app.viewmodel.LayerItem;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;

/**
 * The map's overlay painters for the open region, in drawing order (bundles, isochrones, data layers, rays,
 * scenario, editors, gap joins, route, towns on top), kept in step with the analysis and the selection.
 */
final class MapLayers {

    private final MainViewModel vm;
    private final MapPane map;
    private final Messages m;
    private final List<Painter> editors;
    private IsochronePainter isochrones;
    private org.beltmap.app.map.BundlePainter bundlePainter;

    /** @param editors interactive painters (planned roads, ray handles) drawn above the data */
    MapLayers(MainViewModel vm, MapPane map, List<Painter> editors) {
        this.vm = vm;
        this.map = map;
        this.m = vm.messages();
        this.editors = editors;
    }

    void bind() {
        // The same project re-derived (new analysis settings) keeps the user's view; another one is zoomed to.
        vm.regionProperty().addListener((obs, o, r) -> showRegion(r, o == null || r == null
                || !java.util.Objects.equals(o.project().file(), r.project().file()) || !o.extent().equals(r.extent())));
        vm.selectedTownProperty().addListener((obs, o, t) -> map.overlay().refresh());
        vm.analysis().outcomeProperty().addListener((obs, o, n) -> onAnalysis(n));
        vm.analysis().scoresProperty().addListener((obs, o, n) -> map.overlay().refresh());
        vm.scenario().resultProperty().addListener((obs, o, n) -> map.overlay().refresh());
        vm.scenario().scenarioProperty().addListener((obs, o, n) -> map.overlay().refresh());
        vm.analysis().bundlesProperty().addListener((obs, o, n) -> {
            if (bundlePainter != null) {
                bundlePainter.set(n == null ? null : n.bundles(), n == null ? null : n.strips());
            }
            map.overlay().refresh();
        });
        vm.analysis().colourModeProperty().addListener((obs, o, n) -> map.overlay().refresh());
    }

    private void showRegion(Region r, boolean zoom) {
        if (r == null) {
            return;
        }
        // Tiles carry the project's boundary, water and roads wherever no regional basemap covers it.
        org.beltmap.app.map.OfflineTileRetriever.showProject(r, map.mapView());
        SizeClassPalette palette = new SizeClassPalette(r.project().settings().sizeClasses());
        Set<String> centreIds = r.centres().stream().map(Town::id).collect(Collectors.toSet());
        AnalysisViewModel analysis = vm.analysis();
        List<Painter> painters = new ArrayList<>();
        TownPainter towns = null;
        for (LayerItem item : vm.layers()) {
            item.visibleProperty().addListener(o -> map.overlay().refresh());
            if (item.id().equals(LayerItem.ISOCHRONES)) {
                bundlePainter = new org.beltmap.app.map.BundlePainter(() -> vm.isVisible(LayerItem.BUNDLES),
                        () -> vm.isVisible(LayerItem.STRIPS));
                painters.add(bundlePainter);
                isochrones = new IsochronePainter(item::isVisible);
                painters.add(isochrones);
                // An analysis taken over (a window rebuilt in another language) is there before these painters.
                var o = analysis.outcomeProperty().get();
                isochrones.setBands(o == null ? null : o.isochrones());
                var b = analysis.bundlesProperty().get();
                bundlePainter.set(b == null ? null : b.bundles(), b == null ? null : b.strips());
                continue;
            }
            Layer layer = r.layers().get(item.id());
            if (layer == null) {
                continue;
            }
            if (item.kind() == LayerKind.TOWNS) {
                towns = new TownPainter(r.towns(), t -> townColour(t, palette), palette::radius,
                        vm.selectedTownProperty()::get, centreIds, m::locale, item::isVisible, 0);
            } else if (item.kind() == LayerKind.SETTLEMENTS) {
                javafx.scene.paint.Color grey = javafx.scene.paint.Color.web("#8a8a8a");
                painters.add(new TownPainter(r.settlements(), t -> analysis.colourModeProperty().get()
                        == AnalysisViewModel.ColourMode.SCORE ? analysis.settlementScore(t)
                        .map(x -> org.beltmap.app.map.ScorePalette.colour(x.score())).orElse(grey) : grey, t -> 2.5,
                        () -> null, Set.of(), m::locale,
                        item::isVisible, 10).withLabelPriority(2));
            } else if (org.beltmap.app.map.PointLayerPainter.isPointLayer(layer)) {
                painters.add(new org.beltmap.app.map.PointLayerPainter(layer, item::isVisible));
            } else {
                painters.add(new LineLayerPainter(layer, item::isVisible));
            }
        }
        painters.add(new org.beltmap.app.map.RayPainter(vm.rays()::rays, () -> vm.isVisible(LayerItem.RAYS), m::rayName)
                .followTheme(map.darkTheme()::get));
        painters.add(new org.beltmap.app.map.ScenarioPainter(vm::scenario));
        painters.addAll(editors);
        painters.add(new org.beltmap.app.map.GapJoinPainter(() -> analysis.outcomeProperty().get() == null ? null
                : analysis.outcomeProperty().get().belts().graph().joins(), () -> vm.isVisible(LayerItem.GAP_JOINS)));
        painters.add(new RoutePainter(() -> analysis.access(vm.selectedTownProperty().get())
                .map(a -> a.route()).orElse(null), () -> vm.isVisible(LayerItem.ROUTE)));
        if (towns != null) {
            painters.add(towns);
        }
        map.setTownPainter(towns);
        map.overlay().setPainters(painters);
        if (zoom) {
            map.zoomTo(r.extent());
        }
    }

    /** Towns by size class, or by computed belt (grey while the analysis runs or when unreachable). */
    private javafx.scene.paint.Color townColour(Town t, SizeClassPalette palette) {
        AnalysisViewModel a = vm.analysis();
        if (a.colourModeProperty().get() == AnalysisViewModel.ColourMode.SCORE) {
            return a.score(t).map(x -> org.beltmap.app.map.ScorePalette.colour(x.score()))
                    .orElse(AnalysisPalette.UNREACHABLE);
        }
        if (a.colourModeProperty().get() == AnalysisViewModel.ColourMode.BELT) {
            return a.access(t).filter(x -> x.reachable()).map(x -> AnalysisPalette.belt(x.belt()))
                    .orElse(AnalysisPalette.UNREACHABLE);
        }
        return palette.colour(t);
    }

    private void onAnalysis(AnalysisViewModel.Outcome o) {
        if (isochrones != null) {
            isochrones.setBands(o == null ? null : o.isochrones());
        }
        map.overlay().refresh();
    }

}
