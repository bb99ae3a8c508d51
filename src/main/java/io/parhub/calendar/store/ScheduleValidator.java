package io.parhub.calendar.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks an official schedule passes before it replaces the year's schedule: dates in that year, each date
 * once, known occasions, a legal basis on every row, make-up working days on Saturdays only (làm bù is always a
 * Saturday in the announcements) and days off on weekdays only (a weekend is off anyway).
 */
final class ScheduleValidator {

    private ScheduleValidator() {
    }

    static List<ScheduleProblem> check(int year, List<ScheduleDay> days, Set<String> occasions) {
        List<ScheduleProblem> problems = new ArrayList<>();
        if (year < 1900 || year > 2199) {
            problems.add(new ScheduleProblem(0, "calendar.schedule.error.year", year));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            ScheduleDay day = days.get(i);
            int row = i + 1;
            LocalDate date = day.date();
            if (date.getYear() != year) {
                problems.add(new ScheduleProblem(row, "calendar.schedule.error.other-year", row, date, year));
            }
            if (!seen.add(date)) {
                problems.add(new ScheduleProblem(row, "calendar.schedule.error.duplicate", row, date));
            }
            boolean saturday = date.getDayOfWeek() == DayOfWeek.SATURDAY;
            boolean weekend = saturday || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (day.kind() == ScheduleKind.MAKE_UP_WORKING_DAY && !saturday) {
                problems.add(new ScheduleProblem(row, "calendar.schedule.error.make-up-not-saturday", row, date));
            }
            if (day.kind() != ScheduleKind.MAKE_UP_WORKING_DAY && weekend) {
                problems.add(new ScheduleProblem(row, "calendar.schedule.error.day-off-on-weekend", row, date));
            }
            if (!occasions.contains(day.occasion())) {
                problems.add(new ScheduleProblem(row, "calendar.schedule.error.occasion", row, day.occasion()));
            }
            if (day.legalBasis().isBlank()) {
                problems.add(new ScheduleProblem(row, "calendar.schedule.error.legal-basis", row));
            }
        }
        return problems;
    }
}
