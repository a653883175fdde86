package org.beltmap.app.view;

import java.util.Map;
import javafx.scene.Node;
import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons (Ikonli) for menu items and toolbar buttons, by the message key of the action. */
final class Icons {

    static final Map<String, String> BY_KEY = Map.ofEntries(
            Map.entry("menu.file.open", "mdi2f-folder-open"),
            Map.entry("menu.file.save", "mdi2c-content-save"),
            Map.entry("menu.file.saveAs", "mdi2c-content-save-all"),
            Map.entry("menu.file.addLayer", "mdi2l-layers-plus"),
            Map.entry("menu.file.export", "mdi2e-export"),
            Map.entry("menu.file.exportData", "mdi2d-database-export"),
            Map.entry("menu.file.report", "mdi2f-file-document-outline"),
            Map.entry("menu.file.exit", "mdi2e-exit-to-app"),
            Map.entry("menu.edit.undo", "mdi2u-undo"),
            Map.entry("menu.edit.redo", "mdi2r-redo"),
            Map.entry("menu.view.zoomIn", "mdi2m-magnify-plus-outline"),
            Map.entry("menu.view.zoomOut", "mdi2m-magnify-minus-outline"),
            Map.entry("menu.view.zoomRegion", "mdi2f-fit-to-page-outline"),
            Map.entry("menu.view.search", "mdi2m-magnify"),
            Map.entry("menu.view.lecture", "mdi2p-presentation-play"),
            Map.entry("menu.view.dark", "mdi2w-weather-night"),
            Map.entry("menu.view.measure", "mdi2r-ruler"),
            Map.entry("menu.analysis.recompute", "mdi2r-refresh"),
            Map.entry("menu.analysis.cancel", "mdi2s-stop-circle-outline"),
            Map.entry("menu.analysis.bySize", "mdi2c-chart-bar"),
            Map.entry("menu.analysis.byBelt", "mdi2c-circle-slice-8"),
            Map.entry("menu.analysis.byScore", "mdi2s-star-circle-outline"),
            Map.entry("menu.help.about", "mdi2i-information-outline"));

    private static final String PENDING = "beltmap.icon";

    private Icons() {
    }

    /** The icon for an action's message key, or null when it has none. */
    static Node forKey(String key) {
        String literal = BY_KEY.get(key);
        return literal == null ? null : icon(literal);
    }

    /**
     * Gives {@code item} its icon when its menu first opens (see {@link #onFirstShowing}): a menu's icons are not in
     * the first frame, and each icon-font letter is a large class to load.
     */
    static <T extends javafx.scene.control.MenuItem> T later(T item, String key) {
        if (BY_KEY.containsKey(key)) {
            item.getProperties().put(PENDING, key);
        }
        return item;
    }

    /** Installs the pending icons of {@code menu}'s items as it opens for the first time. */
    static void onFirstShowing(javafx.scene.control.Menu menu) {
        menu.addEventHandler(javafx.scene.control.Menu.ON_SHOWING, e -> {
            for (javafx.scene.control.MenuItem i : menu.getItems()) {
                if (i.getProperties().remove(PENDING) instanceof String key) {
                    i.setGraphic(forKey(key));
                }
            }
        });
    }

    static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(16);
        return i;
    }
}
