package org.beltmap.app.viewmodel;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.beltmap.core.scoring.Sensitivity;
import org.beltmap.core.scoring.TownScore;

/**
 * The ranking tab: scores of the towns in the chosen size class (small towns by default), in score order, with
 * each town's rank range when any weight changes by ±20 %. The rank is the analysis's own ({@link TownScore#rank()},
 * among all towns), so the table, the card and the exports never disagree; the filter only hides rows.
 */
public final class RankingViewModel {

    /** "all" or a size-class id. */
    private final StringProperty sizeClass = new SimpleStringProperty(this, "sizeClass", "small");
    private final ObservableList<TownScore> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, Sensitivity.RankRange>> ranges = new SimpleObjectProperty<>(Map.of());
    private final AnalysisViewModel analysis;

    public RankingViewModel(AnalysisViewModel analysis) {
        this.analysis = analysis;
        analysis.scoresProperty().addListener((o, a, b) -> refresh());
        sizeClass.addListener((o, a, b) -> refresh());
    }

    private boolean inClass(TownScore s) {
        String c = sizeClass.get();
        return c == null || c.equals("all") || (s.town().sizeClass() != null && s.town().sizeClass().id().equals(c));
    }

    void refresh() {
        List<TownScore> all = analysis.scoresProperty().get();
        if (all == null) {
            rows.clear();
            ranges.set(Map.of());
            return;
        }
        if ("settlements".equals(sizeClass.get())) {
            rows.setAll(analysis.settlementScores());
            ranges.set(Map.of());
            return;
        }
        List<TownScore> shown = all.stream().filter(this::inClass)
                .sorted(java.util.Comparator.comparingInt(TownScore::rank)).toList();
        ranges.set(Sensitivity.of(analysis.scoringProperty().get(), all, null));
        rows.setAll(shown);
    }

    /** How many towns the ranks are counted among (the settlements layer ranks among its own places). */
    public int rankedAmong() {
        if ("settlements".equals(sizeClass.get())) {
            return analysis.settlementScores().size();
        }
        List<TownScore> all = analysis.scoresProperty().get();
        return all == null ? 0 : all.size();
    }

    public StringProperty sizeClassProperty() {
        return sizeClass;
    }

    public ObservableList<TownScore> rows() {
        return rows;
    }

    public Map<String, Sensitivity.RankRange> ranges() {
        return ranges.get();
    }

    public ObjectProperty<Map<String, Sensitivity.RankRange>> rangesProperty() {
        return ranges;
    }
}
