package org.beltmap.app.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.viewmodel.BeltTableViewModel;
import org.beltmap.app.viewmodel.BeltTableViewModel.Kind;
import org.beltmap.app.viewmodel.BeltTableViewModel.Row;

/**
 * The Metrics tab's belt table: a grid whose every cell keeps its full text (columns are as wide as their widest
 * cell, a narrow panel scrolls sideways), numbers right-aligned, each belt's scenario and change rows muted under
 * it, the total in bold; what the figures count is said below.
 */
final class BeltTable extends VBox {

    /** Room around the grid in the tab: the panel's padding, the vertical scroll bar and the borders. */
    private static final double MARGINS = 16 + 16 + 6;
    private final BeltTableViewModel vm;
    private final Messages m;
    private final GridPane grid = new GridPane();
    private final Label note = new Label();
    private final DoubleProperty wantedWidth = new SimpleDoubleProperty();

    BeltTable(BeltTableViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId("beltTable");
        setSpacing(4);
        Label title = new Label(m.get("metrics.belts.title"));
        title.getStyleClass().add("panel-title");
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setId("beltGrid");
        for (int c = 0; c < BeltTableViewModel.COLUMNS.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMinWidth(Region.USE_PREF_SIZE);
            cc.setHalignment(c < 2 ? HPos.LEFT : HPos.RIGHT);
            cc.setHgrow(Priority.NEVER);
            grid.getColumnConstraints().add(cc);
        }
        grid.setMinWidth(Region.USE_PREF_SIZE);
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        note.setWrapText(true);
        note.getStyleClass().add("card-key");
        note.textProperty().bind(vm.noteProperty());
        // The note wraps at the table's width, not the other way round.
        note.maxWidthProperty().bind(grid.widthProperty().map(w -> Math.max(260, w.doubleValue())));
        getChildren().addAll(title, grid, note);
        vm.rows().addListener((ListChangeListener<Row>) c -> refresh());
        sceneProperty().addListener((o, a, b) -> measure());
        refresh();
    }

    private void refresh() {
        grid.getChildren().clear();
        int col = 0;
        for (String key : BeltTableViewModel.COLUMNS) {
            Label h = new Label(m.get("metrics.belts.col." + key));
            h.setStyle("-fx-font-weight: bold;");
            h.setTextAlignment(col < 2 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            h.setAlignment(col < 2 ? Pos.BOTTOM_LEFT : Pos.BOTTOM_RIGHT);
            h.setMinWidth(Region.USE_PREF_SIZE);
            h.setMinHeight(Region.USE_PREF_SIZE);
            h.setMaxHeight(Double.MAX_VALUE);
            Tooltip tip = new Tooltip(m.get("metrics.belts.col." + key + ".tip"));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            h.setTooltip(tip);
            GridPane.setValignment(h, javafx.geometry.VPos.BOTTOM);
            grid.add(h, col++, 0);
        }
        int r = 1;
        int group = 0;
        for (Row row : vm.rows()) {
            if (row.kind() != Kind.SCENARIO && row.kind() != Kind.CHANGE) {
                group++;
            }
            // Every other belt (with its scenario rows) on a tinted band, so a row is easy to follow across.
            if (group % 2 == 0 || row.kind() == Kind.TOTAL) {
                Region band = new Region();
                band.setStyle(row.kind() == Kind.TOTAL
                        ? "-fx-border-color: -color-border-default transparent transparent transparent;"
                        : "-fx-background-color: -color-bg-subtle;");
                band.setMouseTransparent(true);
                grid.add(band, 0, r, BeltTableViewModel.COLUMNS.size(), 1);
                GridPane.setMargin(band, new Insets(0, -4, 0, -4));
            }
            for (int c = 0; c < row.cells().size(); c++) {
                Label cell = new Label(row.cells().get(c));
                cell.setMinWidth(Region.USE_PREF_SIZE);
                cell.setStyle(style(row.kind(), c));
                grid.add(cell, c, r);
            }
            r++;
        }
        measure();
    }

    private static String style(Kind kind, int column) {
        return switch (kind) {
            case TOTAL -> "-fx-font-weight: bold;";
            case SCENARIO -> column == 0 ? "-fx-text-fill: -color-fg-muted; -fx-padding: 0 0 0 10;" : "";
            case CHANGE -> "-fx-text-fill: -color-fg-muted;" + (column == 0 ? " -fx-padding: 0 0 0 10;" : "");
            default -> "";
        };
    }

    /** The tab's width that shows the whole table, from the laid-out cells' preferred widths. */
    private void measure() {
        if (getScene() != null) {
            grid.applyCss();
        }
        wantedWidth.set(Math.ceil(grid.prefWidth(-1) + MARGINS));
    }

    ReadOnlyDoubleProperty wantedWidthProperty() {
        return wantedWidth;
    }
}
