package io.parhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.calendar.store.HolidayRule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Rules an administrator may add that the shipped ones do not exercise: lunar dates late in the lunar year (they
 * fall in the next Gregorian year), day 30 of a 29-day lunar month, holidays around 1 January.
 */
class HolidayRuleShapesTest {

    private static HolidayRule rule(String occasion, boolean lunar, int month, int day, int offset, int days,
            @Nullable LocalDate validTo) {
        return new HolidayRule(occasion, occasion, "Ngày thử nghiệm " + occasion, "Test day " + occasion, lunar, month,
                day, offset, days, false, LocalDate.of(2021, 1, 1), validTo, "Căn cứ thử nghiệm",
                "Bộ luật Lao động 2019 Điều 111 khoản 3");
    }

    private static CalendarDay day(List<HolidayRule> rules, LocalDate date) {
        return YearCalendar.of(date.getYear(), rules, null).day(date);
    }

    @Test
    void aLunarDateOfTheTwelfthMonthFallsInTheNextGregorianYear() {
        // 23 tháng Chạp of lunar year 2026 (Bính Ngọ) is 30/1/2027 (Tết Đinh Mùi is 6/2/2027)
        List<HolidayRule> rules = List.of(rule("kitchen_gods", true, 12, 23, 0, 1, null));
        LocalDate date = LunarCalendar.toSolar(new LunarDate(23, 12, 2026, false));
        assertThat(date).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(day(rules, date)).extracting(CalendarDay::kind, CalendarDay::occasion)
                .containsExactly(DayKind.HOLIDAY, "kitchen_gods");
        assertThat(day(rules, LocalDate.of(2027, 2, 1)).kind()).as("Saturday 30/1 → Monday")
                .isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
    }

    @Test
    void dayThirtyOfAShortLunarMonthIsItsLastDay() {
        LunarDate firstOfMonth = null;
        LocalDate start = null;
        for (int month = 1; month < 12 && firstOfMonth == null; month++) {
            LocalDate a = LunarCalendar.toSolar(new LunarDate(1, month, 2030, false));
            LocalDate b = LunarCalendar.toSolar(new LunarDate(1, month + 1, 2030, false));
            if (ChronoUnit.DAYS.between(a, b) == 29 && LunarCalendar.leapMonth(2030) != month) {
                firstOfMonth = new LunarDate(1, month, 2030, false);
                start = a;
            }
        }
        assertThat(firstOfMonth).as("lunar 2030 has a 29-day month").isNotNull();
        List<HolidayRule> rules = List.of(rule("month_end", true, firstOfMonth.month(), 30, 0, 1, null));
        LocalDate last = start.plusDays(28);
        assertThat(LunarCalendar.of(last).day()).isEqualTo(29);
        CalendarDay holiday = day(rules, last);
        assertThat(holiday.occasion()).isEqualTo("month_end");
        assertThat(day(rules, start.plusDays(29)).kind()).as("the next month's first day")
                .isNotEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void aHolidayOnSaturdayThirtyFirstDecemberGivesMondaySecondJanuary() {
        // 31/12/2033 is a Saturday
        List<HolidayRule> rules = List.of(rule("year_end", false, 12, 31, 0, 1, null));
        assertThat(day(rules, LocalDate.of(2033, 12, 31)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day(rules, LocalDate.of(2034, 1, 2))).extracting(CalendarDay::kind, CalendarDay::occasion)
                .containsExactly(DayKind.COMPENSATORY_DAY_OFF, "year_end");
    }

    @Test
    void aHolidayCrossingNewYearIsInBothYearsAndARuleEndsOnItsLastDay() {
        // three days from 30/12: 30/12, 31/12 and 1/1 of the next year; in force until 31/12/2030
        List<HolidayRule> rules = List.of(rule("winter", false, 12, 30, 0, 3, LocalDate.of(2030, 12, 31)));
        assertThat(day(rules, LocalDate.of(2029, 1, 1)).occasion()).as("from 30/12/2028").isEqualTo("winter");
        assertThat(day(rules, LocalDate.of(2030, 12, 30)).occasion()).isEqualTo("winter");
        assertThat(day(rules, LocalDate.of(2031, 1, 1)).occasion()).as("anchored on 30/12/2030, in force")
                .isEqualTo("winter");
        assertThat(day(rules, LocalDate.of(2031, 12, 30)).occasion()).as("after valid_to").isNull();
        assertThat(day(rules, LocalDate.of(2032, 1, 1)).occasion()).isNull();
    }
}
