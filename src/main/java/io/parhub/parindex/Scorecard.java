package io.parhub.parindex;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A unit's scorecard: every row of its set with the scores, the areas with their gap to the maximum, the total. */
public record Scorecard(Cycle cycle, Entry entry, CriteriaSet set, List<Line> lines, List<Area> areas,
        BigDecimal total, BigDecimal maxTotal, BigDecimal percent, Band band, List<Evidence> evidence) {

    /** A row of the set; {@code score} is null for areas and criteria with children. */
    public record Line(Criterion criterion, boolean leaf, @Nullable Score score) {
    }

    public record Area(String code, String name, BigDecimal score, BigDecimal max, BigDecimal gap,
            BigDecimal percent) {
    }

    public long sentBack() {
        return lines.stream().filter(l -> l.score() != null && l.score().sentBack()).count();
    }
}
