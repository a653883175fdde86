package org.beltmap.app.view;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.app.viewmodel.RankingViewModel;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.scoring.Sensitivity;
import org.beltmap.core.scoring.TownScore;

/**
 * Ranking tab: sortable, resizable table of scores (rank, town, score, the components in points under one
 * "points" header, МТД in minutes, rank range), a size-class filter and a bar chart. Headers are short with
 * a tooltip saying what the column holds and wrap at word breaks; every column is as wide as its content, so no
 * header or town name is cut (a narrow panel scrolls sideways instead).
 */
final class RankingPanel extends VBox {

    /** Cell padding, added to a cell's measured text. */
    private static final double PAD = 14;
    /** Header padding and the sort arrow beside the header text. */
    private static final double HEADER_PAD = 22;
    private final RankingViewModel ranking;
    private final Messages m;
    private final TableView<TownScore> table = new TableView<>();
    private final BarChart<Number, String> chart;
    private final TableColumn<TownScore, Integer> rankCol;
    private final javafx.beans.property.DoubleProperty wantedWidth = new javafx.beans.property.SimpleDoubleProperty();

    RankingPanel(MainViewModel vm, RankingViewModel ranking) {
        this.ranking = ranking;
        this.m = vm.messages();
        setId("rankingPanel");
        setSpacing(6);
        setPadding(new Insets(6));
        ComboBox<String> filter = new ComboBox<>();
        filter.setId("rankingFilter");
        filter.getItems().addAll("small", "medium", "big", "large", "largest", "all", "settlements");
        filter.setConverter(new javafx.util.StringConverter<>() {
            public String toString(String id) {
                return id == null ? "" : id.equals("all") ? m.get("ranking.all")
                        : id.equals("settlements") ? m.get("ranking.settlements") : m.get("sizeClass.short." + id);
            }

            public String fromString(String s) {
                return s;
            }
        });
        filter.valueProperty().bindBidirectional(ranking.sizeClassProperty());
        Button weights = new Button(m.get("weights.button"));
        weights.setOnAction(e -> WeightsDialog.show(getScene().getWindow(), vm));
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(6, 6, new Label(m.get("ranking.filter")),
                filter, weights); // scores come with every analysis run
        top.setAlignment(Pos.CENTER_LEFT);
        table.setId("rankingTable");
        rankCol = col("ranking.col.rank", TownScore::rank, null);
        rankCol.setId("rankColumn");
        table.getColumns().add(rankCol);
        TableColumn<TownScore, String> town = col("ranking.col.town", s -> s.town().name(m.locale()), null);
        town.setId("townColumn");
        table.getColumns().add(town);
        table.getColumns().add(col("ranking.col.score", s -> s.score(), 1));
        TableColumn<TownScore, Double> points = new TableColumn<>();
        points.setGraphic(header("ranking.col.points", false));
        for (String c : ScoringModel.COMPONENTS) {
            points.getColumns().add(col("ranking.col." + c, s -> s.points().get(c), 1));
        }
        table.getColumns().add(points);
        table.getColumns().add(col("ranking.col.mtd", TownScore::mtdMin, 0));
        TableColumn<TownScore, Sensitivity.RankRange> range = col("ranking.col.range",
                s -> ranking.ranges().get(s.town().id()), null);
        range.setComparator(Comparator.nullsLast(Comparator.comparingInt(Sensitivity.RankRange::best)
                .thenComparingInt(Sensitivity.RankRange::worst)));
        range.setCellFactory(c -> cell(r -> r.best() == r.worst() ? String.valueOf(r.base()) : r.best() + "–" + r.worst()));
        table.getColumns().add(range);
        table.setItems(ranking.rows());
        table.setPlaceholder(wrapped(m.get("ranking.placeholder")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.selectedTownProperty().set(s.town());
            }
        });
        vm.selectedTownProperty().addListener((o, a, t) -> {
            TownScore sel = table.getSelectionModel().getSelectedItem();
            if (t != null && (sel == null || !sel.town().id().equals(t.id()))) {
                ranking.rows().stream().filter(s -> s.town().id().equals(t.id())).findFirst().ifPresentOrElse(
                        s -> {
                            table.getSelectionModel().select(s);
                            table.scrollTo(s);
                        }, () -> table.getSelectionModel().clearSelection());
            }
        });
        CategoryAxis y = new CategoryAxis();
        NumberAxis x = new NumberAxis(0, 100, 20);
        chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        // Default gaps leave hairline bars for a dozen towns in 240 px; small gaps give bars a planner can read.
        chart.setCategoryGap(3);
        chart.setBarGap(0);
        y.setStyle("-fx-tick-label-font-size: 10px;"); // the theme's CSS would override setTickLabelFont
        ranking.rows().addListener((javafx.collections.ListChangeListener<TownScore>) c -> refresh());
        getChildren().addAll(top, table, chart);
        VBox.setVgrow(table, Priority.ALWAYS);
        refresh();
    }

    private void refresh() {
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        for (int i = ranking.rows().size() - 1; i >= 0; i--) {
            TownScore t = ranking.rows().get(i);
            s.getData().add(new XYChart.Data<>(t.score(), t.town().name(m.locale())));
        }
        chart.getData().setAll(s);
        // A category axis hides names that would overlap: give each town a line of its own.
        chart.setMinHeight(Math.max(200, 15 * ranking.rows().size() + 70));
        ((Label) rankCol.getGraphic()).getTooltip().setText(m.get("ranking.col.rank.tip", ranking.rankedAmong()));
        fitColumns();
    }

    /** Each leaf column as wide as its widest cell or the longest line of its header, whichever is wider. */
    private void fitColumns() {
        for (TableColumn<TownScore, ?> c : table.getVisibleLeafColumns()) {
            double w = longestLine(((Label) c.getGraphic()).getText()) + HEADER_PAD;
            for (TownScore s : ranking.rows()) {
                w = Math.max(w, textWidth(shown(c, s), false) + PAD);
            }
            c.setPrefWidth(Math.ceil(w));
            c.setMinWidth(Math.min(c.getPrefWidth(), 40));
        }
        // Columns, the vertical scroll bar, the table's border and the panel's padding.
        wantedWidth.set(table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum() + 16 + 4
                + getPadding().getLeft() + getPadding().getRight());
    }

    /** The width at which every column shows without scrolling sideways (the window widens the tab up to it). */
    javafx.beans.property.ReadOnlyDoubleProperty wantedWidthProperty() {
        return wantedWidth;
    }

    private String shown(TableColumn<TownScore, ?> c, TownScore s) {
        Object v = c.getCellObservableValue(s) == null ? null : c.getCellObservableValue(s).getValue();
        if (v instanceof Sensitivity.RankRange r) {
            return r.best() + "–" + r.worst();
        }
        if (v instanceof Double d) {
            return m.decimal(d, 1);
        }
        return v == null ? "" : v.toString();
    }

    private static double longestLine(String header) {
        double w = 0;
        for (String word : header.split("\n")) {
            w = Math.max(w, textWidth(word, true));
        }
        return w;
    }

    private static double textWidth(String s, boolean bold) {
        Text t = new Text(s);
        t.setFont(javafx.scene.text.Font.font(null, bold ? javafx.scene.text.FontWeight.BOLD
                : javafx.scene.text.FontWeight.NORMAL, 13));
        return t.getLayoutBounds().getWidth();
    }

    /**
     * A header label, one word a line (a header's wrapping follows the label's preferred width, not the column's,
     * so the breaks are made here), never shortened, with a tooltip saying what the column holds.
     */
    private Label header(String key) {
        return header(key, true);
    }

    private Label header(String key, boolean wordPerLine) {
        Label l = new Label(wordPerLine ? m.get(key).replaceAll("\\s+(?=\\S{2,})", "\n") : m.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        l.setTooltip(new Tooltip(m.get(key + ".tip")));
        l.getTooltip().setWrapText(true);
        l.getTooltip().setMaxWidth(360);
        return l;
    }

    private Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPadding(new Insets(12));
        return l;
    }

    /**
     * A sortable column headed by {@code key} (its tooltip from {@code key.tip}); numbers with {@code digits}
     * decimals are right-aligned, NaN (an unreachable town's МТД) shows as "—".
     */
    private <T> TableColumn<TownScore, T> col(String key, Function<TownScore, T> f, Integer digits) {
        TableColumn<TownScore, T> c = new TableColumn<>();
        c.setGraphic(header(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        if (digits != null) {
            c.setCellFactory(x -> cell(v -> v instanceof Double d ? (Double.isNaN(d) ? "—" : m.decimal(d, digits))
                    : String.valueOf(v)));
        } else if (!key.equals("ranking.col.town")) {
            c.setCellFactory(x -> cell(String::valueOf));
        }
        return c;
    }

    private static <T> TableCell<TownScore, T> cell(Function<T, String> format) {
        TableCell<TownScore, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }
}
