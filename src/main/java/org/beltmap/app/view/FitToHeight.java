package org.beltmap.app.view;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows one region at its preferred size, scaled down (never up) to the height it is given, and asks for only as
 * much width as the scaled region takes: the lecture's legend stays whole on any screen, without a scroll bar.
 */
final class FitToHeight extends Region {

    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    FitToHeight(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.VERTICAL;
    }

    private double factor(double height) {
        double h = content.prefHeight(content.prefWidth(-1));
        return height <= 0 || h <= height ? 1 : height / h;
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.ceil(content.prefWidth(-1) * factor(height));
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(content.prefWidth(-1));
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double w = content.prefWidth(-1);
        double s = factor(getHeight());
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(0, 0, w, content.prefHeight(w));
    }
}
