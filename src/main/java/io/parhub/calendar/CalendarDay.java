package io.parhub.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One date as a state agency sees it: working or not, and why.
 *
 * @param occasion the occasion code of the holiday it belongs to (e.g. {@code tet}), null for plain days
 * @param occasionName the holiday's name (e.g. "Tết Âm lịch"), null for plain days
 * @param source where the status comes from; null for an ordinary working day
 * @param legalBasis the article or announcement behind it; null for an ordinary working day
 */
public record CalendarDay(LocalDate date, boolean working, DayKind kind, @Nullable String occasion,
        @Nullable String occasionName, @Nullable DaySource source, @Nullable String legalBasis) {

    /** The reason code of a day that is not an ordinary working day, e.g. {@code holiday}; null otherwise. */
    public @Nullable String reason() {
        return kind == DayKind.WORKING_DAY ? null : kind.code();
    }
}
