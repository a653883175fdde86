package org.beltmap.app.view;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.core.export.DiagramData;
import org.beltmap.core.export.ExportOptions;
import org.beltmap.core.export.Exporter;

/**
 * File → Export diagram: layout, format, paper, orientation, dpi and the small-towns table, with a preview drawn
 * by the same renderer as the file. Choices are remembered; writing runs off the UI thread.
 */
final class ExportDialog {

    private ExportDialog() {
    }

    static void show(Window owner, MainViewModel vm, AppSettings settings) {
        var m = vm.messages();
        if (vm.exports().diagramData() == null) {
            Dialogs.error(owner, m, m.get("export.notReady"));
            return;
        }
        ComboBox<String> layout = combo(settings.pref("export.layout", "map"), "map", "rings");
        ComboBox<String> format = combo(settings.pref("export.format", "pdf"), "pdf", "svg", "png");
        ComboBox<String> paper = combo(settings.pref("export.paper", "A4"), "A4", "A3");
        ComboBox<String> orientation = combo(settings.pref("export.orientation", "landscape"), "landscape", "portrait");
        Spinner<Integer> dpi = new Spinner<>(72, 600, Integer.parseInt(settings.pref("export.dpi", "300")), 50);
        CheckBox table = new CheckBox(m.get("export.table"));
        table.setSelected(Boolean.parseBoolean(settings.pref("export.table", "true")));
        TextField title = new TextField();
        title.setPromptText(m.get("export.titlePrompt"));
        ImageView preview = new ImageView();
        preview.setFitWidth(520);
        preview.setPreserveRatio(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(m.get("export.layout")), layout);
        grid.addRow(1, new Label(m.get("export.format")), format);
        grid.addRow(2, new Label(m.get("export.paper")), paper);
        grid.addRow(3, new Label(m.get("export.orientation")), orientation);
        grid.addRow(4, new Label("dpi (PNG)"), dpi);
        grid.addRow(5, new Label(m.get("export.title")), title);
        grid.add(table, 1, 6);
        java.util.function.Supplier<ExportOptions> options = () -> new ExportOptions(
                ExportOptions.parse(ExportOptions.Layout.class, layout.getValue(), "layout"),
                ExportOptions.parse(ExportOptions.Format.class, format.getValue(), "format"),
                ExportOptions.parse(ExportOptions.Paper.class, paper.getValue(), "paper"),
                orientation.getValue().equals("landscape"), dpi.getValue(), table.isSelected(),
                title.getText().isBlank() ? null : title.getText());
        DiagramData data = vm.exports().diagramData();
        Runnable refresh = () -> {
            ExportOptions o = options.get();
            ExportOptions small = new ExportOptions(o.layout(), ExportOptions.Format.PNG, o.paper(), o.landscape(), 60,
                    o.smallTownsTable(), o.title());
            try {
                preview.setImage(new Image(new ByteArrayInputStream(Exporter.export(data, small))));
            } catch (Exception e) {
                preview.setImage(null);
            }
        };
        for (var c : java.util.List.of(layout, paper, orientation)) {
            c.valueProperty().addListener((o, a, b) -> refresh.run());
        }
        table.selectedProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("export.title.dialog"));
        d.getDialogPane().setContent(new HBox(12, grid, preview));
        ButtonType save = new ButtonType(m.get("export.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        if (d.showAndWait().orElse(ButtonType.CANCEL) != save) {
            return;
        }
        settings.setPref("export.layout", layout.getValue());
        settings.setPref("export.format", format.getValue());
        settings.setPref("export.paper", paper.getValue());
        settings.setPref("export.orientation", orientation.getValue());
        settings.setPref("export.dpi", String.valueOf(dpi.getValue()));
        settings.setPref("export.table", String.valueOf(table.isSelected()));
        settings.save();
        FileChooser fc = new FileChooser();
        String ext = format.getValue().toLowerCase(Locale.ROOT);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        fc.setInitialFileName("belts-" + layout.getValue() + "." + ext);
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        ExportOptions o = options.get();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                Exporter.export(data, o, f.toPath());
                return null;
            }
        };
        vm.statusProperty().set(m.get("export.writing", f.getName()));
        task.setOnSucceeded(e -> vm.statusProperty().set(m.get("export.done", f.getName())));
        task.setOnFailed(e -> Dialogs.error(owner, m, f + ": " + task.getException().getMessage()));
        Thread t = new Thread(task, "beltmap-export");
        t.setDaemon(true);
        t.start();
    }

    private static ComboBox<String> combo(String value, String... items) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().addAll(items);
        c.setValue(java.util.List.of(items).contains(value) ? value : items[0]);
        return c;
    }
}
