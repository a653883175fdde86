package org.beltmap.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.belts.Calibration;
import org.beltmap.core.isochrones.Isochrone;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.Layer;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.report.ReportContent.Block;
import org.beltmap.core.report.ReportContent.Note;
import org.beltmap.core.report.ReportContent.Paragraph;
import org.beltmap.core.report.ReportContent.Section;
import org.beltmap.core.report.ReportContent.Subheading;
import org.beltmap.core.report.ReportContent.Table;

/** Methods: every parameter the analysis ran with, the calibration check, the data sources and their credits. */
final class ReportMethods {

    private final AnalysisResult r;
    private final ReportText t;

    ReportMethods(AnalysisResult r, ReportText t) {
        this.r = r;
        this.t = t;
    }

    Section section() {
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph(t.get("methods.intro")));
        out.add(new Table(t.get("methods.params.caption"), List.of(t.get("methods.col.param"),
                t.get("methods.col.value")), parameters(), List.of(false, false), List.of(), List.of(2.0, 2.0)));
        out.add(new Subheading(t.get("methods.calibration")));
        out.add(calibration());
        out.add(new Subheading(t.get("methods.data")));
        List<List<String>> layers = new ArrayList<>();
        for (Layer l : r.region().layers().values()) {
            layers.add(List.of(l.spec().title() == null ? l.spec().id() : l.spec().title().get(t.locale()),
                    t.getOr("kind." + l.spec().kind().id(), l.spec().kind().id()), l.spec().path()
                    + (l.spec().joinPath() == null ? "" : " + " + l.spec().joinPath()), t.integer(l.size())));
        }
        out.add(new Table(t.get("methods.layers.caption"), List.of(t.get("methods.col.layer"),
                t.get("methods.col.kind"), t.get("methods.col.file"), t.get("methods.col.features")), layers,
                List.of(false, false, false, true), List.of(), List.of(1.6, 1.0, 2.4, 0.8)));
        String credits = r.region().project().attribution();
        out.add(new Subheading(t.get("methods.attribution")));
        out.add(credits == null || credits.isBlank() ? new Note(t.get("methods.noAttribution"))
                : new Paragraph(credits));
        if (!r.region().problems().isEmpty()) {
            out.add(new Note(t.get("methods.problems", String.join("; ", r.region().problems()))));
        }
        out.add(new Paragraph(t.get("methods.software")));
        return new Section(t.get("methods.heading"), true, out);
    }

    private List<List<String>> parameters() {
        Settings s = r.region().project().settings();
        List<List<String>> p = new ArrayList<>();
        p.add(row("param.centres", String.join(", ", r.centres().stream().map(c -> c.name(t.locale())).toList())));
        p.add(row("param.network", t.get(r.railways() ? "network.roadsRail" : "network.roads")));
        p.add(row("param.thresholds", minutes(r.belts().thresholds())));
        p.add(row("param.isochrones", r.isochrones().isEmpty() ? t.get("param.notComputed")
                : minutes(r.isochrones().stream().map(Isochrone::minutes).toList())));
        double[] grid = org.beltmap.core.analysis.IsochroneCell.effective(r.request(), r.region());
        p.add(row("param.isoCell", t.num(grid[0], 0) + " " + t.get("unit.m") + "; "
                + t.get("param.isoSmooth") + " " + t.num(grid[1], 0) + " " + t.get("unit.m")));
        for (var e : new TreeMap<>(s.speedsKmh()).entrySet()) {
            p.add(List.of(t.get("param.speed", t.getOr("road." + e.getKey(), e.getKey())), t.num(e.getValue(), 0)
                    + " " + t.get("unit.kmh")));
        }
        p.add(row("param.defaultSpeed", t.num(s.defaultSpeedKmh(), 0) + " " + t.get("unit.kmh")));
        p.add(row("param.accessSpeed", t.num(s.accessSpeedKmh(), 0) + " " + t.get("unit.kmh")));
        p.add(row("param.detour", t.num(s.detourFactor(), 2)));
        p.add(row("param.maxAccess", t.num(s.maxAccessKm(), 0) + " " + t.get("unit.km")));
        p.add(row("param.snap", t.num(s.snapToleranceM(), 0) + " " + t.get("unit.m")));
        p.add(row("param.gapJoin", t.num(s.gapJoinM(), 0) + " " + t.get("unit.m")));
        var ro = r.request().rayOptions();
        p.add(row("param.rays", t.get("param.rays.value", t.num(ro.centreZoneKm(), 0), t.num(100 * ro.minShare(), 0),
                t.num(ro.catchmentKm(), 0))));
        BundleSettings b = r.bundles() != null ? r.bundles().settings() : s.bundles();
        p.add(row("param.bundles", t.get("param.bundles.value", t.num(b.widthKm(), 1), t.num(b.minLengthKm(), 1),
                t.num(b.stripKm(), 1))));
        ScoringModel m = r.scoring();
        StringBuilder w = new StringBuilder();
        for (String c : ScoringModel.COMPONENTS) {
            w.append(w.length() == 0 ? "" : "; ").append(t.get("component." + c)).append(' ')
                    .append(t.num(m.weights().get(c), 2));
        }
        p.add(row("param.weights", w.toString()));
        p.add(row("param.halves", t.get("param.halves.value", t.num(m.mtdHalfMin(), 0), t.num(m.rayHalfKm(), 0),
                t.num(m.bundleHalfKm(), 0))));
        StringBuilder classes = new StringBuilder();
        for (SizeClass c : s.sizeClasses().classes()) {
            classes.append(classes.length() == 0 ? "" : "; ").append(t.getOr("class." + c.id(), c.id()))
                    .append(" ≥ ").append(t.integer(c.minPopulation()));
        }
        p.add(row("param.classes", classes.toString()));
        var sc = r.scenario();
        p.add(row("param.scenario", sc.isEmpty() ? t.get("title.noScenario") : t.get("param.scenario.value",
                sc.name(), sc.added().size(), sc.closed().size(), sc.classSpeeds().size() + sc.refSpeeds().size(),
                sc.addedCentres().size())));
        return p;
    }

    private Block calibration() {
        try {
            Calibration.Fit fit = Calibration.fit(r.belts().towns());
            return new Paragraph(t.get("methods.calibration.fit", fit.residuals().size(), t.num(fit.speedFactor(), 3),
                    t.num(fit.rmsBefore(), 1), t.num(fit.rmsAfter(), 1)));
        } catch (IllegalArgumentException e) {
            return new Note(t.get("methods.calibration.none"));
        }
    }

    private List<String> row(String key, String value) {
        return List.of(t.get(key), value);
    }

    private String minutes(List<Double> m) {
        return String.join(", ", m.stream().map(x -> t.num(x, 0)).toList()) + " " + t.get("unit.min");
    }
}
