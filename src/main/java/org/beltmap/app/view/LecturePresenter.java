package org.beltmap.app.view;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.map.MapPane;
import org.beltmap.app.viewmodel.LectureViewModel;
import org.beltmap.app.viewmodel.MainViewModel;

/**
 * The lecture screen: the map, full screen, symbols and labels magnified, the legend of what it shows beside it and
 * a high-contrast caption band under it with the step's title, caption and highlights; neither covers the map, and
 * the region is fitted into what is left (again when the band or the screen changes size, unless the lecturer
 * moved the map). Arrow keys, Page Up/Down (presenter remotes) and Space step through, 1–7 jump, B blacks out;
 * E edits the caption; Esc leaves and puts the window and the map's zoom and centre back exactly as they were.
 */
final class LecturePresenter {

    static final double MAGNIFY = 1.6;
    private final Stage stage;
    private final BorderPane root;
    private final SplitPane split;
    private final MapPane map;
    private final MainViewModel vm;
    private final LectureViewModel lecture;
    private final Messages m;
    private final BorderPane screen = new BorderPane();
    private Node savedTop;
    private Node savedBottom;
    private double[] savedDividers;
    private int mapIndex;
    private boolean wasFullScreen;
    private boolean wasMaximized;
    /** Window x, y, width, height, and the map's zoom, centre lat and lon before the lecture. */
    private double[] savedWindow;
    private double[] savedView;
    /** The map's zoom and centre right after the last fit; null once the lecturer zoomed or panned. */
    private double[] fitted;
    private boolean fitPending;
    private final Node legend;

    private final Runnable zoomRegion;

    LecturePresenter(Stage stage, BorderPane root, SplitPane split, MapPane map, MainViewModel vm,
                     Runnable zoomRegion) {
        this.vm = vm;
        this.zoomRegion = zoomRegion;
        this.stage = stage;
        this.root = root;
        this.split = split;
        this.map = map;
        this.lecture = vm.lecture();
        this.m = vm.messages();
        screen.setId("lectureScreen");
        screen.getStyleClass().add("lecture");
        this.legend = legendColumn();
        javafx.beans.InvalidationListener resized = o -> refitLater();
        map.widthProperty().addListener(resized);
        map.heightProperty().addListener(resized);
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now && lecture.activeProperty().get()) {
                leave(); // the window manager took full screen away: leave the lecture with it
            }
        });
    }

    void enter() {
        lecture.start();
        if (!lecture.activeProperty().get()) {
            return;
        }
        double[] c = map.centre();
        savedView = new double[] {map.zoomLevel(), c[0], c[1]};
        savedWindow = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        wasMaximized = stage.isMaximized();
        savedTop = root.getTop();
        savedBottom = root.getBottom();
        savedDividers = split.getDividerPositions();
        mapIndex = split.getItems().indexOf(map);
        split.getItems().remove(map);
        // The band sits under the map, not over it, so "zoom to region" shows the whole region above it.
        screen.setCenter(map);
        screen.setBottom(captionBand());
        screen.setRight(legend);
        root.setTop(null);
        root.setBottom(null);
        root.setCenter(screen);
        map.overlay().setMagnify(MAGNIFY);
        wasFullScreen = stage.isFullScreen();
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        screen.requestFocus();
        fitted = null;
        javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(this::fit));
    }

    /** Zooms to the region in the map's area (between legend and band) and remembers the view it gave. */
    private void fit() {
        fitPending = false;
        if (!lecture.activeProperty().get()) {
            return;
        }
        zoomRegion.run();
        fitted = view();
    }

    /** After a size change (full screen arriving, a caption of more lines), fits again if the view is the fitted one. */
    private void refitLater() {
        if (!lecture.activeProperty().get() || fitPending || (fitted != null && !same(view(), fitted))) {
            return;
        }
        fitPending = true;
        javafx.application.Platform.runLater(this::fit);
    }

    private double[] view() {
        double[] c = map.centre();
        return new double[] {map.zoomLevel(), c[0], c[1]};
    }

    private static boolean same(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-7) {
                return false;
            }
        }
        return true;
    }

    void leave() {
        if (!lecture.activeProperty().get()) {
            return;
        }
        lecture.stop();
        screen.setCenter(null);
        screen.setBottom(null);
        screen.setRight(null);
        split.getItems().add(Math.max(0, Math.min(mapIndex, split.getItems().size())), map);
        split.setDividerPositions(savedDividers);
        root.setCenter(split);
        root.setTop(savedTop);
        root.setBottom(savedBottom);
        map.overlay().setMagnify(1);
        stage.setFullScreenExitKeyCombination(null);
        stage.setFullScreen(wasFullScreen);
        if (!wasFullScreen) {
            stage.setMaximized(wasMaximized);
            if (!wasMaximized) {
                stage.setX(savedWindow[0]);
                stage.setY(savedWindow[1]);
                stage.setWidth(savedWindow[2]);
                stage.setHeight(savedWindow[3]);
            }
        }
        // Zoom and centre exactly as before; again once the window manager has given the window its size back.
        double[] v = savedView;
        Runnable back = () -> map.show(v[0], v[1], v[2]);
        back.run();
        javafx.application.Platform.runLater(back);
    }

    boolean isActive() {
        return lecture.activeProperty().get();
    }

    /** Keys while the lecture runs (the window's key filter hands them over). */
    void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean handled = true;
        switch (k) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN, ENTER -> lecture.next();
            case LEFT, PAGE_UP, BACK_SPACE, UP -> lecture.previous();
            case HOME -> lecture.go(0);
            case END -> lecture.go(lecture.steps().size() - 1);
            case ESCAPE -> leave();
            case E, F2 -> editCaption();
            case B, PERIOD -> blackout(); // presenter remotes send B or "." for a black screen
            default -> handled = k.isDigitKey() && jump(k);
        }
        if (handled) {
            e.consume();
        }
    }

    /** 1–9 jump to that step, as in a slide show. */
    private boolean jump(KeyCode k) {
        String name = k.getName();
        return lecture.go(Integer.parseInt(name.substring(name.length() - 1)) - 1);
    }

    /** Blacks the screen out (or back) without leaving the step, so the audience looks at the lecturer. */
    private void blackout() {
        if (screen.getCenter() == map) {
            Region black = new Region();
            black.setId("lectureBlackout");
            black.setStyle("-fx-background-color: black;");
            screen.setCenter(black);
            screen.getBottom().setVisible(false);
        } else {
            screen.setCenter(map);
            screen.getBottom().setVisible(true);
        }
    }

    /** The map's legend, magnified as the map's symbols are, on the band's dark ground. */
    private Node legendColumn() {
        Label heading = new Label(m.get("panel.legend"));
        heading.getStyleClass().add("lecture-legend-heading");
        Legend entries = new Legend(vm, map.darkTheme(), MAGNIFY);
        entries.setId("lectureLegend");
        VBox column = new VBox(10, heading, entries);
        column.setPadding(new Insets(18, 22, 18, 22));
        column.setMinHeight(Region.USE_PREF_SIZE);
        // A long legend (the bundles step) is scaled down to the screen's height rather than cut or scrolled.
        FitToHeight fit = new FitToHeight(column);
        fit.getStyleClass().add("lecture-legend");
        fit.setId("lectureLegendColumn");
        return fit;
    }

    private Node captionBand() {
        Label title = new Label();
        title.setId("lectureTitle");
        title.getStyleClass().add("lecture-title");
        title.textProperty().bind(lecture.titleProperty());
        Label caption = new Label();
        caption.setId("lectureCaption");
        caption.getStyleClass().add("lecture-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(lecture.captionProperty());
        Label highlights = new Label();
        highlights.setId("lectureHighlights");
        highlights.getStyleClass().add("lecture-highlights");
        highlights.setWrapText(true);
        Runnable fill = () -> highlights.setText(String.join("   ·   ", lecture.highlights()));
        lecture.highlights().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        Label position = new Label();
        position.setId("lecturePosition");
        position.getStyleClass().add("lecture-help");
        lecture.indexProperty().addListener((o, a, b) -> position.setText(lecture.position()));
        position.setText(lecture.position());
        Label help = new Label(m.get("lecture.help"));
        help.getStyleClass().add("lecture-help");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(16, position, gap, help);
        VBox band = new VBox(8, title, caption, highlights, footer);
        band.setId("lectureBand");
        band.getStyleClass().add("lecture-band");
        band.setPadding(new Insets(18, 28, 14, 28));
        return band;
    }

    private void editCaption() {
        TextArea text = new TextArea(lecture.captionProperty().get());
        text.setWrapText(true);
        text.setPrefRowCount(4);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(m.get("lecture.edit.title"));
        d.setHeaderText(lecture.titleProperty().get());
        d.getDialogPane().setContent(text);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (d.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            lecture.editCaption(text.getText());
        }
        screen.requestFocus();
    }
}
