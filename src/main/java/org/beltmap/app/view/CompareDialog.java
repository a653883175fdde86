package org.beltmap.app.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.app.viewmodel.TownCard;
import org.beltmap.core.model.Town;

/** Two or more towns side by side: one row per card field, one column per town. */
final class CompareDialog {

    private CompareDialog() {
    }

    static void show(Window owner, MainViewModel vm, List<Town> towns) {
        var m = vm.messages();
        Map<String, Map<Town, String>> rows = new LinkedHashMap<>();
        for (Town t : towns) {
            List<TownCard.Row> card = new ArrayList<>(TownCard.rows(t, false, vm.analysis().access(t).orElse(null), m));
            vm.analysis().score(t).ifPresent(s -> card.addAll(TownCard.scoreRows(s,
                    vm.analysis().scoresProperty().get().size(), m)));
            card.addAll(TownCard.statusRows(t, vm.townEditsProperty().get(), m));
            for (TownCard.Row r : card) {
                rows.computeIfAbsent(r.label(), k -> new LinkedHashMap<>())
                        .put(t, r.warning() == null ? r.value() : r.value() + " ⚠");
            }
        }
        TableView<String> table = new TableView<>();
        table.setId("compareTable");
        TableColumn<String, String> field = new TableColumn<>(m.get("compare.field"));
        field.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()));
        table.getColumns().add(field);
        for (Town t : towns) {
            TableColumn<String, String> c = new TableColumn<>(t.name(m.locale()));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(rows.get(d.getValue()).getOrDefault(t, "—")));
            table.getColumns().add(c);
        }
        table.getItems().setAll(rows.keySet());
        table.setPrefSize(Math.min(1200, 260 + 180 * towns.size()), 560);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("compare.title"));
        a.setHeaderText(null);
        a.getDialogPane().setContent(table);
        a.setResizable(true);
        a.show();
    }
}
