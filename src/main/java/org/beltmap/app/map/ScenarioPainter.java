package org.beltmap.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.beltmap.app.viewmodel.ScenarioViewModel;
import org.beltmap.core.geo.WebMercator;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.scenario.WhatIf;
import org.locationtech.jts.geom.Coordinate;

/**
 * The active scenario on the map: planned roads in red, the scenario's isochrone outlines in solid red over the
 * base bands, and a ring around every town whose belt changed.
 */
public final class ScenarioPainter implements Painter {

    public static final Color PLANNED = Color.web("#c1121f");
    private final Supplier<ScenarioViewModel> vm;
    private AreaPainter outlines = new AreaPainter(List.of(), () -> true);
    private ScenarioViewModel.Result shown;

    public ScenarioPainter(Supplier<ScenarioViewModel> vm) {
        this.vm = vm;
    }

    @Override
    public void paint(GraphicsContext g, ScreenTransform t) {
        ScenarioViewModel.Result r = vm.get().resultProperty().get();
        if (r != shown) {
            List<AreaPainter.Area> areas = new ArrayList<>();
            if (r != null) {
                r.isochrones().forEach(i -> areas.add(new AreaPainter.Area(i.area(), null, PLANNED, 1.6, null)));
            }
            outlines = new AreaPainter(areas, () -> true);
            shown = r;
        }
        outlines.paint(g, t);
        Scenario sc = vm.get().scenarioProperty().get();
        g.setStroke(PLANNED);
        g.setLineWidth(4);
        for (Scenario.PlannedLine p : sc.added()) {
            Coordinate[] c = p.line().getCoordinates();
            g.beginPath();
            g.moveTo(t.sx(WebMercator.x(c[0].x)), t.sy(WebMercator.y(c[0].y)));
            for (int i = 1; i < c.length; i++) {
                g.lineTo(t.sx(WebMercator.x(c[i].x)), t.sy(WebMercator.y(c[i].y)));
            }
            g.stroke();
        }
        if (r != null) {
            Set<String> moved = r.changes().stream().filter(WhatIf.Change::beltChanged).map(c -> c.town().id())
                    .collect(Collectors.toSet());
            g.setLineWidth(2.5);
            for (WhatIf.Change c : r.changes()) {
                if (moved.contains(c.town().id())) {
                    double x = t.sx(WebMercator.x(c.town().lon()));
                    double y = t.sy(WebMercator.y(c.town().lat()));
                    g.strokeOval(x - 11, y - 11, 22, 22);
                }
            }
        }
    }
}
