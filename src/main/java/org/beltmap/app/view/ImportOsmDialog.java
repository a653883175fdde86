package org.beltmap.app.view;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.viewmodel.ImportOsmViewModel;
import org.beltmap.app.viewmodel.MainViewModel;

/**
 * File → New project from OSM extract: the extract, the centre town, which place classes are towns and the new
 * project's folder; the import runs off the UI thread with a progress bar and can be cancelled; the new project then
 * opens, and what the user should fix (towns without population) stays readable in the dialog.
 */
final class ImportOsmDialog {

    private ImportOsmDialog() {
    }

    static void show(Window owner, MainViewModel vm) {
        Messages m = vm.messages();
        ImportOsmViewModel model = new ImportOsmViewModel(m, r -> {
            Thread t = new Thread(r, "osm-import");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater);
        TextField extract = new TextField();
        extract.setEditable(false);
        extract.setPrefColumnCount(36);
        model.extractProperty().addListener((o, a, b) -> extract.setText(b == null ? "" : b.toString()));
        Button chooseExtract = new Button(m.get("importOsm.choose"));
        chooseExtract.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(m.get("importOsm.extract"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("OpenStreetMap PBF", "*.pbf"));
            File f = fc.showOpenDialog(owner);
            if (f != null) {
                model.extractProperty().set(f.toPath());
            }
        });
        TextField centre = new TextField();
        centre.setPromptText(m.get("importOsm.centre.prompt"));
        centre.textProperty().bindBidirectional(model.centreProperty());
        TextField places = new TextField();
        places.textProperty().bindBidirectional(model.placesProperty());
        TextField out = new TextField();
        out.setEditable(false);
        model.outProperty().addListener((o, a, b) -> out.setText(b == null ? "" : b.toString()));
        Button chooseOut = new Button(m.get("importOsm.choose"));
        chooseOut.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(m.get("importOsm.out"));
            File f = dc.showDialog(owner);
            if (f != null) {
                // A folder picked here is the parent: the project gets a new folder inside it.
                Path x = model.extractProperty().get();
                model.outProperty().set(x == null ? f.toPath() : f.toPath().resolve(
                        ImportOsmViewModel.defaultOut(x).getFileName()));
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(m.get("importOsm.extract")), extract, chooseExtract);
        grid.addRow(1, new Label(m.get("importOsm.centre")), centre);
        grid.addRow(2, new Label(m.get("importOsm.places")), places);
        grid.addRow(3, new Label(m.get("importOsm.out")), out, chooseOut);
        GridPane.setHgrow(extract, Priority.ALWAYS);
        // Labels and buttons keep their whole text; the fields take the rest of the width.
        grid.getChildren().forEach(n -> {
            if (n instanceof Label || n instanceof Button) {
                ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        TextArea message = new TextArea();
        message.setEditable(false);
        message.setWrapText(true);
        message.setPrefRowCount(5);
        message.textProperty().bind(model.messageProperty());

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("importOsm.title"));
        d.setHeaderText(m.get("importOsm.header"));
        d.getDialogPane().setContent(new VBox(8, grid, bar, message));
        ButtonType start = new ButtonType(m.get("importOsm.start"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(start, ButtonType.CLOSE);
        Node startButton = d.getDialogPane().lookupButton(start);
        startButton.disableProperty().bind(model.runningProperty().or(model.extractProperty().isNull())
                .or(model.centreProperty().isEmpty()));
        // Import keeps the dialog open: progress, then the summary, while the new project opens behind it.
        startButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.start(vm::open);
        });
        Node close = d.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.runningProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
        model.runningProperty().addListener((o, a, b) -> ((Button) close).setText(m.get(b ? "importOsm.cancel"
                : "importOsm.close")));
        ((Button) close).setText(m.get("importOsm.close"));
        d.setOnCloseRequest(e -> model.cancel());
        d.show();
    }
}
