package org.beltmap.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.app.viewmodel.ExportViewModel.DataFormat;
import org.beltmap.app.viewmodel.MainViewModel;

/** File → Export data: the analysis layers as a GeoPackage, GeoJSON files, or the towns table as CSV. */
final class DataExportDialog {

    private DataExportDialog() {
    }

    static void show(Window owner, MainViewModel vm, AppSettings settings) {
        Messages m = vm.messages();
        if (vm.exports().diagramData() == null) {
            Dialogs.error(owner, m, m.get("export.notReady"));
            return;
        }
        ChoiceDialog<String> choose = new ChoiceDialog<>(m.get("exportData.gpkg"), m.get("exportData.gpkg"),
                m.get("exportData.geojson"), m.get("exportData.csv"));
        choose.initOwner(owner);
        choose.setTitle(m.get("exportData.title"));
        choose.setHeaderText(m.get("exportData.header"));
        choose.setContentText(m.get("export.format"));
        String picked = choose.showAndWait().orElse(null);
        if (picked == null) {
            return;
        }
        DataFormat format = picked.equals(m.get("exportData.geojson")) ? DataFormat.GEOJSON
                : picked.equals(m.get("exportData.csv")) ? DataFormat.CSV : DataFormat.GPKG;
        String lastDir = settings.pref("exportData.dir", "");
        File initial = lastDir.isBlank() ? null : new File(lastDir);
        File target;
        if (format == DataFormat.GEOJSON) {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(m.get("exportData.folder"));
            if (initial != null && initial.isDirectory()) {
                dc.setInitialDirectory(initial);
            }
            target = dc.showDialog(owner);
        } else {
            String ext = format.name().toLowerCase(Locale.ROOT);
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
            fc.setInitialFileName(format == DataFormat.CSV ? "towns.csv" : "beltmap-analysis.gpkg");
            if (initial != null && initial.isDirectory()) {
                fc.setInitialDirectory(initial);
            }
            target = fc.showSaveDialog(owner);
        }
        if (target == null) {
            return;
        }
        Path folder = format == DataFormat.GEOJSON ? target.toPath() : target.toPath().toAbsolutePath().getParent();
        settings.setPref("exportData.dir", folder.toString());
        settings.save();
        vm.exports().exportData(format, target.toPath(), files -> { }, msg -> Dialogs.error(owner, m, msg));
    }
}
