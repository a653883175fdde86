package org.beltmap.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.belts.TownAccess;
import org.beltmap.core.model.Published;
import org.beltmap.core.towns.TownStatus;
import org.beltmap.core.model.Town;

/**
 * The rows of a town's card as text, computed without JavaFX so it is tested with plain JUnit.
 * Published figures are labelled "publ." and flagged when they disagree with a recomputation.
 */
public final class TownCard {

    /** One row: label, value, and a warning shown beside it (null when none). */
    public record Row(String label, String value, String warning, String hint, String editField) {

        public Row(String label, String value, String warning) {
            this(label, value, warning, null, null);
        }

        public Row(String label, String value, String warning, String hint) {
            this(label, value, warning, hint, null);
        }
    }

    /** Statuses and the innovative-town criteria; status fields are data the user can edit (editField). */
    public static List<Row> statusRows(Town t, org.beltmap.core.model.TownEdits edits, Messages m) {
        List<Row> rows = new ArrayList<>();
        String municipal = TownStatus.municipal(t, edits);
        rows.add(new Row(m.get("card.municipal"), municipal == null ? m.get("answer.UNKNOWN")
                : m.has("municipal." + municipal) ? m.get("municipal." + municipal) : municipal, null,
                m.get("card.edit.hint"), TownStatus.MUNICIPAL));
        for (String f : new String[] {TownStatus.MONOTOWN, TownStatus.TOSER}) {
            rows.add(new Row(m.get("card." + f), m.get("choice." + choice(TownStatus.value(t, edits, f))),
                    null, m.get("card.edit.hint"), f));
        }
        String inv = TownStatus.value(t, edits, TownStatus.INVESTMENT);
        rows.add(new Row(m.get("card.investment"), inv == null ? m.get("answer.UNKNOWN") : inv + " " + m.get("unit.mrub"),
                null, m.get("card.edit.hint"), TownStatus.INVESTMENT));
        List<TownStatus.Check> checks = TownStatus.innovative(t, edits);
        for (TownStatus.Check c : checks) {
            rows.add(new Row(m.get("criterion." + c.id()), m.get("answer." + c.answer()), null, c.basis()));
        }
        rows.add(new Row(m.get("criterion.overall"), m.get("answer." + TownStatus.overall(checks)), null));
        return rows;
    }

    private TownCard() {
    }

    /** A yes/no status as the card's choice: "yes", "no" or "unknown". */
    public static String choice(String value) {
        return switch (TownStatus.yesNo(value)) {
            case MET -> "yes";
            case NOT_MET -> "no";
            default -> "unknown";
        };
    }

    /**
     * Where a figure comes from, from the data's own source text: "(2014, paper)" for "regional-planning paper
     * (2014 data)", "(2010, hflabs/city)" for a census figure; "(published)" when the data names no source.
     */
    public static String sourceNote(String source, Messages m) {
        if (source == null || source.isBlank()) {
            return "(" + m.get("card.source.published") + ")";
        }
        java.util.regex.Matcher census = java.util.regex.Pattern.compile("((?:19|20)\\d{2})\\s+census|census\\s+((?:19|20)\\d{2})")
                .matcher(source);
        java.util.regex.Matcher any = java.util.regex.Pattern.compile("\\b((?:19|20)\\d{2})\\b").matcher(source);
        String year = census.find() ? (census.group(1) != null ? census.group(1) : census.group(2))
                : any.find() ? any.group(1) : null;
        String name = source.split("[(;,]", 2)[0].replaceAll("\\b(?:19|20)\\d{2}(?:-\\d{2})?\\b", "").trim();
        String[] words = name.split("\\s+");
        name = words[words.length - 1];
        return "(" + (year == null ? "" : year + (name.isEmpty() ? "" : ", ")) + name + ")";
    }

    private static String noted(String value, String source, Messages m) {
        return value + " " + sourceNote(source, m);
    }

    public static String title(Town t, Messages m) {
        Locale other = m.isRussian() ? Locale.ENGLISH : Locale.forLanguageTag("ru");
        return t.name(m.locale()) + " / " + t.name(other);
    }

    public static String sizeClassName(Town t, Messages m) {
        String id = t.sizeClass() == null ? "unknown" : t.sizeClass().id();
        String key = "sizeClass.short." + id;
        return m.has(key) ? m.get(key) : id;
    }

    public static List<Row> rows(Town t, boolean isCentre, Messages m) {
        return rows(t, isCentre, null, m);
    }

    /** With the computed accessibility (may be null while the analysis runs). */
    public static List<Row> rows(Town t, boolean isCentre, TownAccess access, Messages m) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(m.get("card.nameRu"), nz(t.nameRu()), null));
        rows.add(new Row(m.get("card.nameEn"), nz(t.nameEn()), null));
        Object popSource = t.attributes().get("population_source");
        String pop = m.integer(t.population()) + " " + m.get("unit.persons");
        rows.add(new Row(m.get("card.population"), t.population() < 0 ? "—" : popSource == null ? pop
                : noted(pop, popSource.toString(), m), null, popSource == null ? null : popSource.toString()));
        rows.add(new Row(m.get("card.sizeClass"), sizeClassName(t, m), null));
        Object district = t.attributes().get("district_ru");
        if (district != null && !district.toString().isBlank()) {
            rows.add(new Row(m.get("card.district"), district.toString(), null));
        }
        if (isCentre) {
            rows.add(new Row(m.get("card.centre"), "✓", null));
        }
        if (access != null) {
            accessRows(rows, access, m);
        }
        rows.add(new Row(m.get("card.coordinates"), m.decimal(t.lat(), 4) + " N, " + m.decimal(t.lon(), 4) + " E", null));
        Published p = t.published();
        if (!p.isEmpty()) {
            String src = p.source();
            String hint = src == null ? null : m.get("card.source", src);
            if (p.population() != null) {
                rows.add(new Row(m.get("card.publ.population"), noted(m.integer(p.population()) + " "
                        + m.get("unit.persons"), src, m), null, hint));
                if (t.population() > 0) {
                    double change = 100.0 * (p.population() - t.population()) / t.population();
                    rows.add(new Row(m.get("card.dynamics"), (change >= 0 ? "+" : "") + m.decimal(change, 1) + " %",
                            null, m.get("card.dynamics.hint")));
                }
            }
            if (p.areaKm2() != null) {
                rows.add(new Row(m.get("card.publ.area"), noted(m.decimal(p.areaKm2(), 1) + " " + m.get("unit.km2"),
                        src, m), null, hint));
            }
            if (p.density() != null) {
                rows.add(new Row(m.get("card.publ.density"), noted(m.decimal(p.density(), 1) + " "
                        + m.get("unit.density"), src, m), null, hint));
            }
            Double rd = p.recomputedDensity();
            if (rd != null) {
                rows.add(new Row(m.get("card.density.recomputed"), m.decimal(rd, 1) + " " + m.get("unit.density"),
                        p.densityDisagrees() ? m.get("card.density.disagrees") : null));
            }
            if (p.mtdText() != null) {
                rows.add(new Row(m.get("card.publ.mtd"), noted(p.mtdText(), src, m), null,
                        hint));
            }
            if (p.belt() != null) {
                rows.add(new Row(m.get("card.publ.belt"), noted(String.valueOf(p.belt()), src, m), null, hint));
            }
        }
        return rows;
    }

    private static void accessRows(List<Row> rows, TownAccess a, Messages m) {
        if (!a.reachable()) {
            rows.add(new Row(m.get("card.mtd"), m.get("card.unreachable"), m.get("card.unreachable.hint")));
            return;
        }
        String min = " " + m.get("unit.min");
        String mtd = m.decimal(a.mtdMin(), 0) + min;
        Double publ = a.publishedMtd();
        boolean far = publ != null && Math.abs(a.mtdMin() - publ) > TownAccess.DISAGREE_MIN;
        if (publ != null) {
            mtd += " (" + m.get("card.publ") + " " + m.decimal(publ, 0) + ")";
        }
        rows.add(new Row(m.get("card.mtd"), mtd, far ? m.get("card.mtd.disagrees", m.decimal(a.deltaMin(), 0)) : null));
        String belt = String.valueOf(a.belt());
        boolean beltDiffers = a.publishedBelt() != null && a.publishedBelt() != a.belt();
        if (a.publishedBelt() != null) {
            belt += " (" + m.get("card.publ") + " " + a.publishedBelt() + ")";
        }
        rows.add(new Row(m.get("card.belt"), belt, beltDiffers ? m.get("card.belt.disagrees") : null));
        if (a.centre() != null && a.status() != TownAccess.Status.CENTRE) {
            rows.add(new Row(m.get("card.toCentre"), a.centre().name(m.locale()), null));
            rows.add(new Row(m.get("card.route"), m.decimal(a.routeKm(), 1) + " " + m.get("unit.km"), null));
            rows.add(new Row(m.get("card.access"), m.decimal(a.accessKm(), 1) + " " + m.get("unit.km") + " · "
                    + m.decimal(a.accessMin(), 0) + min, null, m.get("card.access.hint")));
        }
    }

    /**
     * Score, nearest ray and bundle rows, once the scores are computed. The rank is the analysis's
     * ({@link org.beltmap.core.scoring.TownScore#rank()}, among {@code rankedAmong} towns), as in the Ranking tab.
     */
    public static List<Row> scoreRows(org.beltmap.core.scoring.TownScore s, int rankedAmong, Messages m) {
        List<Row> rows = new ArrayList<>();
        StringBuilder parts = new StringBuilder();
        s.points().forEach((k, v) -> parts.append(m.get("score." + k)).append(": ").append(m.decimal(v, 1)).append('\n'));
        rows.add(new Row(m.get("card.score"), m.get("card.score.value", m.decimal(s.score(), 0), s.rank(),
                rankedAmong), null,
                parts.toString().trim()));
        if (s.nearestRay() != null) {
            rows.add(new Row(m.get("card.nearestRay"), m.rayName(s.nearestRay()) + ", " + m.get("card.km.straight",
                    m.decimal(s.distRayKm(), 1)), null));
        }
        if (Double.isFinite(s.distBundleKm())) {
            rows.add(new Row(m.get("card.nearestBundle"), m.get("legend.strength", s.bundleStrength()) + ", "
                    + m.get("card.km.straight", m.decimal(s.distBundleKm(), 1)), null));
        }
        return rows;
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
