package org.beltmap.core.scoring;

import org.beltmap.core.model.ScoringModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How robust a ranking is: every weight in turn is changed by −20 % and +20 % (the others kept), and each town's
 * best and worst rank over those runs is recorded. A town whose rank barely moves is ranked with confidence.
 */
public final class Sensitivity {

    /** Best (smallest) and worst rank a town reaches under the weight changes, and the base rank. */
    public record RankRange(String townId, int base, int best, int worst) {

        public int spread() {
            return worst - best;
        }
    }

    public static final double CHANGE = 0.20;

    private Sensitivity() {
    }

    /**
     * Ranks are taken within {@code subset} (e.g. the small towns) when given, else among all. {@code scored} is
     * the base run; the weight changes only re-weigh its component values.
     */
    public static Map<String, RankRange> of(ScoringModel model, List<TownScore> scored,
                                            java.util.function.Predicate<TownScore> subset) {
        Map<String, RankRange> out = new HashMap<>();
        for (TownScore s : rank(PotentialScorer.reweighted(scored, model), subset)) {
            out.put(s.town().id(), new RankRange(s.town().id(), s.rank(), s.rank(), s.rank()));
        }
        for (String c : ScoringModel.COMPONENTS) {
            for (double f : new double[] {1 - CHANGE, 1 + CHANGE}) {
                ScoringModel m = model.withWeight(c, model.weights().get(c) * f);
                for (TownScore s : rank(PotentialScorer.reweighted(scored, m), subset)) {
                    RankRange r = out.get(s.town().id());
                    out.put(s.town().id(), new RankRange(r.townId(), r.base(), Math.min(r.best(), s.rank()),
                            Math.max(r.worst(), s.rank())));
                }
            }
        }
        return out;
    }

    static List<TownScore> rank(List<TownScore> all, java.util.function.Predicate<TownScore> subset) {
        return PotentialScorer.ranked(subset == null ? all : all.stream().filter(subset).toList());
    }
}
