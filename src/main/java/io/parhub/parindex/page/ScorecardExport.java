package io.parhub.parindex.page;

import io.parhub.parindex.Score;
import io.parhub.parindex.Scorecard;
import io.parhub.parindex.Scoring;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a scorecard export shows besides the lines: whether the results are settled (locked or published: only then a
 * band and a rank are given) and the unit's place in its group.
 *
 * @param placed the unit's line in the year's ranking, null before the results are settled
 * @param rankedInGroup how many units of its group are ranked
 */
record ScorecardExport(Scorecard card, boolean settled, Scoring.@Nullable Ranked placed, long rankedInGroup) {

    static ScorecardExport of(Scorecard card, List<Scoring.Ranked> ranking) {
        if (!card.cycle().status().scoresLocked()) {
            return new ScorecardExport(card, false, null, 0);
        }
        Scoring.Ranked placed = ranking.stream().filter(r -> r.unit().unitCode().equals(card.entry().unitCode()))
                .findFirst().orElse(null);
        long ranked = ranking.stream().filter(r -> r.unit().group() == card.entry().group() && r.rank() != null)
                .count();
        return new ScorecardExport(card, true, placed, ranked);
    }

    /** The sum of one column over the leaves, null when no leaf has a value in it yet. */
    @Nullable BigDecimal sum(Function<Score, @Nullable BigDecimal> column) {
        List<BigDecimal> values = card.lines().stream().filter(Scorecard.Line::leaf).map(Scorecard.Line::score)
                .filter(Objects::nonNull).map(column).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : Scoring.total(values);
    }

    /** Maximum points of the leaves, i.e. of the whole set. */
    BigDecimal max() {
        return card.maxTotal();
    }

    /** The line under the table: rank among the group's ranked units, "not ranked", or "after the lock". */
    String rankText(ExportTexts t) {
        if (!settled || placed == null) {
            return t.get("scorecard.pending");
        }
        if (placed.rank() == null) {
            return t.get("scorecard.not-ranked");
        }
        return t.get("scorecard.rank", placed.rank(), rankedInGroup, t.get("parindex.group." + card.entry().group()));
    }
}
