package io.parhub.parindex;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A year's PAR Index cycle; {@code scopeDate} is the day whose agency registry defines the units assessed. */
public record Cycle(long id, int year, CycleStatus status, LocalDate scopeDate, LocalDate selfDeadline,
        @Nullable LocalDate explanationDeadline, Instant openedAt, String openedBy, @Nullable Instant lockedAt,
        @Nullable Instant publishedAt, int version) {
}
