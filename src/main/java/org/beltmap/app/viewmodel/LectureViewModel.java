package org.beltmap.app.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.model.LayerKind;
import org.beltmap.core.scenario.WhatIf;
import org.beltmap.core.scoring.TownScore;

/**
 * Lecture mode: a story of the region told in steps (arrow keys), each setting which layers show and how towns
 * are coloured, with a caption (default from the UI language, or the lecturer's own, saved in the project) and
 * a few highlight lines computed from the analysis. Leaving restores the map exactly as it was.
 */
public final class LectureViewModel {

    /** The steps, in the order of the domain's argument: where people live, how far, belts, rays, corridors. */
    public enum Step {
        REGION, ISOCHRONES, BELTS, RAYS, BUNDLES, RANKING, WHAT_IF;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Set<LayerKind> BASE_KINDS = Set.of(LayerKind.TOWNS, LayerKind.BOUNDARY, LayerKind.ROADS,
            LayerKind.RIVERS, LayerKind.LAKES, LayerKind.COAST);
    private static final Set<LayerKind> CORRIDOR_KINDS = Set.of(LayerKind.RAILWAYS, LayerKind.ENGINEERING);
    private final MainViewModel vm;
    private final Messages m;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", 0);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<String> highlights = FXCollections.observableArrayList();
    private Map<String, Boolean> savedVisibility = Map.of();
    private AnalysisViewModel.ColourMode savedColour;
    private String savedScenario;

    LectureViewModel(MainViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        vm.lectureCaptionsProperty().addListener((o, a, b) -> refreshText());
        vm.analysis().outcomeProperty().addListener((o, a, b) -> refreshText());
        vm.analysis().scoresProperty().addListener((o, a, b) -> refreshText());
        vm.scenario().changes().addListener((javafx.collections.ListChangeListener<WhatIf.Change>) c -> refreshText());
    }

    public List<Step> steps() {
        return List.of(Step.values());
    }

    /** Enters lecture mode at the first step, remembering the map's state to restore on leaving. */
    public void start() {
        if (active.get() || vm.getRegion() == null) {
            return;
        }
        Map<String, Boolean> vis = new HashMap<>();
        vm.layers().forEach(l -> vis.put(l.id(), l.isVisible()));
        savedVisibility = vis;
        savedColour = vm.analysis().colourModeProperty().get();
        savedScenario = vm.scenario().activeName();
        active.set(true);
        go(0);
    }

    /** Leaves lecture mode; layers, colours and the scenario are as before it started. */
    public void stop() {
        if (!active.get()) {
            return;
        }
        vm.layers().forEach(l -> l.visibleProperty().set(savedVisibility.getOrDefault(l.id(), l.isVisible())));
        vm.analysis().colourModeProperty().set(savedColour);
        vm.scenario().show(savedScenario);
        active.set(false);
    }

    public boolean next() {
        return go(index.get() + 1);
    }

    public boolean previous() {
        return go(index.get() - 1);
    }

    /** Jumps to a step; false (and nothing changes) outside the story. */
    public boolean go(int i) {
        if (!active.get() || i < 0 || i >= Step.values().length) {
            return false;
        }
        index.set(i);
        apply(step());
        refreshText();
        return true;
    }

    public Step step() {
        return Step.values()[index.get()];
    }

    /** Replaces the current step's caption (blank restores the default): undoable, saved with the project. */
    public void editCaption(String text) {
        vm.setLectureCaption(step().id(), text);
    }

    private void apply(Step s) {
        int n = s.ordinal();
        for (LayerItem l : vm.layers()) {
            boolean on;
            if (l.id().startsWith("analysis:")) {
                on = switch (l.id()) {
                    case LayerItem.ISOCHRONES -> s == Step.ISOCHRONES || s == Step.BELTS || s == Step.WHAT_IF;
                    case LayerItem.RAYS -> n >= Step.RAYS.ordinal() && s != Step.WHAT_IF;
                    case LayerItem.BUNDLES, LayerItem.STRIPS -> s == Step.BUNDLES;
                    default -> false;
                };
            } else {
                on = BASE_KINDS.contains(l.kind()) || (s == Step.BUNDLES && CORRIDOR_KINDS.contains(l.kind()));
            }
            l.visibleProperty().set(on);
        }
        vm.analysis().colourModeProperty().set(switch (s) {
            case REGION, ISOCHRONES -> AnalysisViewModel.ColourMode.SIZE_CLASS;
            case RANKING -> AnalysisViewModel.ColourMode.SCORE;
            default -> AnalysisViewModel.ColourMode.BELT;
        });
        if (s == Step.WHAT_IF) {
            String shown = savedScenario != null ? savedScenario
                    : vm.scenario().all().stream().filter(x -> !x.isEmpty()).map(x -> x.name()).findFirst()
                    .orElse(null);
            vm.scenario().show(shown);
        } else {
            vm.scenario().show(null);
        }
    }

    private void refreshText() {
        if (!active.get()) {
            return;
        }
        Step s = step();
        title.set(m.get("lecture.step." + s.id()));
        String own = vm.lectureCaptionsProperty().get().get(s.id());
        caption.set(own != null ? own : m.get("lecture.caption." + s.id()));
        highlights.setAll(highlightsFor(s));
    }

    private List<String> highlightsFor(Step s) {
        List<String> out = new ArrayList<>();
        var outcome = vm.analysis().outcomeProperty().get();
        var region = vm.getRegion();
        Locale loc = m.locale();
        switch (s) {
            case REGION -> {
                if (region != null) {
                    out.add(m.get("lecture.hl.towns", region.towns().size(), region.settlements().size()));
                }
            }
            case ISOCHRONES -> {
                if (outcome != null) {
                    outcome.isochrones().forEach(i -> out.add(m.get("lecture.hl.isochrone",
                            m.decimal(i.minutes(), 0), m.decimal(i.areaKm2(), 0))));
                }
            }
            case BELTS -> {
                if (outcome != null) {
                    int[] per = outcome.belts().townsPerBelt();
                    for (int b = 0; b < per.length; b++) {
                        out.add(m.get("lecture.hl.belt", b + 1, per[b]));
                    }
                }
            }
            case RAYS -> vm.rays().rays().stream().filter(r -> "road".equals(r.mode())).limit(6)
                    .forEach(r -> out.add(m.get("lecture.hl.ray", m.rayName(r.name()), m.decimal(r.lengthKm(), 0),
                            r.towns().size())));
            case BUNDLES -> {
                var b = vm.analysis().bundlesProperty().get();
                out.add(b == null ? m.get("lecture.hl.computing") : m.get("lecture.hl.bundles", b.bundles().size()));
            }
            case RANKING -> {
                List<TownScore> scores = vm.analysis().scoresProperty().get();
                if (scores == null) {
                    out.add(m.get("lecture.hl.computing"));
                } else {
                    scores.stream().sorted((a, b) -> Double.compare(b.score(), a.score())).limit(5)
                            .forEach(x -> out.add(m.get("lecture.hl.score", x.town().name(loc),
                                    m.decimal(x.score(), 1))));
                }
            }
            case WHAT_IF -> {
                String name = vm.scenario().activeName();
                if (name == null) {
                    out.add(m.get("lecture.hl.noScenario"));
                } else {
                    out.add(name);
                    vm.scenario().changes().stream().limit(5).forEach(c -> out.add(m.get("lecture.hl.change",
                            c.town().name(loc), m.decimal(c.mtdBefore(), 0), m.decimal(c.mtdAfter(), 0))));
                }
            }
            default -> { }
        }
        return out;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<String> highlights() {
        return highlights;
    }

    /** "3 / 7" */
    public String position() {
        return (index.get() + 1) + " / " + Step.values().length;
    }
}
