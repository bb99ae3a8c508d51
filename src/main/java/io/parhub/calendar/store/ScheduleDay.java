package io.parhub.calendar.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One day of an official yearly schedule.
 *
 * @param occasion the occasion code of the holiday rules it belongs to (e.g. {@code tet}, {@code april30_may1})
 * @param occasionName the occasion as the announcement names it
 */
public record ScheduleDay(LocalDate date, ScheduleKind kind, String occasion, String occasionName, String legalBasis,
        @Nullable String sourceUrl) {
}
