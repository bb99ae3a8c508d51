package io.parhub.calendar;

import io.parhub.calendar.store.HolidayRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The holidays of one Gregorian year as the rules in force compute them, without any official schedule:
 * each rule's days, then a compensatory day off (nghỉ bù) on the next weekday that is not itself a holiday for
 * every holiday that falls on a weekend (Bộ luật Lao động 2019 Điều 111 khoản 3; BLLĐ 2012 Điều 115 khoản 3).
 */
final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    static Map<LocalDate, CalendarDay> of(int year, List<HolidayRule> rules) {
        Map<LocalDate, CalendarDay> days = new TreeMap<>();
        for (HolidayRule rule : rules) {
            LocalDate anchor = anchor(rule, year);
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
        addCompensatoryDays(days, rules);
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

    /** The date of a rule in a Gregorian year; lunar rules use the lunar year that starts in it. */
    private static LocalDate anchor(HolidayRule rule, int year) {
        if (!rule.lunar()) {
            return LocalDate.of(year, rule.month(), rule.day());
        }
        return LunarCalendar.toSolar(new LunarDate(rule.day(), rule.month(), year, false));
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
