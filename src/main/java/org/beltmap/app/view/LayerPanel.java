package org.beltmap.app.view;

import javafx.geometry.Insets;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.viewmodel.LayerItem;
import org.beltmap.app.viewmodel.MainViewModel;

/** Left panel: layer list with visibility check boxes, and the legend for what the map shows. */
final class LayerPanel extends VBox {

    private final MainViewModel vm;

    LayerPanel(MainViewModel vm) {
        this.vm = vm;
        Messages m = vm.messages();
        ListView<LayerItem> list = new ListView<>(vm.layers());
        list.setId("layerList");
        // Long (Russian) names wrap onto a second line within the panel's width, and the tooltip names the layer
        // in full: no horizontal scroll bar, no "…".
        list.setCellFactory(v -> new CheckBoxListCell<>(LayerItem::visibleProperty) {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            public void updateItem(LayerItem item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.title()));
            }
        });
        // Data layers can be removed (undoably); analysis layers are part of the analysis and only hidden.
        javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem(m.get("layer.remove"),
                Icons.icon("mdi2l-layers-remove"));
        remove.setOnAction(e -> {
            LayerItem sel = list.getSelectionModel().getSelectedItem();
            if (sel != null) {
                vm.removeLayer(sel.id());
            }
        });
        list.setContextMenu(new javafx.scene.control.ContextMenu(remove));
        list.setOnContextMenuRequested(e -> {
            LayerItem sel = list.getSelectionModel().getSelectedItem();
            remove.setDisable(sel == null || sel.id().startsWith("analysis:"));
        });
        list.setOnKeyPressed(e -> {
            LayerItem sel = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && sel != null && !sel.id().startsWith("analysis:")) {
                vm.removeLayer(sel.id());
                e.consume();
            }
        });
        list.setPrefHeight(260);
        TitledPane layers = new TitledPane(m.get("panel.layers"), list);
        layers.setCollapsible(true);
        TitledPane legendPane = new TitledPane(m.get("panel.legend"), null);
        // Swatches are drawn on the basemap's land colour of the theme, so translucent ones look as on the map.
        Legend legend = new Legend(vm, org.beltmap.app.map.ThemeProbe.dark(legendPane), 1);
        legend.setId("legend");
        legend.setPadding(new Insets(6));
        // Scrolled rather than squeezed when the window is low (1280 × 800): squeezed, wrapped entries lose lines.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(legend);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        legendPane.setContent(scroll);
        legendPane.setMaxHeight(Double.MAX_VALUE);
        VBox.setVgrow(legendPane, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(layers, legendPane);
        getStyleClass().add("layer-panel");
        setSpacing(4);
        setMinWidth(210); // the longest Russian words of layer names and legend entries whole
    }
}
