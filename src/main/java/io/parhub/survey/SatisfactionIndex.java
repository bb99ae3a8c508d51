package io.parhub.survey;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The satisfaction index, read-only, for pages, the public API and other modules (the PAR Index takes a unit's
 * figure as a criterion source). Computed from the answers when asked: nothing is stored as a total.
 */
public interface SatisfactionIndex {

    /** The whole index of a round; a 404 problem when there is no such round. */
    RoundIndex round(long roundId);

    /**
     * The figure of a surveyed unit (or of a round's scope, e.g. the province) in {@code year}, from the latest round
     * of that year that surveyed it; empty when no round did.
     */
    Optional<UnitSatisfaction> forUnit(String unitCode, int year);

    /** @param rate null when the unit had too few answered forms for a figure */
    record UnitSatisfaction(String unitCode, int year, long roundId, @Nullable BigDecimal rate, int responses,
            boolean enough, BigDecimal targetRate) {
    }
}
