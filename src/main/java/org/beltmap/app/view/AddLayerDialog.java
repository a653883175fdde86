package org.beltmap.app.view;

import java.io.File;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.core.io.DataFileInfo;
import org.beltmap.core.io.LayerReader;
import org.beltmap.core.model.LayerKind;

/**
 * File → Add layer: pick a GeoJSON, GeoPackage or CSV file, see its fields, encoding and first rows, choose its
 * role (towns, roads with a class field, railways, engineering lines, boundary, other) and add it, undoably.
 */
final class AddLayerDialog {

    private AddLayerDialog() {
    }

    static void show(Window owner, MainViewModel vm) {
        var m = vm.messages();
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("addLayer.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON, GeoPackage, CSV", "*.geojson",
                "*.json", "*.gpkg", "*.csv", "*.txt"));
        File f = fc.showOpenDialog(owner);
        if (f == null) {
            return;
        }
        String info;
        java.util.List<String> fields;
        try {
            info = DataFileInfo.describe(f.toPath());
            fields = LayerReader.read(f.toPath()).fields();
        } catch (RuntimeException e) {
            Dialogs.error(owner, m, e.getMessage());
            return;
        }
        TextArea preview = new TextArea(info);
        preview.setEditable(false);
        preview.setPrefRowCount(12);
        preview.setStyle("-fx-font-family: monospace;");
        ComboBox<LayerKind> kind = new ComboBox<>();
        kind.getItems().addAll(LayerKind.values());
        kind.setValue(LayerKind.ENGINEERING);
        ComboBox<String> classField = new ComboBox<>();
        classField.getItems().add("");
        classField.getItems().addAll(fields);
        classField.setValue("");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(m.get("addLayer.role")), kind);
        grid.addRow(1, new Label(m.get("addLayer.classField")), classField);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("addLayer.title"));
        d.setHeaderText(f.getName());
        d.getDialogPane().setContent(new VBox(8, preview, grid));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (d.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            vm.addLayer(f.toPath(), kind.getValue(), classField.getValue().isBlank() ? null : classField.getValue());
        }
    }
}
