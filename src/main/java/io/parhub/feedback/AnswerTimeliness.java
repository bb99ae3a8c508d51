package io.parhub.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Feedback whose answer was due in a period at some agencies, and how many were answered by their due day. An answer
 * still awaited before its due day is not counted yet (it can still be on time).
 */
public record AnswerTimeliness(int due, int answeredOnTime) {

    /** Percent answered on time, half-up to two decimals; empty when nothing was due. */
    public Optional<BigDecimal> rate() {
        return due == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(answeredOnTime * 100L)
                .divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP));
    }
}
