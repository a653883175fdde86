package org.beltmap.app.view;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.io.ScoringModelFile;

/** Weights and half-distances of the score, with load/save of weights files and a reset to the defaults. */
final class WeightsDialog {

    private WeightsDialog() {
    }

    static void show(Window owner, MainViewModel vm) {
        var m = vm.messages();
        Dialog<ScoringModel> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("weights.title"));
        d.setHeaderText(m.get("weights.header"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Map<String, Spinner<Double>> spinners = new LinkedHashMap<>();
        Spinner<Double> ray = spinner(0.5, 200, 0.5);
        Spinner<Double> bundle = spinner(0.5, 200, 0.5);
        Spinner<Double> mtd = spinner(5, 600, 5);
        int row = 0;
        for (String c : ScoringModel.COMPONENTS) {
            Spinner<Double> s = spinner(0, 1, 0.05);
            spinners.put(c, s);
            grid.addRow(row++, new Label(m.get("score." + c)), s);
        }
        grid.addRow(row++, new Label(m.get("weights.rayHalf")), ray);
        grid.addRow(row++, new Label(m.get("weights.bundleHalf")), bundle);
        grid.addRow(row, new Label(m.get("weights.mtdHalf")), mtd);
        Runnable[] fill = new Runnable[1];
        java.util.function.Consumer<ScoringModel> set = model -> {
            model.weights().forEach((k, v) -> spinners.get(k).getValueFactory().setValue(v));
            ray.getValueFactory().setValue(model.rayHalfKm());
            bundle.getValueFactory().setValue(model.bundleHalfKm());
            mtd.getValueFactory().setValue(model.mtdHalfMin());
        };
        set.accept(vm.analysis().scoringProperty().get());
        Button load = new Button(m.get("weights.load"));
        load.setOnAction(e -> {
            File f = chooser(m.get("weights.load")).showOpenDialog(owner);
            if (f != null) {
                try {
                    set.accept(ScoringModelFile.read(f.toPath()));
                } catch (RuntimeException ex) {
                    Dialogs.error(owner, m, ex.getMessage());
                }
            }
        });
        Button reset = new Button(m.get("weights.reset"));
        reset.setOnAction(e -> set.accept(ScoringModel.defaults()));
        java.util.function.Supplier<ScoringModel> current = () -> {
            Map<String, Double> w = new LinkedHashMap<>();
            spinners.forEach((k, s) -> w.put(k, s.getValue()));
            return new ScoringModel(w, ray.getValue(), bundle.getValue(), mtd.getValue());
        };
        Button save = new Button(m.get("weights.save"));
        save.setOnAction(e -> {
            File f = chooser(m.get("weights.save")).showSaveDialog(owner);
            if (f != null) {
                try {
                    ScoringModelFile.write(current.get(), f.toPath());
                } catch (Exception ex) {
                    Dialogs.error(owner, m, ex.getMessage());
                }
            }
        });
        d.getDialogPane().setContent(new VBox(10, grid, new HBox(8, load, save, reset)));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? current.get() : null);
        d.showAndWait().ifPresent(model -> {
            try {
                vm.setScoring(model);
            } catch (IllegalArgumentException ex) {
                Dialogs.error(owner, m, ex.getMessage());
            }
        });
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return fc;
    }

    private static Spinner<Double> spinner(double min, double max, double step) {
        Spinner<Double> s = new Spinner<>(min, max, min, step);
        s.setEditable(true);
        s.setPrefWidth(110);
        return s;
    }
}
