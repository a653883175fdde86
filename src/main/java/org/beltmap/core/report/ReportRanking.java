package org.beltmap.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.ScoringModel;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.Town;
import org.beltmap.core.model.TownEdits;
import org.beltmap.core.report.ReportContent.Block;
import org.beltmap.core.report.ReportContent.Note;
import org.beltmap.core.report.ReportContent.Paragraph;
import org.beltmap.core.report.ReportContent.Section;
import org.beltmap.core.report.ReportContent.Subheading;
import org.beltmap.core.report.ReportContent.Table;
import org.beltmap.core.scoring.Sensitivity;
import org.beltmap.core.scoring.TownScore;
import org.beltmap.core.towns.TownStatus;

/** The potential ranking with each component and its sensitivity, and the town cards (one per page). */
final class ReportRanking {

    private final AnalysisResult r;
    private final ReportText t;
    private final Map<String, Sensitivity.RankRange> ranges;

    ReportRanking(AnalysisResult r, ReportText t) {
        this.r = r;
        this.t = t;
        this.ranges = r.scores().isEmpty() ? Map.of() : Sensitivity.of(r.scoring(), r.scores(), null);
    }

    Section section() {
        List<Block> out = new ArrayList<>();
        if (r.scores().isEmpty()) {
            out.add(new Note(t.get("rank.notComputed")));
            return new Section(t.get("rank.heading"), true, out);
        }
        out.add(new Paragraph(t.get("rank.intro")));
        List<String> header = new ArrayList<>(List.of(t.get("rank.col.rank"), t.get("rank.col.town"),
                t.get("rank.col.score")));
        List<Boolean> numeric = new ArrayList<>(List.of(true, false, true));
        List<Double> weights = new ArrayList<>(List.of(0.6, 2.2, 0.8));
        for (String c : ScoringModel.COMPONENTS) {
            header.add(t.get("component." + c) + " (" + t.num(100 * r.scoring().share(c), 0) + "\u00A0%)");
            numeric.add(true);
            weights.add(1.0);
        }
        header.add(t.get("rank.col.range"));
        numeric.add(true);
        weights.add(0.9);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> moving = new ArrayList<>();
        for (TownScore s : r.scores().stream().sorted(Comparator.comparingInt(TownScore::rank)).toList()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(s.rank()), s.town().name(t.locale()),
                    t.num(s.score(), 1)));
            for (String c : ScoringModel.COMPONENTS) {
                row.add(t.num(s.points().get(c), 1));
            }
            Sensitivity.RankRange range = ranges.get(s.town().id());
            row.add(range == null ? "—" : range.best() == range.worst() ? String.valueOf(range.best())
                    : range.best() + "–" + range.worst());
            if (range != null && range.spread() >= 3) {
                moving.add(rows.size());
            }
            rows.add(row);
        }
        out.add(new Table(t.get("rank.caption"), header, rows, numeric, moving, weights));
        out.add(new Note(t.get("rank.sensitivity", t.num(100 * Sensitivity.CHANGE, 0))));
        return new Section(t.get("rank.heading"), true, out);
    }

    /** One section per chosen town, each on its own page. */
    List<Section> cards(ReportBuilder.Cards which) {
        if (which == ReportBuilder.Cards.NONE) {
            return List.of();
        }
        List<SizeClass> classes = r.region().project().settings().sizeClasses().classes();
        SizeClass small = classes.get(classes.size() - 1);
        List<TownAccess> towns = r.belts().towns().stream()
                .filter(a -> which == ReportBuilder.Cards.ALL || small.equals(a.town().sizeClass())).toList();
        List<TownAccess> sorted = new ArrayList<>(towns);
        sorted.sort(Comparator.comparingInt((TownAccess a) -> r.score(a.town().id()).map(TownScore::rank)
                .orElse(Integer.MAX_VALUE)).thenComparing(a -> a.town().name(t.locale())));
        List<Section> out = new ArrayList<>();
        for (TownAccess a : sorted) {
            out.add(card(a));
        }
        if (out.isEmpty()) {
            out.add(new Section(t.get("card.heading.none"), true, List.of(new Note(t.get("card.none")))));
        }
        return out;
    }

    private Section card(TownAccess a) {
        Town town = a.town();
        TownEdits edits = r.region().project().townEdits();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> flagged = new ArrayList<>();
        rows.add(List.of(t.get("card.nameRu"), nz(town.nameRu())));
        rows.add(List.of(t.get("card.nameEn"), nz(town.nameEn())));
        rows.add(List.of(t.get("card.population"), t.integer(town.population())));
        rows.add(List.of(t.get("card.sizeClass"), t.getOr("class." + (town.sizeClass() == null ? "unknown"
                : town.sizeClass().id()), "—")));
        Object district = town.attributes().get("district_ru");
        if (district != null && !district.toString().isBlank()) {
            rows.add(List.of(t.get("card.district"), district.toString()));
        }
        rows.add(List.of(t.get("card.coordinates"), t.num(town.lat(), 4) + " N, " + t.num(town.lon(), 4) + " E"));
        rows.add(List.of(t.get("card.status"), t.get("status." + a.status().name())));
        if (a.reachable()) {
            rows.add(List.of(t.get("card.centre"), a.centre() == null ? "—" : a.centre().name(t.locale())));
            rows.add(List.of(t.get("card.mtd"), t.num(a.mtdMin(), 1) + " " + t.get("unit.min")));
            rows.add(List.of(t.get("card.route"), t.num(a.routeKm(), 1) + " " + t.get("unit.km")));
            rows.add(List.of(t.get("card.access"), t.num(a.accessKm(), 1) + " " + t.get("unit.km") + ", "
                    + t.num(a.accessMin(), 1) + " " + t.get("unit.min")));
            rows.add(List.of(t.get("card.belt"), String.valueOf(a.belt())));
        }
        if (a.publishedMtd() != null || a.publishedBelt() != null) {
            if (a.disagrees()) {
                flagged.add(rows.size());
            }
            rows.add(List.of(t.get("card.publMtd"), (a.publishedMtd() == null ? "—"
                    : ReportBuilder.publishedMtd(a, t) + " " + t.get("unit.min"))
                    + (a.deltaMin() == null ? "" : " (" + t.signed(a.deltaMin(), 1) + ")")));
            if (a.disagrees()) {
                flagged.add(rows.size());
            }
            rows.add(List.of(t.get("card.publBelt"), a.publishedBelt() == null ? "—"
                    : String.valueOf(a.publishedBelt())));
        } else {
            rows.add(List.of(t.get("card.publMtd"), t.get("card.noPublished")));
        }
        var p = town.published();
        if (p.population() != null) {
            rows.add(List.of(t.get("card.publPopulation"), t.integer(p.population())));
        }
        if (p.areaKm2() != null) {
            rows.add(List.of(t.get("card.publArea"), t.num(p.areaKm2(), 1) + " " + t.get("unit.km2")));
        }
        if (p.density() != null) {
            if (p.densityDisagrees()) {
                flagged.add(rows.size());
            }
            rows.add(List.of(t.get("card.publDensity"), t.num(p.density(), 1) + " " + t.get("unit.density")
                    + (p.recomputedDensity() == null ? "" : " (" + t.get("card.recomputed",
                    t.num(p.recomputedDensity(), 1)) + ")")));
        }
        r.score(town.id()).ifPresent(s -> {
            Sensitivity.RankRange range = ranges.get(town.id());
            rows.add(List.of(t.get("card.score"), t.get("card.score.value", t.num(s.score(), 1), s.rank(),
                    r.scores().size()) + (range == null ? "" : "; " + t.get("card.score.range", range.best(),
                    range.worst()))));
            for (String c : ScoringModel.COMPONENTS) {
                rows.add(List.of("· " + t.get("component." + c), t.num(s.points().get(c), 1) + " "
                        + t.get("unit.points")));
            }
            rows.add(List.of(t.get("card.nearestRay"), s.nearestRay() == null ? "—"
                    : s.nearestRay() + ", " + t.num(s.distRayKm(), 1) + " " + t.get("unit.km")));
            rows.add(List.of(t.get("card.nearestBundle"), Double.isFinite(s.distBundleKm())
                    ? t.get("card.bundle.value", s.bundleStrength(), t.num(s.distBundleKm(), 1)) : "—"));
        });
        List<List<String>> status = new ArrayList<>();
        String municipal = TownStatus.municipal(town, edits);
        status.add(List.of(t.get("card.municipal"), municipal == null ? t.get("answer.UNKNOWN")
                : t.getOr("municipal." + municipal, municipal)));
        for (String f : new String[] {TownStatus.MONOTOWN, TownStatus.TOSER}) {
            status.add(List.of(t.get("card." + f), t.get("answer." + TownStatus.yesNo(TownStatus.value(town, edits,
                    f)))));
        }
        String inv = TownStatus.value(town, edits, TownStatus.INVESTMENT);
        status.add(List.of(t.get("card.investment"), inv == null ? t.get("answer.UNKNOWN")
                : inv + " " + t.get("unit.mrub")));
        List<TownStatus.Check> checks = TownStatus.innovative(town, edits);
        for (TownStatus.Check c : checks) {
            status.add(List.of(t.get("criterion." + c.id()), t.get("answer." + c.answer())));
        }
        status.add(List.of(t.get("criterion.overall"), t.get("answer." + TownStatus.overall(checks))));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table(null, List.of(t.get("card.col.field"), t.get("card.col.value")), rows,
                List.of(false, false), flagged, List.of(1.3, 2.0)));
        blocks.add(new Subheading(t.get("card.statuses")));
        blocks.add(new Table(null, List.of(t.get("card.col.criterion"), t.get("card.col.answer")), status,
                List.of(false, false), List.of(), List.of(2.0, 1.3)));
        if (!flagged.isEmpty()) {
            blocks.add(new Note(t.get("card.disagrees", TownAccess.DISAGREE_MIN)));
        }
        if (!a.reachable()) {
            blocks.add(new Note(t.get("card.unreachable")));
        }
        return new Section(t.get("card.heading", town.name(t.locale())), true, blocks);
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
