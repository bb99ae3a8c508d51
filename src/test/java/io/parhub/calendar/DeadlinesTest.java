package io.parhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Deadline arithmetic (Bộ luật Dân sự 2015 Điều 147–148) on the official calendar, with default office hours
 * 07:00–11:30, 13:00–17:00 and a 15:00 cut-off.
 */
class DeadlinesTest {

    private final WorkingCalendar calendar = TestCalendars.official();

    private Due due(String receivedAt, TimeLimit limit) {
        return calendar.due(LocalDateTime.parse(receivedAt), limit, null);
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeTet2026() {
        // Fri 13/2 counts; Tết 16–20/2 and the weekends are skipped: 23, 24, 25, 26, 27/2
        Due due = due("2026-02-13T10:00", TimeLimit.workingDays(5));
        assertThat(due.deemedReceivedOn()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(due.time()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void threeWorkingDaysAcrossReunificationLabourDayAndTheSwappedFriday2025() {
        // 30/4, 1/5 holidays, 2/5 swapped off, 3–4/5 weekend: 5, 6, 7/5
        assertThat(due("2025-04-29T09:00", TimeLimit.workingDays(3)).date()).isEqualTo(LocalDate.of(2025, 5, 7));
    }

    @Test
    void receiptAfterTheCutOffCountsFromTheNextWorkingDay() {
        Due due = due("2025-04-29T15:30", TimeLimit.workingDays(3));
        assertThat(due.deemedReceivedOn()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(due.date()).isEqualTo(LocalDate.of(2025, 5, 8));
        assertThat(due("2025-04-29T14:59", TimeLimit.workingDays(3)).date()).isEqualTo(LocalDate.of(2025, 5, 7));
    }

    @Test
    void aMakeUpSaturdayIsAnOrdinaryDayOfReceipt() {
        // Sat 26/4/2025 is worked: it counts as the day of receipt; 28/4, 29/4, then 5/5
        Due due = due("2025-04-26T10:00", TimeLimit.workingDays(3));
        assertThat(due.deemedReceivedOn()).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(due.date()).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void receiptOnAnOrdinarySaturdayCountsFromMonday() {
        Due due = due("2026-03-07T09:00", TimeLimit.workingDays(2));
        assertThat(due.deemedReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void calendarDaysEndingOnAHolidayEndOnTheNextWorkingDay() {
        // 20/4/2026 + 10 days = Thu 30/4 (holiday); 1/5 holiday, 2–3/5 weekend → Mon 4/5
        assertThat(due("2026-04-20T09:00", TimeLimit.calendarDays(10)).date()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(due("2026-03-02T09:00", TimeLimit.calendarDays(3)).date()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void workingHoursRunInsideTheMorningAndAfternoonSessions() {
        assertThat(due("2026-03-02T10:00", TimeLimit.workingHours(4)).at())
                .isEqualTo(LocalDateTime.parse("2026-03-02T15:30"));
        assertThat(due("2026-03-02T14:00", TimeLimit.workingHours(4)).at())
                .isEqualTo(LocalDateTime.parse("2026-03-03T08:00"));
        assertThat(due("2026-03-02T06:30", TimeLimit.workingHours(4)).at())
                .isEqualTo(LocalDateTime.parse("2026-03-02T11:00"));
        assertThat(due("2026-03-02T12:00", TimeLimit.workingHours(2)).at())
                .isEqualTo(LocalDateTime.parse("2026-03-02T15:00"));
    }

    @Test
    void workingHoursAfterTheCutOffStartAtTheNextOpening() {
        assertThat(due("2026-03-02T16:00", TimeLimit.workingHours(4)).at())
                .isEqualTo(LocalDateTime.parse("2026-03-03T11:00"));
    }

    @Test
    void workingHoursSkipTet() {
        // Fri 13/2/2026 14:00–17:00 = 3 h; Mon 23/2 07:00–11:30 = 4.5 h; 13:00–13:30 = 0.5 h
        assertThat(due("2026-02-13T14:00", TimeLimit.workingHours(8)).at())
                .isEqualTo(LocalDateTime.parse("2026-02-23T13:30"));
    }

    @Test
    void sameDayMeansByTheEndOfOfficeHoursOfTheDeemedDayOfReceipt() {
        assertThat(due("2026-03-02T09:00", TimeLimit.sameDay()).at())
                .isEqualTo(LocalDateTime.parse("2026-03-02T17:00"));
        assertThat(due("2026-03-02T15:10", TimeLimit.sameDay()).at())
                .isEqualTo(LocalDateTime.parse("2026-03-03T17:00"));
    }

    @Test
    void addingWorkingDaysDoesNotCountTheStartDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 0)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 8, 28))).isEqualTo(LocalDate.of(2026, 9, 3));
    }
}
