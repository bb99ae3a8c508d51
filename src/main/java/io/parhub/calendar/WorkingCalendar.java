package io.parhub.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The working-day calendar of state agencies and the deadline arithmetic built on it. All dates are Vietnam local
 * dates; a date counts as it is in the official schedule of its year when there is one, otherwise as computed
 * from the holiday rules in force on it.
 */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate date);

    CalendarDay day(LocalDate date);

    /** Every day from {@code from} to {@code to}, both included. */
    List<CalendarDay> days(LocalDate from, LocalDate to);

    /** The first working day strictly after {@code date}. */
    LocalDate nextWorkingDay(LocalDate date);

    /**
     * The day on which a period of {@code workingDays} working days ends when it starts the day after {@code start}
     * (Bộ luật Dân sự 2015 Điều 147: the day of the event is not counted). Zero returns {@code start}.
     */
    LocalDate addWorkingDays(LocalDate start, int workingDays);

    /**
     * When a period counted from the receipt of a dossier ends, with the office hours of {@code agencyCode} (the
     * default office hours when null or unknown). A dossier received at or after the agency's cut-off, or on a
     * day off, counts as received on the next working day.
     */
    Due due(LocalDateTime receivedAt, TimeLimit limit, @Nullable String agencyCode);

    LunarDate lunar(LocalDate date);
}
