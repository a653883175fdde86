package org.beltmap.app.view;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.app.viewmodel.ReportViewModel;
import org.beltmap.app.viewmodel.ReportViewModel.Options;
import org.beltmap.core.report.ReportBuilder;
import org.beltmap.core.report.Reports;

/**
 * File → Export report: format, language, town cards, base or active scenario and the file, with the first page
 * rendered beside them (for DOCX the PDF of the same content). Export keeps the dialog open with a progress bar
 * whose Cancel stops the run before anything is written; the file written is named below and in the status line.
 */
final class ReportDialog {

    /** The preview frame: A4 portrait. */
    private static final double FRAME_W = 360;
    private static final double FRAME_H = Math.round(FRAME_W * 297 / 210);

    /** The dialog, not yet shown, and its controls (the FX test drives them). */
    record Form(Dialog<ButtonType> dialog, ReportViewModel model, ComboBox<Reports.Format> format,
                ComboBox<Locale> language, ComboBox<ReportBuilder.Cards> cards, ComboBox<Boolean> source,
                TextField file, Button export, Label result, ImageView preview) {

        Options options() {
            String f = file.getText() == null ? "" : file.getText().trim();
            return new Options(format.getValue(), language.getValue(), cards.getValue(),
                    Boolean.TRUE.equals(source.getValue()), f.isEmpty() ? null : Path.of(f));
        }
    }

    private ReportDialog() {
    }

    static void show(Window owner, MainViewModel vm, AppSettings settings) {
        Messages m = vm.messages();
        if (vm.analysis().resultProperty().get() == null) {
            Dialogs.error(owner, m, m.get("export.notReady"));
            return;
        }
        form(owner, vm, settings).dialog().show();
    }

    static Form form(Window owner, MainViewModel vm, AppSettings settings) {
        Messages m = vm.messages();
        Executor background = r -> {
            Thread t = new Thread(r, "beltmap-report");
            t.setDaemon(true);
            t.start();
        };
        ReportViewModel model = new ReportViewModel(vm, background, Platform::runLater);
        Options defaults = model.defaults(null);
        ComboBox<Reports.Format> format = combo(List.of(Reports.Format.values()), pick(Reports.Format.class,
                settings.pref("report.format", ""), defaults.format()), f -> f.name());
        ComboBox<Locale> language = combo(ReportViewModel.LANGUAGES, defaults.locale(),
                l -> m.get("language." + l.getLanguage()));
        ComboBox<ReportBuilder.Cards> cards = combo(List.of(ReportBuilder.Cards.values()), pick(
                ReportBuilder.Cards.class, settings.pref("report.cards", ""), defaults.cards()),
                c -> m.get("report.cards." + c.name().toLowerCase(Locale.ROOT)));
        String active = model.activeScenario();
        ComboBox<Boolean> source = combo(active == null ? List.of(false) : List.of(true, false), active != null,
                s -> s ? m.get("export.source.scenario", active) : m.get("export.source.base"));
        TextField file = new TextField(defaultFile(vm, settings, format.getValue()).toString());
        file.setId("reportFile");
        file.setPrefColumnCount(26);
        Button choose = new Button(m.get("report.choose"));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        format.valueProperty().addListener((o, a, b) -> file.setText(withExt(file.getText(), b)));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE,
                Region.USE_PREF_SIZE), new ColumnConstraints(200, Region.USE_COMPUTED_SIZE, Double.MAX_VALUE,
                Priority.ALWAYS, null, true));
        int row = 0;
        grid.addRow(row++, label(m.get("report.format")), format);
        grid.addRow(row++, label(m.get("report.language")), language);
        grid.addRow(row++, label(m.get("report.cards")), cards);
        grid.addRow(row++, label(m.get("report.source")), source);
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.addRow(row++, label(m.get("report.file")), fileRow);
        for (var c : List.of(format, language, cards, source)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        ProgressBar progress = new ProgressBar();
        progress.setId("reportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label stage = new Label();
        stage.textProperty().bind(model.stageProperty());
        VBox working = new VBox(4, stage, progress);
        working.visibleProperty().bind(model.runningProperty());
        Label result = new Label();
        result.setId("reportResult");
        result.setWrapText(true);
        result.setMaxWidth(380);
        Hyperlink openFolder = new Hyperlink(m.get("report.openFolder"));
        openFolder.setVisible(false);
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        Label contents = new Label(m.get("report.contents"));
        contents.setWrapText(true);
        contents.setMaxWidth(420);
        contents.getStyleClass().add("card-key");
        grid.add(contents, 0, row++, 2, 1);
        grid.add(working, 0, row++, 2, 1);
        grid.add(new VBox(2, result, openFolder), 0, row, 2, 1);

        ImageView preview = new ImageView();
        preview.setId("reportPreview");
        preview.setFitWidth(FRAME_W);
        preview.setFitHeight(FRAME_H);
        preview.setPreserveRatio(true);
        Label wait = new Label(m.get("report.preview.wait"));
        wait.setWrapText(true);
        wait.getStyleClass().add("card-key");
        StackPane frame = new StackPane(wait, preview);
        frame.setMinSize(FRAME_W, FRAME_H);
        frame.setPrefSize(FRAME_W, FRAME_H);
        frame.setMaxSize(FRAME_W, FRAME_H);
        frame.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default;");
        frame.setPadding(new Insets(8));
        preview.setFitWidth(FRAME_W - 16);
        preview.setFitHeight(FRAME_H - 16);
        preview.setEffect(new javafx.scene.effect.DropShadow(6, javafx.scene.paint.Color.gray(0, 0.35)));
        Label previewTitle = label(m.get("report.preview"));
        previewTitle.setStyle("-fx-font-weight: bold;");
        Label docx = new Label(m.get("report.preview.docx"));
        docx.setWrapText(true);
        docx.setMaxWidth(FRAME_W);
        docx.getStyleClass().add("text-muted");
        docx.visibleProperty().bind(format.valueProperty().isEqualTo(Reports.Format.DOCX));
        VBox right = new VBox(6, previewTitle, frame, docx);

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("report.title"));
        d.setResizable(true);
        HBox content = new HBox(16, grid, right);
        content.setPadding(new Insets(12, 12, 4, 12));
        content.setAlignment(Pos.TOP_LEFT);
        grid.setMinWidth(Region.USE_PREF_SIZE);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setId("reportDialog");
        ButtonType exportType = new ButtonType(m.get("report.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeType = new ButtonType(m.get("report.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(exportType, closeType);
        d.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Button export = (Button) d.getDialogPane().lookupButton(exportType);
        export.setId("reportExport");
        export.disableProperty().bind(model.runningProperty());
        Button close = (Button) d.getDialogPane().lookupButton(closeType);
        close.setId("reportClose");
        close.textProperty().bind(javafx.beans.binding.Bindings.when(model.runningProperty())
                .then(m.get("report.cancel")).otherwise(m.get("report.close")));
        Form form = new Form(d, model, format, language, cards, source, file, export, result, preview);

        choose.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            String ext = ext(format.getValue());
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
            Path now = form.options().target();
            if (now != null && now.toAbsolutePath().getParent() != null
                    && Files.isDirectory(now.toAbsolutePath().getParent())) {
                fc.setInitialDirectory(now.toAbsolutePath().getParent().toFile());
                fc.setInitialFileName(now.getFileName().toString());
            }
            File f = fc.showSaveDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                file.setText(f.getPath());
                file.setUserData(f.toPath()); // the chooser has asked about replacing it
            }
        });
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open: progress, then the result
            Options o = form.options();
            if (o.target() != null && Files.exists(o.target()) && !o.target().equals(file.getUserData())
                    && !confirmReplace(d, m, o.target())) {
                return;
            }
            result.setText("");
            openFolder.setVisible(false);
            model.export(o, written -> {
                result.setText(m.get("report.saved", written));
                openFolder.setVisible(FolderOpener.supported());
                openFolder.setOnAction(x -> FolderOpener.open(written.getParent()));
                settings.setPref("report.dir", written.getParent().toString());
                settings.setPref("report.format", o.format().name());
                settings.setPref("report.cards", o.cards().name());
                settings.save();
            }, msg -> Dialogs.error(d.getDialogPane().getScene().getWindow(), m, msg));
        });
        close.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.runningProperty().get()) {
                e.consume(); // Cancel stops the run; a second press closes
                model.cancel();
            }
        });
        d.setOnHidden(e -> model.cancel());

        AtomicLong previews = new AtomicLong();
        Runnable refresh = () -> {
            long gen = previews.incrementAndGet();
            preview.setImage(null);
            wait.setText(m.get("report.preview.wait"));
            Options o = form.options();
            double scale = owner == null ? 1 : owner.getOutputScaleX();
            float dpi = (float) (72 * scale * (FRAME_W - 16) / 595.0);
            background.execute(() -> {
                try {
                    var image = model.preview(o, dpi);
                    Platform.runLater(() -> {
                        if (gen == previews.get()) {
                            preview.setImage(SwingFXUtils.toFXImage(image, null));
                        }
                    });
                } catch (Exception ex) {
                    Platform.runLater(() -> {
                        if (gen == previews.get()) {
                            wait.setText(m.get("report.preview.failed", ex.getMessage()));
                        }
                    });
                }
            });
        };
        // Page 1 (the title page) shows the language, the network and the page count (which the cards change).
        language.valueProperty().addListener((o, a, b) -> refresh.run());
        cards.valueProperty().addListener((o, a, b) -> refresh.run());
        source.valueProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        return form;
    }

    /** Beside the last report, else beside the project: "krasnodar-krai-report.pdf". */
    private static Path defaultFile(MainViewModel vm, AppSettings settings, Reports.Format format) {
        Path project = vm.getRegion().project().file();
        String stem = project == null ? "beltmap" : project.getFileName().toString().replaceFirst("\\.beltmap$", "");
        String last = settings.pref("report.dir", "");
        Path dir = !last.isBlank() && Files.isDirectory(Path.of(last)) ? Path.of(last)
                : project != null && project.toAbsolutePath().getParent() != null ? project.toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
        return dir.resolve(stem + "-report." + ext(format));
    }

    private static boolean confirmReplace(Dialog<?> owner, Messages m, Path target) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.get("report.replace", target.getFileName()),
                ButtonType.YES, ButtonType.NO);
        a.initOwner(owner.getDialogPane().getScene().getWindow());
        a.setHeaderText(null);
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    private static String ext(Reports.Format f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    /** The same path with the format's extension ("report.pdf" ↔ "report.docx"). */
    static String withExt(String path, Reports.Format f) {
        if (path == null || path.isBlank()) {
            return path;
        }
        String p = path.trim();
        String lower = p.toLowerCase(Locale.ROOT);
        for (Reports.Format other : Reports.Format.values()) {
            if (lower.endsWith("." + ext(other))) {
                return p.substring(0, p.length() - ext(other).length()) + ext(f);
            }
        }
        return p + "." + ext(f);
    }

    /** A remembered choice, or the default when none (or an unknown one) is remembered. */
    private static <E extends Enum<E>> E pick(Class<E> type, String name, E fallback) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return fallback;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T> ComboBox<T> combo(List<T> items, T value, Function<T, String> name) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().addAll(items);
        c.setValue(items.contains(value) ? value : items.get(0));
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : name.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }
}
