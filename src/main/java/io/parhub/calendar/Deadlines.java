package io.parhub.calendar;

import io.parhub.calendar.store.OfficeHours;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Counting periods from the receipt of a dossier (Bộ luật Dân sự 2015 Điều 147–148):
 * <ul>
 *   <li>receipt at or after the agency's cut-off, or on a day off, counts as receipt on the next working day
 *       (Nghị định 61/2018/NĐ-CP Điều 18 and practice);</li>
 *   <li>a period in days starts the day after receipt (Điều 147 khoản 1), so the day of receipt is not counted;</li>
 *   <li>a period in days ends at the end of its last day; when that day is not a working day it ends at the end of
 *       the next working day (Điều 148 khoản 1 and 5) — for working days the last day is a working day anyway;</li>
 *   <li>hour periods run inside office hours only, from the (deemed) moment of receipt.</li>
 * </ul>
 */
final class Deadlines {

    private final WorkingCalendar calendar;

    Deadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Due due(LocalDateTime receivedAt, TimeLimit limit, OfficeHours hours) {
        LocalDate receiptDay = receivedAt.toLocalDate();
        boolean deferred = !calendar.isWorkingDay(receiptDay) || !receivedAt.toLocalTime().isBefore(hours.cutoff());
        LocalDate deemed = deferred ? calendar.nextWorkingDay(receiptDay) : receiptDay;
        return switch (limit.unit()) {
            case WORKING_DAYS -> new Due(receivedAt, deemed, limit, calendar.addWorkingDays(deemed, limit.amount()),
                    hours.close());
            case CALENDAR_DAYS -> {
                LocalDate last = deemed.plusDays(limit.amount());
                yield new Due(receivedAt, deemed, limit,
                        calendar.isWorkingDay(last) ? last : calendar.nextWorkingDay(last), hours.close());
            }
            case SAME_DAY -> new Due(receivedAt, deemed, limit, deemed, hours.close());
            case WORKING_HOURS -> {
                LocalDateTime start = deferred ? deemed.atTime(hours.open()) : receivedAt;
                LocalDateTime end = addWorkingTime(start, Duration.ofHours(limit.amount()), hours);
                yield new Due(receivedAt, deemed, limit, end.toLocalDate(), end.toLocalTime());
            }
        };
    }

    /** Adds working time inside the morning and afternoon sessions of working days. */
    private LocalDateTime addWorkingTime(LocalDateTime start, Duration amount, OfficeHours hours) {
        LocalDate day = start.toLocalDate();
        LocalTime from = start.toLocalTime();
        Duration left = amount;
        while (true) {
            if (calendar.isWorkingDay(day)) {
                for (LocalTime[] session : new LocalTime[][] {{hours.morningOpen(), hours.morningClose()},
                        {hours.afternoonOpen(), hours.afternoonClose()}}) {
                    LocalTime begin = from.isAfter(session[0]) ? from : session[0];
                    if (!begin.isBefore(session[1])) {
                        continue;
                    }
                    Duration available = Duration.between(begin, session[1]);
                    if (left.compareTo(available) <= 0) {
                        return day.atTime(begin.plus(left));
                    }
                    left = left.minus(available);
                }
            }
            day = calendar.nextWorkingDay(day);
            from = LocalTime.MIN;
        }
    }
}
