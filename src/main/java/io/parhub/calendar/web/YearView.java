package io.parhub.calendar.web;

import io.parhub.calendar.CalendarDay;
import io.parhub.calendar.DayKind;
import io.parhub.calendar.LunarDate;
import io.parhub.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the year page shows: twelve month grids (Monday first) and the list of special days. */
record YearView(int year, List<Month> months, List<CalendarDay> specialDays) {

    /** One cell of a month grid; {@code lunarLabel} is the lunar day, with the month on its first day. */
    record Cell(LocalDate date, int day, String kind, boolean working, String lunarLabel, boolean lunarMonthStart,
            @Nullable String occasionName) {
    }

    /** A month; weeks hold seven cells each, null for the padding days of the neighbouring months. */
    record Month(int month, List<List<@Nullable Cell>> weeks) {
    }

    static YearView of(int year, WorkingCalendar calendar) {
        List<Month> months = new ArrayList<>();
        List<CalendarDay> special = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<List<@Nullable Cell>> weeks = new ArrayList<>();
            List<@Nullable Cell> week = new ArrayList<>();
            for (int pad = 1; pad < ym.atDay(1).getDayOfWeek().getValue(); pad++) {
                week.add(null);
            }
            for (CalendarDay day : calendar.days(ym.atDay(1), ym.atEndOfMonth())) {
                week.add(cell(day, calendar.lunar(day.date())));
                if (day.kind() != DayKind.WORKING_DAY && day.kind() != DayKind.WEEKEND) {
                    special.add(day);
                }
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return new YearView(year, months, special);
    }

    private static Cell cell(CalendarDay day, LunarDate lunar) {
        boolean monthStart = lunar.day() == 1 || day.date().getDayOfMonth() == 1;
        String label = monthStart
                ? lunar.day() + "/" + lunar.month() + (lunar.leapMonth() ? "N" : "")
                : String.valueOf(lunar.day());
        return new Cell(day.date(), day.date().getDayOfMonth(), day.kind().code().replace('_', '-'), day.working(),
                label, lunar.day() == 1, day.occasionName());
    }
}
