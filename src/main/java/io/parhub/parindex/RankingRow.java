package io.parhub.parindex;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a year's ranking as the public API gives it. {@code band} is the band's Vietnamese name as published;
 * {@code rank} is the competition rank inside the group (ties share a rank, the next rank skips), null for a unit
 * scored for monitoring but not ranked.
 */
public record RankingRow(String unitCode, String unitName, UnitGroup group, BigDecimal score, BigDecimal maxScore,
        BigDecimal percent, String band, @Nullable Integer rank) {
}
