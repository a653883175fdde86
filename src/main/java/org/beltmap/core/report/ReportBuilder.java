package org.beltmap.core.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.bundles.Bundle;
import org.beltmap.core.bundles.StripShares;
import org.beltmap.core.export.DiagramData;
import org.beltmap.core.metrics.BeltStatistics;
import org.beltmap.core.metrics.SettlementNetworkMetrics;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Town;
import org.beltmap.core.rays.Ray;
import org.beltmap.core.report.ReportContent.Block;
import org.beltmap.core.report.ReportContent.Figure;
import org.beltmap.core.report.ReportContent.Note;
import org.beltmap.core.report.ReportContent.Paragraph;
import org.beltmap.core.report.ReportContent.Section;
import org.beltmap.core.report.ReportContent.Table;
import org.beltmap.core.report.ReportContent.Title;

/**
 * Builds the report's content from one analysis: title page, belt map and rings, belt statistics, towns,
 * settlement-network metrics, rays and bundles, the potential ranking with its sensitivity, town cards and
 * methods. What the analysis lacks (published figures, settlements, bundles, reached towns) is said in a note.
 */
public final class ReportBuilder {

    /** Which towns get a card: the smallest size class (the paper's subject), every town, or none. */
    public enum Cards { SMALL, ALL, NONE }

    private final AnalysisResult r;
    private final ReportText t;
    private final Region region;

    private ReportBuilder(AnalysisResult r, ReportText t) {
        this.r = r;
        this.t = t;
        this.region = r.region();
    }

    public static ReportContent build(AnalysisResult result, ReportText text, Cards cards, LocalDate date) {
        return new ReportBuilder(result, text).content(cards, date);
    }

    private ReportContent content(Cards cards, LocalDate date) {
        if (r.belts() == null) {
            throw new IllegalArgumentException("a report needs the МТД and belts of the analysis");
        }
        String regionName = region.project().region().get(t.locale());
        String day = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale()));
        List<Section> s = new ArrayList<>();
        s.add(titlePage(regionName, day));
        s.add(new Section(t.get("map.heading"), true, List.of(new Figure(Figure.Kind.MAP, t.get("map.caption")))));
        s.add(new Section(t.get("rings.heading"), true, List.of(new Figure(Figure.Kind.RINGS,
                t.get("rings.caption")))));
        s.add(beltStatistics());
        s.add(towns());
        s.add(network());
        s.add(raysAndBundles());
        ReportRanking ranking = new ReportRanking(r, t);
        s.add(ranking.section());
        s.addAll(ranking.cards(cards));
        s.add(new ReportMethods(r, t).section());
        return new ReportContent(t.locale(), t.get("title") + " — " + regionName, regionName + " · " + day,
                DiagramData.of(r).withLabels(t.locale()), List.copyOf(s));
    }

    private Section titlePage(String regionName, String day) {
        List<String> lines = new ArrayList<>();
        lines.add(t.get("title"));
        lines.add(t.get("title.centres", String.join(", ", r.centres().stream().map(c -> c.name(t.locale()))
                .toList())));
        lines.add(t.get("title.date", day));
        lines.add(t.get("title.network", t.get(r.railways() ? "network.roadsRail" : "network.roads")));
        lines.add(t.get("title.scenario", r.scenario().isEmpty() ? t.get("title.noScenario") : r.scenario().name()));
        lines.add(t.get("title.towns", region.towns().size(), region.settlements().size()));
        lines.add(t.get("title.software"));
        return new Section(null, true, List.of(new Title(regionName, lines)));
    }

    private Section beltStatistics() {
        BeltStatistics b = r.beltStatistics();
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph(t.get("belts.intro")));
        List<List<String>> rows = new ArrayList<>();
        for (BeltStatistics.Row row : b.belts()) {
            rows.add(beltRow(t.get("belts.belt", row.belt()), rangeText(row), row));
        }
        rows.add(beltRow(t.get("belts.unreachable"), "", b.unreachable()));
        long towns = region.towns().size();
        rows.add(List.of(t.get("belts.total"), "", t.integer(towns), t.integer(b.places() - towns),
                t.integer(b.population()), t.num(100.0, 1), b.territoryKm2() == null ? "—"
                        : t.num(b.territoryKm2(), 0), b.territoryKm2() == null ? "—"
                        : t.num(b.population() / b.territoryKm2(), 1)));
        out.add(new Table(t.get("belts.caption"), List.of(t.get("belts.col.belt"), t.get("belts.col.range"),
                t.get("belts.col.towns"), t.get("belts.col.settlements"), t.get("belts.col.population"),
                t.get("belts.col.share"), t.get("belts.col.area"), t.get("belts.col.density")), rows,
                List.of(false, false, true, true, true, true, true, true), List.of(),
                List.of(1.2, 1.3, 0.8, 1.0, 1.3, 0.8, 1.1, 1.1)));
        out.add(new Note(t.get("belts.area.definition")));
        if (b.territoryKm2() == null) {
            out.add(new Note(t.get("belts.noBoundary")));
        }
        if (!b.missingMinutes().isEmpty()) {
            out.add(new Note(t.get("belts.missingBands", b.missingMinutes().stream().map(m -> t.num(m, 0))
                    .toList().toString())));
        }
        out.add(new Note(b.settlementsLayer() ? t.get("belts.once", b.duplicates(), BeltStatistics.SAME_NAME_KM)
                : t.get("belts.noSettlements")));
        if (b.unknownPopulation() > 0) {
            out.add(new Note(t.get("belts.unknownPopulation", b.unknownPopulation(), b.places())));
        }
        if (b.unreachable().towns() + b.unreachable().settlements() > 0) {
            out.add(new Note(t.get("belts.someUnreachable", b.unreachable().towns(), b.unreachable().settlements())));
        }
        return new Section(t.get("belts.heading"), true, out);
    }

    private List<String> beltRow(String name, String range, BeltStatistics.Row row) {
        return List.of(name, range, t.integer(row.towns()), t.integer(row.settlements()), t.integer(row.population()),
                t.num(row.sharePct(), 1), t.num(row.areaKm2(), 0), t.num(row.densityPerKm2(), 1));
    }

    private String rangeText(BeltStatistics.Row row) {
        if (row.fromMin() == null) {
            return "≤ " + t.num(row.toMin(), 0) + " " + t.get("unit.min");
        }
        return row.toMin() == null ? "> " + t.num(row.fromMin(), 0) + " " + t.get("unit.min")
                : t.num(row.fromMin(), 0) + "–" + t.num(row.toMin(), 0) + " " + t.get("unit.min");
    }

    private Section towns() {
        List<TownAccess> list = new ArrayList<>(r.belts().towns());
        list.sort(Comparator.comparingInt((TownAccess a) -> a.reachable() ? a.belt() : Integer.MAX_VALUE)
                .thenComparingDouble(a -> a.reachable() ? a.mtdMin() : 0).thenComparing(a -> a.town().name(t.locale())));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> flagged = new ArrayList<>();
        boolean anyPublished = false;
        int unreachable = 0;
        for (TownAccess a : list) {
            Town town = a.town();
            anyPublished |= a.publishedMtd() != null || a.publishedBelt() != null;
            if (!a.reachable()) {
                unreachable++;
            }
            if (a.disagrees()) {
                flagged.add(rows.size());
            }
            rows.add(List.of(town.name(t.locale()), sizeClass(town), t.integer(town.population()),
                    a.reachable() ? t.num(a.mtdMin(), 0) : t.get("towns.notReached"),
                    a.publishedMtd() == null ? "—" : publishedMtd(a, t), t.signed(a.deltaMin(), 0),
                    a.reachable() ? String.valueOf(a.belt()) : "—",
                    a.publishedBelt() == null ? "—" : String.valueOf(a.publishedBelt()),
                    a.disagrees() ? t.get("towns.flag") : ""));
        }
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph(t.get("towns.intro", TownAccess.DISAGREE_MIN)));
        out.add(new Table(t.get("towns.caption"), List.of(t.get("towns.col.town"), t.get("towns.col.class"),
                t.get("towns.col.population"), t.get("towns.col.mtd"), t.get("towns.col.mtdPubl"),
                t.get("towns.col.delta"), t.get("towns.col.belt"), t.get("towns.col.beltPubl"),
                t.get("towns.col.flag")), rows, List.of(false, false, true, true, true, true, true, true, true),
                flagged, List.of(2.2, 1.1, 1.2, 0.9, 0.9, 0.8, 0.7, 0.8, 1.1)));
        out.add(new Note(anyPublished ? t.get("towns.flagged", flagged.size()) : t.get("towns.noPublished")));
        if (unreachable > 0) {
            out.add(new Note(t.get("towns.unreachable", unreachable, region.project().settings().maxAccessKm())));
        }
        return new Section(t.get("towns.heading"), true, out);
    }

    /** The published МТД with the source's qualifier ("~45 min" is written "~45"), in the report's number format. */
    static String publishedMtd(TownAccess a, ReportText t) {
        String text = a.town().published().mtdText();
        String qualifier = text == null ? "" : text.replaceAll("[0-9].*$", "").trim();
        return qualifier + t.num(a.publishedMtd(), 0);
    }

    String sizeClass(Town town) {
        String id = town.sizeClass() == null ? "unknown" : town.sizeClass().id();
        return t.getOr("class." + id, id);
    }

    private Section network() {
        List<Block> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int n = region.towns().size();
        for (SettlementNetworkMetrics.ClassShare c : r.classShares()) {
            rows.add(List.of(t.getOr("class." + c.sizeClass().id(), c.sizeClass().id()),
                    "≥ " + t.integer(c.sizeClass().minPopulation()), t.integer(c.towns()),
                    t.num(n == 0 ? 0 : 100.0 * c.towns() / n, 1), t.integer(c.population()),
                    t.num(c.populationSharePct(), 1)));
        }
        out.add(new Table(t.get("net.classes.caption"), List.of(t.get("net.col.class"), t.get("net.col.min"),
                t.get("net.col.towns"), t.get("net.col.townsShare"), t.get("net.col.population"),
                t.get("net.col.populationShare")), rows, List.of(false, true, true, true, true, true), List.of(),
                List.of(1.4, 1.2, 0.8, 1.0, 1.3, 1.2)));
        out.add(new Paragraph(t.get("net.formula")));
        List<List<String>> l = new ArrayList<>();
        Double published = region.project().publishedAreaKm2();
        if (published != null && n > 0) {
            l.add(List.of(t.get("net.basis.published"), t.num(published, 0), t.integer(n),
                    t.num(SettlementNetworkMetrics.meanDistanceKm(published, n), 2)));
        }
        var boundary = SettlementNetworkMetrics.boundary(region);
        if (boundary.isPresent() && n > 0) {
            String name = boundary.get().name();
            var own = region.project().region();
            // The region's own outline is named in the report's language, whichever name field the layer has.
            name = name.equalsIgnoreCase(String.valueOf(own.en())) || name.equalsIgnoreCase(String.valueOf(own.ru()))
                    ? own.get(t.locale()) : name;
            l.add(List.of(t.get("net.basis.boundary", name), t.num(boundary.get().areaKm2(), 0),
                    t.integer(n), t.num(SettlementNetworkMetrics.meanDistanceKm(boundary.get().areaKm2(), n), 2)));
        }
        if (!l.isEmpty()) {
            out.add(new Table(t.get("net.formula.caption"), List.of(t.get("net.col.basis"), t.get("net.col.area"),
                    t.get("net.col.n"), t.get("net.col.l")), l, List.of(false, true, true, true), List.of(),
                    List.of(3.0, 1.2, 0.6, 1.0)));
        }
        if (published == null) {
            out.add(new Note(t.get("net.noPublishedArea")));
        }
        if (boundary.isEmpty()) {
            out.add(new Note(t.get("net.noBoundary")));
        }
        return new Section(t.get("net.heading"), true, out);
    }

    private Section raysAndBundles() {
        List<Block> out = new ArrayList<>();
        List<Ray> rays = new ArrayList<>(r.rays());
        rays.sort(Comparator.comparingDouble((Ray x) -> -x.strength().total()).thenComparing(Ray::name));
        if (!r.request().wants(org.beltmap.core.analysis.AnalysisRequest.Part.RAYS)) {
            out.add(new Note(t.get("rays.notComputed")));
        } else if (rays.isEmpty()) {
            out.add(new Note(t.get("rays.none")));
        } else {
            out.add(new Paragraph(t.get("rays.intro")));
            List<List<String>> rows = new ArrayList<>();
            for (Ray x : rays) {
                rows.add(List.of(x.name() == null ? x.id() : x.name(), t.getOr("mode." + x.mode(), x.mode()),
                        t.num(x.lengthKm(), 0), t.num(x.strength().total(), 1), t.num(x.strength().roadClass(), 1),
                        t.num(x.strength().population(), 1), t.num(x.strength().railway(), 1),
                        t.integer(x.towns().size()), t.integer(x.populationServed())));
            }
            out.add(new Table(t.get("rays.caption"), List.of(t.get("rays.col.name"), t.get("rays.col.mode"),
                    t.get("rays.col.length"), t.get("rays.col.strength"), t.get("rays.col.class"),
                    t.get("rays.col.population"), t.get("rays.col.railway"), t.get("rays.col.towns"),
                    t.get("rays.col.served")), rows, List.of(false, false, true, true, true, true, true, true, true),
                    List.of(), List.of(2.4, 1.0, 0.9, 0.9, 0.8, 0.9, 0.8, 0.7, 1.3)));
        }
        out.add(new ReportContent.Subheading(t.get("bundles.heading")));
        if (r.bundles() == null) {
            out.add(new Note(t.get("bundles.notComputed")));
            return new Section(t.get("rays.heading"), true, out);
        }
        Map<Integer, double[]> byStrength = new TreeMap<>(Comparator.reverseOrder());
        for (Bundle b : r.bundleList()) {
            double[] a = byStrength.computeIfAbsent(b.strength(), k -> new double[3]);
            a[0]++;
            a[1] += b.lengthKm();
            a[2] += b.areaKm2();
        }
        if (byStrength.isEmpty()) {
            out.add(new Note(t.get("bundles.none")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            byStrength.forEach((k, a) -> rows.add(List.of(String.valueOf(k), t.integer((long) a[0]),
                    t.num(a[1], 0), t.num(a[2], 0))));
            out.add(new Table(t.get("bundles.caption"), List.of(t.get("bundles.col.strength"),
                    t.get("bundles.col.count"), t.get("bundles.col.length"), t.get("bundles.col.area")), rows,
                    List.of(true, true, true, true), List.of(), List.of(1.0, 1.0, 1.2, 1.2)));
        }
        StripShares sh = r.bundles().shares();
        if (sh != null) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(t.get("strips.towns"), t.integer(sh.townsInStrips()), t.integer(sh.towns()),
                    t.num(sh.townsShare(), 1)));
            rows.add(List.of(t.get("strips.townPopulation"), t.integer(sh.townPopulationInStrips()),
                    t.integer(sh.townPopulation()), t.num(sh.townPopulationShare(), 1)));
            rows.add(List.of(t.get("strips.settlements"), t.integer(sh.settlementsInStrips()),
                    t.integer(sh.settlements()), t.num(sh.settlementsShare(), 1)));
            rows.add(List.of(t.get("strips.settlementPopulation"), t.integer(sh.settlementPopulationInStrips()),
                    t.integer(sh.settlementPopulation()), t.num(sh.settlementPopulationShare(), 1)));
            if (sh.territoryShare() != null) {
                rows.add(List.of(t.get("strips.territory"), t.num(sh.stripsInTerritoryKm2(), 0),
                        t.num(sh.territoryAreaKm2(), 0), t.num(sh.territoryShare(), 1)));
            }
            out.add(new Table(t.get("strips.caption", r.bundles().settings().stripKm()), List.of(
                    t.get("strips.col.what"), t.get("strips.col.in"), t.get("strips.col.all"),
                    t.get("strips.col.share")), rows, List.of(false, true, true, true), List.of(),
                    List.of(2.6, 1.1, 1.1, 0.8)));
        }
        return new Section(t.get("rays.heading"), true, out);
    }
}
