package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.core.model.ScoringModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking tab on the sample: small towns by default, the analysis's one rank, ranges, weights rescore. */
class RankingViewModelTest {

    @Test
    void smallTownsRankedWithRangesAndWeightsRescore(@TempDir Path dir) {
        MainViewModel vm = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(dir.resolve("s.json")),
                Runnable::run, Runnable::run);
        RankingViewModel ranking = new RankingViewModel(vm.analysis());
        vm.open(Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap"));
        assertEquals(26, vm.analysis().scoresProperty().get().size());
        assertEquals(11, ranking.rows().size(), "small towns by default");
        int previous = 0;
        for (var row : ranking.rows()) {
            var same = vm.analysis().score(row.town()).orElseThrow();
            assertEquals(same.rank(), row.rank(), "the card's rank (TownScore.rank) is the table's");
            assertTrue(row.rank() > previous, "in rank order");
            previous = row.rank();
            var r = ranking.ranges().get(row.town().id());
            assertTrue(r.best() <= row.rank() && row.rank() <= r.worst(), "the range brackets the rank shown");
        }
        assertTrue(ranking.rows().get(ranking.rows().size() - 1).rank() > 11, "ranked among all towns, not the class");
        assertEquals(26, ranking.rankedAmong());
        ranking.sizeClassProperty().set("all");
        assertEquals(26, ranking.rows().size());
        for (int i = 0; i < 26; i++) {
            assertEquals(i + 1, ranking.rows().get(i).rank());
        }
        ranking.sizeClassProperty().set("settlements");
        assertEquals(249, ranking.rows().size(), "the settlements layer is scored too");
        ranking.sizeClassProperty().set("all");
        double before = vm.analysis().scoresProperty().get().get(0).score();
        vm.analysis().scoringProperty().set(ScoringModel.defaults().withWeight(ScoringModel.ACCESSIBILITY, 0));
        assertTrue(vm.analysis().scoresProperty().get().get(0).score() != before, "new weights, new scores");
    }
}
