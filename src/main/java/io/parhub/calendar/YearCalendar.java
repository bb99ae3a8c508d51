package io.parhub.calendar;

import io.parhub.calendar.store.HolidayRule;
import io.parhub.calendar.store.ScheduleDay;
import io.parhub.calendar.store.ScheduleKind;
import io.parhub.calendar.store.YearSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every special day of one Gregorian year. The official schedule, when there is one, replaces the computed days of
 * each occasion it lists (an announcement of Tết only leaves the computed 30/4 in place); computed holidays of a
 * replaced occasion that fall on a weekend stay visible, as they change nothing.
 */
final class YearCalendar {

    /** Weekly rest of state agencies: the 40-hour week, Saturday and Sunday off. */
    static final String WEEKEND_BASIS = "Quyết định 188/1999/QĐ-TTg (tuần làm việc 40 giờ, nghỉ thứ Bảy và Chủ nhật)";

    private final int year;
    private final Map<LocalDate, CalendarDay> special;

    private YearCalendar(int year, Map<LocalDate, CalendarDay> special) {
        this.year = year;
        this.special = special;
    }

    static YearCalendar of(int year, List<HolidayRule> rules, @Nullable YearSchedule schedule) {
        Map<LocalDate, CalendarDay> computed = StatutoryHolidays.of(year, rules);
        if (schedule == null || schedule.days().isEmpty()) {
            return new YearCalendar(year, computed);
        }
        Set<String> covered = schedule.days().stream().map(ScheduleDay::occasion).collect(Collectors.toSet());
        Map<LocalDate, CalendarDay> days = new TreeMap<>();
        computed.forEach((date, day) -> {
            boolean replaced = covered.contains(day.occasion());
            if (!replaced || (day.kind() == DayKind.HOLIDAY && StatutoryHolidays.isWeekend(date))) {
                days.put(date, day);
            }
        });
        for (ScheduleDay official : schedule.days()) {
            DayKind kind = kindOf(official.kind());
            days.put(official.date(), new CalendarDay(official.date(), kind.working(), kind, official.occasion(),
                    official.occasionName(), DaySource.OFFICIAL_SCHEDULE, official.legalBasis()));
        }
        return new YearCalendar(year, days);
    }

    CalendarDay day(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        CalendarDay day = special.get(date);
        if (day != null) {
            return day;
        }
        if (StatutoryHolidays.isWeekend(date)) {
            return new CalendarDay(date, false, DayKind.WEEKEND, null, null, DaySource.WEEKLY_REST, WEEKEND_BASIS);
        }
        return new CalendarDay(date, true, DayKind.WORKING_DAY, null, null, null, null);
    }

    private static DayKind kindOf(ScheduleKind kind) {
        return switch (kind) {
            case HOLIDAY -> DayKind.HOLIDAY;
            case COMPENSATORY_DAY_OFF -> DayKind.COMPENSATORY_DAY_OFF;
            case SWAPPED_DAY_OFF -> DayKind.SWAPPED_DAY_OFF;
            case MAKE_UP_WORKING_DAY -> DayKind.MAKE_UP_WORKING_DAY;
        };
    }
}
