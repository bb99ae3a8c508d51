package io.parhub.calendar;

import io.parhub.calendar.store.HolidayRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The holidays of one Gregorian year as the rules in force compute them, without any official schedule:
 * each rule's days, then a compensatory day off (nghỉ bù) on the next weekday that is not itself a holiday for
 * every holiday that falls on a weekend (Bộ luật Lao động 2019 Điều 111 khoản 3; BLLĐ 2012 Điều 115 khoản 3).
 */
final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    static Map<LocalDate, CalendarDay> of(int year, List<HolidayRule> rules) {
        // the neighbouring years too: a lunar rule of month 11 or 12 falls in the next Gregorian year, an offset or
        // a long holiday may cross 1 January, and a holiday on Saturday 31/12 gives a compensatory day in January
        Map<LocalDate, CalendarDay> days = new TreeMap<>();
        LocalDate spanStart = LocalDate.of(year - 1, 1, 1);
        LocalDate spanEnd = LocalDate.of(year + 1, 12, 31);
        for (HolidayRule rule : rules) {
            if (rule.validFrom().isAfter(spanEnd) || (rule.validTo() != null && rule.validTo().isBefore(spanStart))) {
                continue;
            }
            for (int anchorYear = year - 1; anchorYear <= year + 1; anchorYear++) {
                LocalDate anchor = anchor(rule, anchorYear);
                if (anchor == null || !rule.inForceOn(anchor)) {
                    continue;
                }
                LocalDate first = anchor.plusDays(rule.startOffset());
                for (int i = 0; i < rule.days(); i++) {
                    put(days, first.plusDays(i), rule);
                }
                if (rule.adjacentDay()) {
                    put(days, adjacentDay(anchor), rule);
                }
            }
        }
        addCompensatoryDays(days, rules);
        days.keySet().removeIf(date -> date.getYear() != year);
        return days;
    }

    /**
     * The day next to 2/9 that Quốc khánh takes when no official schedule says otherwise (Điều 112 khoản 1 điểm đ:
     * "02/9 và 01 ngày liền kề trước hoặc sau"). Choice: the neighbour that is a weekday joining the break to a
     * weekend — after 2/9 when it is a Sunday, Monday or Thursday, before it otherwise (Wednesday: before, as the
     * 2025 and 2026 announcements chose). It reproduces every announcement of 2021–2026.
     */
    static LocalDate adjacentDay(LocalDate anchor) {
        DayOfWeek dow = anchor.getDayOfWeek();
        boolean after = dow == DayOfWeek.SUNDAY || dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY;
        return after ? anchor.plusDays(1) : anchor.minusDays(1);
    }

    /**
     * The date of a rule in a Gregorian year, null when it has none (29/2 in a common year). Lunar rules use the
     * lunar year that starts in it; day 30 of a lunar month that has only 29 days is its last day, the 29th.
     */
    private static @Nullable LocalDate anchor(HolidayRule rule, int year) {
        if (!rule.lunar()) {
            return rule.month() == 2 && rule.day() == 29 && !Year.isLeap(year)
                    ? null : LocalDate.of(year, rule.month(), rule.day());
        }
        LocalDate date = LunarCalendar.toSolar(new LunarDate(1, rule.month(), year, false))
                .plusDays(rule.day() - 1L);
        if (rule.day() == 30 && LunarCalendar.of(date).day() != 30) {
            date = date.minusDays(1);
        }
        return date;
    }

    private static void put(Map<LocalDate, CalendarDay> days, LocalDate date, HolidayRule rule) {
        days.putIfAbsent(date, new CalendarDay(date, false, DayKind.HOLIDAY, rule.occasion(), rule.name(),
                DaySource.STATUTORY_RULE, rule.legalBasis()));
    }

    private static void addCompensatoryDays(Map<LocalDate, CalendarDay> days, List<HolidayRule> rules) {
        for (CalendarDay holiday : List.copyOf(days.values())) {
            if (!isWeekend(holiday.date())) {
                continue;
            }
            LocalDate candidate = holiday.date().plusDays(1);
            while (isWeekend(candidate) || days.containsKey(candidate)) {
                candidate = candidate.plusDays(1);
            }
            String basis = rules.stream().filter(r -> r.occasion().equals(holiday.occasion())
                            && r.inForceOn(holiday.date()))
                    .map(HolidayRule::compensatoryBasis).findFirst().orElse("");
            days.put(candidate, new CalendarDay(candidate, false, DayKind.COMPENSATORY_DAY_OFF, holiday.occasion(),
                    holiday.occasionName(), DaySource.STATUTORY_RULE,
                    basis + " (nghỉ bù ngày " + holiday.date() + ")"));
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
