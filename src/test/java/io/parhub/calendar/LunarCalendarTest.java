package io.parhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;

/**
 * The lunar calendar against published almanac values, never against values produced by this code.
 *
 * <p>{@code calendar/almanac.csv} (each row names its source): Vietnamese almanac pages (lichamvn.net,
 * lichngaytot.com), the government's holiday announcements for Tết 2024–2026, Wikipedia's articles "Vietnamese
 * calendar" and "Tết" for the years in which Vietnam (UTC+7) and China (UTC+8) differ (1968, 1985, 2007, 2030,
 * 2053), a Vietnamese calendar-department expert on the month that started on 25/6/2006 in Vietnam but 26/6 in
 * China, and published lists of Chinese New Year dates (Wikipedia's table copied at fedest.com/101kidz.com for
 * 1996–2019, dealbliss.com for 2020–2043) for the years in which, per the same Wikipedia articles, Tết falls on
 * the same day. {@code calendar/leap-months.csv}: Vietnamese pages on lunar leap years (xemtuong.net, wiindi.net,
 * alokhoai.com, ngoisao.vn, nhansu.vn).
 */
class LunarCalendarTest {

    @ParameterizedTest(name = "{0} is {1}/{2}/{3} ({5})")
    @CsvFileSource(resources = "/calendar/almanac.csv", numLinesToSkip = 1)
    void matchesThePublishedAlmanac(LocalDate solar, int day, int month, int year, boolean leap, String what) {
        LunarDate expected = new LunarDate(day, month, year, leap);

        assertThat(LunarCalendar.of(solar)).isEqualTo(expected);
        assertThat(LunarCalendar.toSolar(expected)).isEqualTo(solar);
    }

    @ParameterizedTest(name = "lunar year {0} has leap month {1}")
    @CsvFileSource(resources = "/calendar/leap-months.csv", numLinesToSkip = 1)
    void placesLeapMonthsAsPublished(int year, int leapMonth) {
        assertThat(LunarCalendar.leapMonth(year)).isEqualTo(leapMonth);
        LocalDate firstLeapDay = LunarCalendar.toSolar(new LunarDate(1, leapMonth, year, true));
        assertThat(LunarCalendar.of(firstLeapDay)).isEqualTo(new LunarDate(1, leapMonth, year, true));
        assertThat(LunarCalendar.of(firstLeapDay.minusDays(1))).extracting(LunarDate::month, LunarDate::leapMonth)
                .containsExactly(leapMonth, false);
    }

    @Test
    void yearsWithoutLeapMonthHaveNone() {
        // 2024 (Giáp Thìn) and 2026 (Bính Ngọ) have 12 months: Tết 2024-02-10 → Tết 2025-01-29 is 354 days
        assertThat(LunarCalendar.leapMonth(2024)).isZero();
        assertThat(LunarCalendar.leapMonth(2026)).isZero();
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(1, 6, 2026, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheYearBySexagenaryCycle() {
        assertThat(LunarCalendar.of(LocalDate.of(2026, 2, 17)).yearName()).isEqualTo("Bính Ngọ");
        assertThat(LunarCalendar.of(LocalDate.of(2025, 1, 29)).yearName()).isEqualTo("Ất Tỵ");
        assertThat(LunarCalendar.of(LocalDate.of(2024, 2, 9)).yearName()).isEqualTo("Quý Mão");
    }

    @Test
    void everyDayFrom1900To2100MapsBackToItself() {
        LunarDate previous = LunarCalendar.of(LocalDate.of(1900, 1, 31));
        for (LocalDate d = LocalDate.of(1900, 2, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.of(d);
            assertThat(LunarCalendar.toSolar(lunar)).as("%s → %s", d, lunar).isEqualTo(d);
            assertThat(lunar.day() == 1 || lunar.day() == previous.day() + 1).as("day after %s", previous).isTrue();
            assertThat(lunar.day()).isBetween(1, 30);
            previous = lunar;
        }
    }
}
