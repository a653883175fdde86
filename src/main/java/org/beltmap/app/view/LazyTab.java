package org.beltmap.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A side tab whose content is built when the tab is first selected (or first asked for by a menu action), so the
 * start-up builds and styles only what the first frame shows; the header is there from the start, so the layout
 * does not jump.
 */
final class LazyTab<T extends Node> {

    private final Tab tab;
    private final Supplier<T> factory;
    private final List<Consumer<T>> onCreate = new ArrayList<>();
    private T content;

    LazyTab(Tab tab, Supplier<T> factory) {
        this.tab = tab;
        this.factory = factory;
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                content();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    /** The content, built now if it was not yet. */
    T content() {
        if (content == null) {
            content = factory.get();
            tab.setContent(content);
            // Skinned now, not at the next pulse, so the content's nodes (a scroll pane's content, say) are in the
            // scene graph as soon as the tab is selected, as they were when the tabs were built up front.
            if (content.getScene() != null) {
                content.applyCss();
            }
            onCreate.forEach(c -> c.accept(content));
        }
        return content;
    }

    /** Runs {@code action} with the content once it exists (at once when it already does). */
    void whenBuilt(Consumer<T> action) {
        if (content != null) {
            action.accept(content);
        } else {
            onCreate.add(action);
        }
    }
}
