package org.beltmap.app.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.map.MapPane;
import org.beltmap.app.viewmodel.MainViewModel;

/** Bottom line: cursor lon/lat, zoom, progress of long work and the last status message. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel vm, MapPane map) {
        Messages m = vm.messages();
        Label cursor = new Label();
        cursor.setId("cursorLabel");
        cursor.setMinWidth(165); // "45,0549 с. ш.  38,4567 в. д." in full
        Label zoom = new Label();
        zoom.setId("zoomLabel");
        zoom.setMinWidth(120); // "масштаб 7,8" in full
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(vm.statusProperty());
        // A long summary (Russian, 1280 px) takes a second line rather than losing its end; the tooltip has it too.
        status.setWrapText(true);
        status.setMaxHeight(Double.MAX_VALUE);
        // The whole message on hover, should a narrow window still cut it.
        javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip();
        full.textProperty().bind(vm.statusProperty());
        full.setWrapText(true);
        full.setMaxWidth(640);
        status.setTooltip(full);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(javafx.beans.binding.Bindings.when(vm.busyProperty())
                .then(vm.progressProperty()).otherwise(vm.analysis().progressProperty()));
        // Loading shows its fraction, an analysis run its stage (network, МТД, isochrones, rays, bundles, scores).
        var working = vm.busyProperty().or(vm.analysis().runningProperty());
        progress.visibleProperty().bind(working);
        progress.managedProperty().bind(working); // its room goes to the message when nothing runs
        progress.setPrefWidth(120);
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("✕");
        cancel.setId("cancelLoad");
        cancel.getStyleClass().add("flat");
        cancel.setTooltip(new javafx.scene.control.Tooltip(m.get("status.cancel")));
        cancel.visibleProperty().bind(working);
        cancel.managedProperty().bind(working);
        cancel.setOnAction(e -> {
            if (vm.busyProperty().get()) {
                vm.cancelLoad();
            } else {
                vm.analysis().cancel();
            }
        });
        Runnable updateCursor = () -> {
            double lat = map.cursorLatProperty().get();
            double lon = map.cursorLonProperty().get();
            cursor.setText(Double.isNaN(lat) ? "" : m.get("status.cursor", m.decimal(lat, 4), m.decimal(lon, 4)));
        };
        map.cursorLatProperty().addListener(o -> updateCursor.run());
        map.cursorLonProperty().addListener(o -> updateCursor.run());
        map.zoomProperty().addListener((o, a, z) -> zoom.setText(m.get("status.zoom", m.decimal(z.doubleValue(), 1))));
        zoom.setText(m.get("status.zoom", m.decimal(map.zoomProperty().get(), 1)));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(cursor, new Separator(Orientation.VERTICAL), zoom, new Separator(Orientation.VERTICAL),
                status, progress, cancel);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("status-bar");
    }
}
