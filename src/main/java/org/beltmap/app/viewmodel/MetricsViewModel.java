package org.beltmap.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.metrics.SettlementNetworkMetrics;
import org.beltmap.core.metrics.SettlementNetworkMetrics.ClassShare;
import org.beltmap.core.model.Region;

/** The settlement-network metrics tab: formula 1 from both areas and the size-class structure (paper, fig. 1). */
public final class MetricsViewModel {

    /** A figure row: label, value with unit, and how it was obtained. */
    public record Row(String label, String value, String note) {
    }

    private final Messages m;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ClassShare> classes = FXCollections.observableArrayList();
    private final BeltTableViewModel belts;

    public MetricsViewModel(Messages m) {
        this.m = m;
        this.belts = new BeltTableViewModel(m);
    }

    public void update(Region region) {
        List<Row> out = new ArrayList<>();
        if (region == null) {
            rows.clear();
            classes.clear();
            return;
        }
        int n = region.towns().size();
        out.add(new Row(m.get("metrics.towns"), m.integer(n), null));
        out.add(new Row(m.get("metrics.settlements"), m.integer(region.settlements().size()), null));
        Double published = region.project().publishedAreaKm2();
        if (published != null && n > 0) {
            out.add(new Row(m.get("metrics.area.published"), m.decimal(published / 1000, 1) + " " + m.get("unit.thousandKm2"),
                    m.get("metrics.note.published")));
            out.add(new Row(m.get("metrics.meanDistance.published"),
                    m.decimal(SettlementNetworkMetrics.meanDistanceKm(published, n), 2) + " " + m.get("unit.km"),
                    m.get("metrics.note.formula")));
        }
        SettlementNetworkMetrics.boundary(region).ifPresent(b -> {
            out.add(new Row(m.get("metrics.area.boundary"), m.decimal(b.areaKm2() / 1000, 1) + " "
                    + m.get("unit.thousandKm2"), m.get("metrics.note.boundary", b.name())));
            if (n > 0) {
                out.add(new Row(m.get("metrics.meanDistance.boundary"),
                        m.decimal(SettlementNetworkMetrics.meanDistanceKm(b.areaKm2(), n), 2) + " " + m.get("unit.km"),
                        m.get("metrics.note.formula")));
            }
        });
        // Classes first: the view redraws its chart when the rows change.
        classes.setAll(SettlementNetworkMetrics.byClass(region));
        rows.setAll(out);
    }

    /**
     * Keeps the belt table up to date with the base run and the active scenario (the towns per belt were rows of
     * this list before; the table says it with the population and area).
     */
    void bind(AnalysisViewModel analysis, ScenarioViewModel scenario, java.util.concurrent.Executor background,
              java.util.concurrent.Executor ui) {
        belts.bind(analysis, scenario, background, ui);
    }

    /** Towns, settlements, population, share, area and density per belt. */
    public BeltTableViewModel belts() {
        return belts;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<ClassShare> classes() {
        return classes;
    }
}
