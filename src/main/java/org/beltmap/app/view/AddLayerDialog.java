package org.beltmap.app.view;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.Node;
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
import org.beltmap.core.io.CsvLayerReader;
import org.beltmap.core.io.DataFileInfo;
import org.beltmap.core.io.LayerReader;
import org.beltmap.core.model.LayerKind;

/**
 * File → Add layer: pick a GeoJSON, GeoPackage, Shapefile or CSV file, see its fields, encoding and first rows, choose its
 * role (towns, roads with a class field, railways, engineering lines, boundary, other) and add it, undoably.
 * For CSV the encoding, delimiter and coordinate columns can override detection; the preview re-reads the file
 * off the UI thread after each choice and the choices are kept with the layer; a Shapefile's DBF encoding likewise.
 */
final class AddLayerDialog {

    private static final String DETECT = "—";

    private AddLayerDialog() {
    }

    static void show(Window owner, MainViewModel vm) {
        var m = vm.messages();
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("addLayer.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON, GeoPackage, Shapefile, CSV", "*.geojson",
                "*.json", "*.gpkg", "*.shp", "*.csv", "*.txt"));
        File f = fc.showOpenDialog(owner);
        if (f == null) {
            return;
        }
        Path file = f.toPath();
        boolean csv = f.getName().toLowerCase(Locale.ROOT).matches(".*\\.(csv|txt)");
        boolean shp = f.getName().toLowerCase(Locale.ROOT).endsWith(".shp");
        TextArea preview = new TextArea(m.get("addLayer.reading"));
        preview.setEditable(false);
        preview.setPrefRowCount(12);
        preview.setPrefColumnCount(80);
        preview.setStyle("-fx-font-family: monospace;");
        ComboBox<LayerKind> kind = new ComboBox<>();
        kind.getItems().addAll(LayerKind.values());
        kind.setValue(csv ? LayerKind.SETTLEMENTS : LayerKind.ENGINEERING);
        ComboBox<String> classField = combo();
        ComboBox<String> encoding = combo(DETECT, "UTF-8", "windows-1251", "IBM866");
        ComboBox<String> delimiter = combo(DETECT, ",", ";", "tab", "|");
        ComboBox<String> lon = combo();
        ComboBox<String> lat = combo();
        ComboBox<String> wkt = combo();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(m.get("addLayer.role")), kind);
        grid.addRow(1, new Label(m.get("addLayer.classField")), classField);
        if (csv) {
            grid.addRow(2, new Label(m.get("addLayer.encoding")), encoding, new Label(m.get("addLayer.delimiter")), delimiter);
            grid.addRow(3, new Label(m.get("addLayer.lon")), lon, new Label(m.get("addLayer.lat")), lat);
            grid.addRow(4, new Label(m.get("addLayer.wkt")), wkt);
        } else if (shp) {
            grid.addRow(2, new Label(m.get("addLayer.encoding")), encoding);
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("addLayer.title"));
        d.setHeaderText(f.getName());
        d.getDialogPane().setContent(new VBox(8, preview, grid));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setDisable(true);
        java.util.function.Supplier<CsvLayerReader.Options> options = () -> new CsvLayerReader.Options(
                pick(encoding) == null ? null : Charset.forName(pick(encoding)),
                pick(delimiter) == null ? null : CsvLayerReader.parseDelimiter(pick(delimiter)),
                pick(lon), pick(lat), pick(wkt));
        Runnable refresh = () -> {
            CsvLayerReader.Options o = options.get();
            ok.setDisable(true);
            preview.setText(m.get("addLayer.reading"));
            Task<Object[]> read = new Task<>() {
                @Override
                protected Object[] call() {
                    return new Object[] {DataFileInfo.inspect(file, o).text(), LayerReader.read(file, o).fields()};
                }
            };
            read.setOnSucceeded(e -> {
                preview.setText((String) read.getValue()[0]);
                @SuppressWarnings("unchecked")
                List<String> fields = (List<String>) read.getValue()[1];
                for (ComboBox<String> c : List.of(classField, lon, lat, wkt)) {
                    fill(c, fields);
                }
                ok.setDisable((pick(lon) == null) != (pick(lat) == null));
            });
            read.setOnFailed(e -> preview.setText(read.getException().getMessage()));
            Thread t = new Thread(read, "beltmap-add-layer-preview");
            t.setDaemon(true);
            t.start();
        };
        for (ComboBox<String> c : List.of(encoding, delimiter, lon, lat, wkt)) {
            c.setOnAction(e -> refresh.run());
        }
        refresh.run();
        if (d.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            java.util.Map<String, String> readAs = csv ? options.get().toFields() : shp && pick(encoding) != null
                    ? java.util.Map.of(org.beltmap.core.io.ShapefileLayerReader.ENCODING, pick(encoding)) : java.util.Map.of();
            vm.addLayer(file, kind.getValue(), pick(classField), readAs);
        }
    }

    private static ComboBox<String> combo(String... items) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().addAll(items.length == 0 ? new String[] {DETECT} : items);
        c.setValue(DETECT);
        return c;
    }

    /** Keeps the choice while offering the file's columns. */
    private static void fill(ComboBox<String> c, List<String> fields) {
        String keep = c.getValue();
        var handler = c.getOnAction();
        c.setOnAction(null);
        c.getItems().setAll(DETECT);
        c.getItems().addAll(fields);
        c.setValue(fields.contains(keep) ? keep : DETECT);
        c.setOnAction(handler);
    }

    private static String pick(ComboBox<String> c) {
        String v = c.getValue();
        return v == null || v.equals(DETECT) || v.isBlank() ? null : v;
    }
}
