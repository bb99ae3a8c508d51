package io.parhub.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the index, pure: total = sum of the criteria's points; percent = total / maximum × 100, rounded
 * half-up to two decimals (as the province publishes, e.g. 87,33%), and the band is read from that rounded percent;
 * rank = competition rank among the ranked units of the same group on the rounded percent ("1, 2, 2, 4": tied units
 * share the rank and the next one skips); excluded units get a percent and a band but no rank; the year-on-year
 * change is the difference of the rounded percents in percentage points.
 */
public final class Scoring {

    private Scoring() {
    }

    /** A unit's total before ranking. */
    public record Scored(String unitCode, String unitName, UnitGroup group, boolean ranked, BigDecimal score,
            BigDecimal maxScore) {
    }

    /** A unit's place in the year's ranking. */
    public record Ranked(Scored unit, BigDecimal percent, Band band, @Nullable Integer rank,
            @Nullable BigDecimal previousPercent, @Nullable BigDecimal change) {

        public RankingRow row() {
            return new RankingRow(unit.unitCode(), unit.unitName(), unit.group(), unit.score(), unit.maxScore(),
                    percent, band.nameVi(), rank);
        }
    }

    public static BigDecimal total(List<BigDecimal> points) {
        return points.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /** Percent of the maximum, two decimals half-up; 0 when the maximum is 0. */
    public static BigDecimal percent(BigDecimal score, BigDecimal max) {
        if (max.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }

    /**
     * Ranks every unit inside its group. Order: by group, then ranked units by rank (ties by name), then the units
     * not ranked by percent.
     *
     * @param previousPercents last year's percent by unit code, for the change
     */
    public static List<Ranked> rank(List<Scored> units, BandTable bands, Map<String, BigDecimal> previousPercents) {
        List<Ranked> out = new ArrayList<>();
        for (UnitGroup group : UnitGroup.values()) {
            List<Scored> inGroup = units.stream().filter(u -> u.group() == group).toList();
            List<BigDecimal> rankedPercents = inGroup.stream().filter(Scored::ranked)
                    .map(u -> percent(u.score(), u.maxScore())).toList();
            List<Ranked> rows = new ArrayList<>();
            for (Scored u : inGroup) {
                BigDecimal p = percent(u.score(), u.maxScore());
                Integer rank = null;
                if (u.ranked()) {
                    rank = 1 + (int) rankedPercents.stream().filter(o -> o.compareTo(p) > 0).count();
                }
                BigDecimal previous = previousPercents.get(u.unitCode());
                rows.add(new Ranked(u, p, bands.classify(p), rank, previous,
                        previous == null ? null : p.subtract(previous)));
            }
            rows.sort(Comparator.comparing((Ranked r) -> r.rank() == null)
                    .thenComparing(Ranked::percent, Comparator.reverseOrder())
                    .thenComparing(r -> r.unit().unitName()));
            out.addAll(rows);
        }
        return out;
    }

    /** Score of a criterion computed from a rate in percent: maximum × rate / 100, two decimals half-up. */
    public static BigDecimal fromRate(BigDecimal max, BigDecimal ratePercent) {
        BigDecimal capped = ratePercent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return max.multiply(capped).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
