package io.parhub.calendar.web;

import io.parhub.calendar.CalendarDay;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** API view of one day; reason, occasion, source and legal basis are null for an ordinary working day. */
record DayView(LocalDate date, boolean working, @Nullable String reason, @Nullable String occasion,
        @Nullable String occasionName, @Nullable String source, @Nullable String legalBasis) {

    static DayView of(CalendarDay day) {
        return new DayView(day.date(), day.working(), day.reason(), day.occasion(), day.occasionName(),
                day.source() == null ? null : day.source().code(), day.legalBasis());
    }
}
