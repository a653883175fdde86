package org.beltmap.app.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.model.LayerSpec;

/** A row of the layer list: a project layer and whether it is drawn. */
public final class LayerItem {

    private final LayerSpec spec;
    private final String title;
    private final BooleanProperty visible;

    /** Ids of the layers the analysis draws (not project data). */
    public static final String ISOCHRONES = "analysis:isochrones";
    public static final String ROUTE = "analysis:route";
    public static final String GAP_JOINS = "analysis:joins";
    public static final String RAYS = "analysis:rays";
    public static final String BUNDLES = "analysis:bundles";
    public static final String STRIPS = "analysis:strips";

    /** A layer computed by the analysis, listed with the data layers so it can be switched off the same way. */
    public static LayerItem analysis(String id, String title, boolean visible) {
        return new LayerItem(new LayerSpec(id, LayerKind.OTHER, "", null, visible, null, null, null, null), title);
    }

    public LayerItem(LayerSpec spec, String title) {
        this.spec = spec;
        this.title = title;
        this.visible = new SimpleBooleanProperty(this, "visible", spec.visible());
    }

    public LayerSpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    public LayerKind kind() {
        return spec.kind();
    }

    public String title() {
        return title;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    @Override
    public String toString() {
        return title;
    }
}
