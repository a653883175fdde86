package org.beltmap.app.view;

import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.map.MapPane;
import org.beltmap.app.map.RayEditor;
import org.beltmap.app.viewmodel.MainViewModel;
import org.beltmap.app.viewmodel.RaysViewModel;
import org.beltmap.core.rays.Ray;

/** Menu items and keys for editing rays: draw (Ctrl+D, Enter ends, Esc cancels), rename (F2), delete (Delete). */
final class RayActions {

    private final MainViewModel vm;
    private final RaysViewModel rays;
    private final Messages m;
    private final Window owner;
    private final RayEditor editor;

    RayActions(MainViewModel vm, MapPane map, Window owner) {
        this.vm = vm;
        this.rays = vm.rays();
        this.m = vm.messages();
        this.owner = owner;
        this.editor = new RayEditor(rays, map.overlay());
        map.setRayEditor(editor, r -> rays.selectedProperty().set(r));
        rays.selectedProperty().addListener((o, a, r) -> {
            map.overlay().refresh();
            if (r != null) {
                vm.statusProperty().set(describe(r));
            }
        });
        rays.rays().addListener((javafx.collections.ListChangeListener<Ray>) c -> map.overlay().refresh());
    }

    RayEditor editor() {
        return editor;
    }

    String describe(Ray r) {
        Ray.Strength s = r.strength();
        return m.get("ray.status", r.name(), m.decimal(r.lengthKm(), 0), m.decimal(s.total(), 2),
                m.decimal(s.roadClass(), 1), m.decimal(s.population(), 2), m.decimal(s.railway(), 2),
                r.towns().size(), r.userDefined() ? m.get("ray.user") : m.get("ray.derived"));
    }

    List<MenuItem> menuItems() {
        MenuItem draw = item("menu.rays.draw", "Shortcut+D", this::draw);
        MenuItem rename = item("menu.rays.rename", "F2", this::rename);
        rename.disableProperty().bind(rays.selectedProperty().isNull());
        MenuItem delete = item("menu.rays.delete", null, this::delete);
        delete.disableProperty().bind(rays.selectedProperty().isNull());
        return List.of(draw, rename, delete);
    }

    /** Keys while the map has focus; returns true when used. */
    boolean onKey(KeyEvent e) {
        if (editor.isDrawing() && e.getCode() == KeyCode.ENTER) {
            editor.finishDrawing();
            return true;
        }
        if (editor.isDrawing() && e.getCode() == KeyCode.ESCAPE) {
            editor.cancelDrawing();
            return true;
        }
        if (e.getCode() == KeyCode.DELETE && rays.selectedProperty().get() != null) {
            delete();
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE && rays.selectedProperty().get() != null) {
            rays.selectedProperty().set(null);
            return true;
        }
        return false;
    }

    private void draw() {
        if (vm.getRegion() == null || vm.getRegion().centres().isEmpty()) {
            return;
        }
        vm.statusProperty().set(m.get("status.drawRay"));
        editor.startDrawing(vm.getRegion().centres().get(0), coords -> {
            TextInputDialog d = new TextInputDialog(m.get("ray.newName"));
            d.initOwner(owner);
            d.setTitle(m.get("menu.rays.draw"));
            d.setHeaderText(m.get("dialog.rayName"));
            d.showAndWait().filter(n -> !n.isBlank()).ifPresent(n -> rays.add(n.trim(), coords));
        });
    }

    private void rename() {
        Ray r = rays.selectedProperty().get();
        if (r == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(r.name());
        d.initOwner(owner);
        d.setTitle(m.get("menu.rays.rename"));
        d.setHeaderText(m.get("dialog.rayName"));
        d.showAndWait().ifPresent(n -> rays.rename(r, n));
    }

    private void delete() {
        Ray r = rays.selectedProperty().get();
        if (r != null) {
            rays.delete(r);
        }
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(m.get(key));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
