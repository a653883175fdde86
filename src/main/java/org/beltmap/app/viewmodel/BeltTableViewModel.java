package org.beltmap.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.metrics.BeltStatistics;

/**
 * The Metrics tab's belt table: per belt its towns, settlements, population, share, isochrone area and density,
 * then the unreachable places and the total, formatted in the UI language. With a scenario active, each belt's
 * base row is followed by the scenario's row and the change, so before and after read down one column.
 */
public final class BeltTableViewModel {

    /** What a row holds; the view styles them apart. */
    public enum Kind { BELT, UNREACHABLE, TOTAL, SCENARIO, CHANGE }

    /** Column keys in order (message keys {@code metrics.belts.col.KEY} and {@code KEY.tip}). */
    public static final List<String> COLUMNS = List.of("belt", "range", "towns", "settlements", "population", "share",
            "area", "density");

    /** One table row: the texts of {@link #COLUMNS}, numbers already in the UI locale ("—" where unknown). */
    public record Row(Kind kind, List<String> cells) {

        public String cell(String column) {
            return cells.get(COLUMNS.indexOf(column));
        }
    }

    private final Messages m;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper scenario = new ReadOnlyStringWrapper(this, "scenario");
    private final AtomicLong generation = new AtomicLong();

    public BeltTableViewModel(Messages m) {
        this.m = m;
    }

    /**
     * Follows the base run and the active scenario's run: the statistics are worked out off the UI thread (the
     * band areas clip isochrones with the region's territory) and a newer result supersedes an older one.
     */
    void bind(AnalysisViewModel analysis, ScenarioViewModel scenarios, Executor background, Executor ui) {
        Runnable update = () -> {
            AnalysisResult base = analysis.resultProperty().get();
            ScenarioViewModel.Result sc = scenarios.resultProperty().get();
            AnalysisResult after = sc != null && sc.scenario() == scenarios.scenarioProperty().get()
                    && !sc.scenario().isEmpty() ? sc.analysis() : null;
            long gen = generation.incrementAndGet();
            if (base == null) {
                show(null, null, null);
                return;
            }
            background.execute(() -> {
                BeltStatistics b = base.beltStatistics();
                BeltStatistics a = after == null ? null : after.beltStatistics();
                ui.execute(() -> {
                    if (gen == generation.get()) {
                        show(b, a, after == null ? null : after.scenario().name());
                    }
                });
            });
        };
        analysis.resultProperty().addListener((o, x, y) -> update.run());
        scenarios.resultProperty().addListener((o, x, y) -> update.run());
        scenarios.scenarioProperty().addListener((o, x, y) -> update.run());
        update.run();
    }

    /** Shows the statistics of the base and, when not null, of the scenario named {@code scenarioName}. */
    public void show(BeltStatistics base, BeltStatistics after, String scenarioName) {
        scenario.set(after == null ? null : scenarioName);
        if (base == null) {
            rows.clear();
            note.set(m.get("metrics.belts.waiting"));
            return;
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < base.belts().size(); i++) {
            BeltStatistics.Row b = base.belts().get(i);
            out.add(row(Kind.BELT, m.integer(b.belt()), range(b), b));
            if (after != null && i < after.belts().size()) {
                BeltStatistics.Row a = after.belts().get(i);
                out.add(row(Kind.SCENARIO, m.get("metrics.belts.scenario"), "", a));
                out.add(change(m.get("metrics.belts.change"), b, a));
            }
        }
        out.add(row(Kind.UNREACHABLE, m.get("metrics.belts.unreachable"), "", base.unreachable()));
        if (after != null && places(base.unreachable()) + places(after.unreachable()) > 0) {
            out.add(row(Kind.SCENARIO, m.get("metrics.belts.scenario"), "", after.unreachable()));
            out.add(change(m.get("metrics.belts.change"), base.unreachable(), after.unreachable()));
        }
        out.add(total(base));
        rows.setAll(out);
        note.set(notes(base, after, scenarioName));
    }

    private static int places(BeltStatistics.Row r) {
        return r.towns() + r.settlements();
    }

    private Row row(Kind kind, String belt, String range, BeltStatistics.Row r) {
        return new Row(kind, List.of(belt, range, m.integer(r.towns()), m.integer(r.settlements()),
                m.integer(r.population()), m.decimal(r.sharePct(), 1), num(r.areaKm2(), 0),
                num(r.densityPerKm2(), 1)));
    }

    private Row change(String label, BeltStatistics.Row b, BeltStatistics.Row a) {
        return new Row(Kind.CHANGE, List.of(label, "", signed(a.towns() - b.towns(), 0),
                signed(a.settlements() - b.settlements(), 0), signed(a.population() - b.population(), 0),
                signed(a.sharePct() - b.sharePct(), 1), diff(b.areaKm2(), a.areaKm2(), 0),
                diff(b.densityPerKm2(), a.densityPerKm2(), 1)));
    }

    private Row total(BeltStatistics s) {
        int towns = s.unreachable().towns();
        int settlements = s.unreachable().settlements();
        for (BeltStatistics.Row r : s.belts()) {
            towns += r.towns();
            settlements += r.settlements();
        }
        Double km2 = s.territoryKm2();
        return new Row(Kind.TOTAL, List.of(m.get("metrics.belts.total"), "", m.integer(towns), m.integer(settlements),
                m.integer(s.population()), m.decimal(100, 1), num(km2, 0),
                km2 == null || !(km2 > 0) ? "—" : m.decimal(s.population() / km2, 1)));
    }

    /** "≤ 45", "45–90", "> 90" (the column header says minutes). */
    private String range(BeltStatistics.Row r) {
        Function<Double, String> f = v -> m.decimal(v, v == Math.rint(v) ? 0 : 1);
        if (r.fromMin() == null && r.toMin() == null) {
            return "";
        }
        if (r.fromMin() == null) {
            return "≤ " + f.apply(r.toMin());
        }
        return r.toMin() == null ? "> " + f.apply(r.fromMin()) : f.apply(r.fromMin()) + "–" + f.apply(r.toMin());
    }

    private String notes(BeltStatistics base, BeltStatistics after, String scenarioName) {
        List<String> out = new ArrayList<>();
        if (after != null) {
            out.add(m.get("metrics.belts.scenarioNote", scenarioName));
        }
        out.add(m.get("metrics.belts.note"));
        if (base.territoryKm2() == null) {
            out.add(m.get("metrics.belts.noBoundary"));
        }
        if (!base.missingMinutes().isEmpty()) {
            out.add(m.get("metrics.belts.missing", String.join(", ", base.missingMinutes().stream()
                    .map(v -> m.decimal(v, 0)).toList())));
        }
        return String.join(" ", out);
    }

    private String num(Double v, int digits) {
        return v == null || v.isNaN() ? "—" : m.decimal(v, digits);
    }

    private String diff(Double before, Double after, int digits) {
        return before == null || after == null ? "—" : signed(after - before, digits);
    }

    /** "+1 234", "−12,5", "0": a change, its sign always shown. */
    private String signed(double v, int digits) {
        double shown = Math.abs(v) < 0.5 * Math.pow(10, -digits) ? 0 : v;
        if (shown == 0) {
            return m.decimal(0, digits);
        }
        return (shown > 0 ? "+" : "−") + m.decimal(Math.abs(shown), digits);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** What the table counts and what it lacks (no boundary, missing isochrone bands), under the table. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The scenario shown beside the base, or null. */
    public ReadOnlyStringProperty scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }
}
