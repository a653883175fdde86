package org.beltmap.app.view;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.io.ProjectFile;

/** Error and About dialogs. Errors name the file, the record and the fix (from DataException); work continues. */
final class Dialogs {

    private Dialogs() {
    }

    static void error(Window owner, Messages m, String message) {
        show(owner, m, Alert.AlertType.ERROR, m.get("error.open"), message);
    }

    /** The project opened, but some of it could not be read as given: say what, without calling it a failure. */
    static void problems(Window owner, Messages m, String message) {
        show(owner, m, Alert.AlertType.WARNING, m.get("warning.openedWithProblems",
                message.split("\n").length), message);
    }

    private static void show(Window owner, Messages m, Alert.AlertType type, String header, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(m.get(type == Alert.AlertType.ERROR ? "error.title" : "warning.title"));
        a.setHeaderText(header);
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, 2 + message.length() / 80));
        a.getDialogPane().setContent(text);
        a.show();
    }

    /** Lists layer files outside the project folder and asks whether to read them; false unless confirmed. */
    static boolean confirmOutside(Window owner, Messages m, java.util.List<org.beltmap.core.io.ProjectFile.Escape> files) {
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.initOwner(owner);
        a.setTitle(m.get("outside.title"));
        a.setHeaderText(m.get("outside.header"));
        StringBuilder b = new StringBuilder();
        for (var e : files) {
            b.append(e.layerId()).append(": ").append(e.resolved()).append('\n');
        }
        TextArea text = new TextArea(b.toString());
        text.setEditable(false);
        text.setPrefRowCount(Math.min(10, files.size() + 1));
        a.getDialogPane().setContent(text);
        javafx.scene.control.ButtonType read = new javafx.scene.control.ButtonType(m.get("outside.read"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType skip = new javafx.scene.control.ButtonType(m.get("outside.skip"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(skip, read);
        return a.showAndWait().orElse(skip) == read;
    }

    /**
     * The calibration fit, shown for the planner to judge; "Apply to speeds" hands the factor to {@code apply}
     * (an undoable settings edit). Nothing is applied otherwise.
     */
    static void calibration(Window owner, Messages m, org.beltmap.core.model.Region region,
                            org.beltmap.core.belts.Calibration.Fit fit, java.util.function.DoubleConsumer apply) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("calibration.title"));
        if (fit == null) {
            String[] why = calibrationMissing(m, region);
            a.setHeaderText(why[0]);
            a.setContentText(why[1]);
            a.show();
            return;
        }
        a.setHeaderText(m.get("calibration.header", m.decimal(fit.speedFactor(), 2), m.decimal(fit.rmsBefore(), 1),
                m.decimal(fit.rmsAfter(), 1)));
        StringBuilder b = new StringBuilder(m.get("calibration.columns")).append('\n');
        for (var r : fit.residuals()) {
            b.append(String.format("%-22s %8s %8s %8s %8s%n", r.town().town().name(m.locale()),
                    m.decimal(r.published(), 0), m.decimal(r.computed(), 1), m.decimal(r.calibrated(), 1),
                    m.decimal(r.residual(), 1)));
        }
        TextArea text = new TextArea(b.toString());
        text.setStyle("-fx-font-family: monospace;");
        text.setEditable(false);
        text.setPrefColumnCount(64);
        a.getDialogPane().setContent(text);
        javafx.scene.control.ButtonType applyButton = new javafx.scene.control.ButtonType(m.get("calibration.apply"),
                javafx.scene.control.ButtonBar.ButtonData.APPLY);
        a.getButtonTypes().setAll(applyButton, javafx.scene.control.ButtonType.CLOSE);
        a.getDialogPane().lookupButton(applyButton).setId("calibrationApply");
        a.setOnHidden(e -> {
            if (a.getResult() == applyButton) {
                apply.accept(fit.speedFactor());
            }
        });
        a.show();
    }

    /** Header and text when nothing can be calibrated: the project, and what it lacks (as the CLI says). */
    static String[] calibrationMissing(Messages m, org.beltmap.core.model.Region region) {
        var p = region.project();
        String file = p.file() == null ? p.region().get(m.locale()) : p.file().getFileName().toString();
        long published = region.towns().stream().filter(t -> t.published().mtdMin() != null).count();
        if (published > 0) {
            return new String[] {m.get("calibration.unreached", file, published), m.get("calibration.unreached.fix")};
        }
        String join = p.layers().stream().filter(l -> l.kind() == org.beltmap.core.model.LayerKind.TOWNS
                && l.joinPath() != null).map(l -> " " + m.get("calibration.none.join", l.joinPath(),
                org.beltmap.core.belts.Calibration.MTD_COLUMN)).findFirst().orElse("");
        return new String[] {m.get("calibration.none", file) + join,
            m.get("calibration.none.fix", org.beltmap.core.belts.Calibration.MTD_COLUMN)};
    }

    static void about(Window owner, Messages m, Path project) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("about.title"));
        String version = Dialogs.class.getPackage().getImplementationVersion();
        a.setHeaderText(m.get("about.text", version == null ? "dev" : version));
        String attribution = project == null ? "" : ProjectFile.readAttribution(project);
        TextArea text = new TextArea(m.get("about.data") + ":\n" + attribution
                + "\n\nBasemap: Natural Earth (public domain); DCW-GMT, GSHHG (LGPL-3+); © OpenStreetMap contributors (ODbL)."
                + "\nMap component: Gluon Maps (GPL-3.0). Font: DejaVu Sans.");
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("aboutText");
        a.getDialogPane().setContent(text);
        a.show();
    }
}
