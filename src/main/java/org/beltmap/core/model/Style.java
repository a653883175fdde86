package org.beltmap.core.model;

/** Cartographic style of a layer; colours are #rrggbb strings so the file stays human-editable. */
public record Style(String stroke, double width, String fill, double[] dash) {

    public static final Style DEFAULT = new Style("#555555", 1.0, null, null);

    public Style {
        if (stroke == null || stroke.isBlank()) {
            stroke = "#555555";
        }
        if (width <= 0) {
            width = 1.0;
        }
        dash = dash == null || dash.length == 0 ? null : dash.clone();
    }

    @Override
    public double[] dash() {
        return dash == null ? null : dash.clone();
    }
}
