package io.parhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Holidays computed from the rules alone, as the Labour Code states them, with no official schedule. */
class HolidayComputationTest {

    private final WorkingCalendar calendar = TestCalendars.computed();

    private CalendarDay day(int y, int m, int d) {
        return calendar.day(LocalDate.of(y, m, d));
    }

    @Test
    void reunificationAndLabourDayOnAWeekendGiveTwoCompensatoryDays() {
        // 30/4/2022 is a Saturday, 1/5/2022 a Sunday: BLLĐ 2019 Điều 111 khoản 3 gives Monday and Tuesday off
        assertThat(day(2022, 4, 30).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2022, 4, 30).occasionName()).isEqualTo("Ngày Chiến thắng (30/4)");
        assertThat(day(2022, 5, 2).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(day(2022, 5, 3).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(day(2022, 5, 3).legalBasis()).contains("Điều 111 khoản 3");
        assertThat(day(2022, 5, 4).working()).isTrue();
    }

    @Test
    void hungKingsDayOnSunday2026MovesToMonday() {
        // 10/3 Bính Ngọ is Sunday 26/4/2026
        assertThat(day(2026, 4, 26)).extracting(CalendarDay::kind, CalendarDay::occasion)
                .containsExactly(DayKind.HOLIDAY, "hung_kings");
        assertThat(day(2026, 4, 27)).extracting(CalendarDay::kind, CalendarDay::working, CalendarDay::source)
                .containsExactly(DayKind.COMPENSATORY_DAY_OFF, false, DaySource.STATUTORY_RULE);
    }

    @Test
    void tetIsTheLastDayOfTheLunarYearAndTheFirstFourDays() {
        // Tết Bính Ngọ: 1/1 is Tuesday 17/2/2026, so 29 Chạp (16/2) to mùng 4 (20/2)
        assertThat(calendar.days(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20)))
                .allSatisfy(d -> assertThat(d.kind()).isEqualTo(DayKind.HOLIDAY))
                .allSatisfy(d -> assertThat(d.legalBasis()).isEqualTo("Bộ luật Lao động 2019 Điều 112"));
        assertThat(day(2026, 2, 13).working()).isTrue();
        assertThat(day(2026, 2, 23).working()).isTrue();
    }

    @Test
    void tetOnAWeekendPushesCompensatoryDaysPastTheOtherTetDays() {
        // Tết Giáp Thìn: 30 Chạp Fri 9/2/2024, mùng 1–2 on Sat–Sun, mùng 3–4 Mon–Tue → nghỉ bù Wed 14 and Thu 15
        assertThat(day(2024, 2, 9).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2024, 2, 10).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2024, 2, 13).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2024, 2, 14).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(day(2024, 2, 15).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(day(2024, 2, 16).working()).isTrue();
    }

    @Test
    void nationalDayTakesTheAdjacentDayThatJoinsAWeekendSince2021() {
        assertThat(day(2021, 9, 3).kind()).as("Thu 2/9/2021 → Fri 3/9").isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2022, 9, 1).kind()).as("Fri 2/9/2022 → Thu 1/9").isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2024, 9, 3).kind()).as("Mon 2/9/2024 → Tue 3/9").isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2025, 9, 1).kind()).as("Tue 2/9/2025 → Mon 1/9").isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2023, 9, 1).kind()).as("Sat 2/9/2023 → Fri 1/9").isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2023, 9, 4).kind()).as("Sat 2/9/2023 → nghỉ bù Mon 4/9")
                .isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
    }

    @Test
    void theLabourCode2012GaveOneDayForNationalDay() {
        // BLLĐ 2012 Điều 115: 2/9 only; Wed 2/9/2020 with Tue 1/9 and Thu 3/9 working
        assertThat(day(2020, 9, 2).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day(2020, 9, 2).legalBasis()).isEqualTo("Bộ luật Lao động 2012 Điều 115");
        assertThat(day(2020, 9, 1).working()).isTrue();
        assertThat(day(2020, 9, 3).working()).isTrue();
    }

    @Test
    void weekendsAreWeeklyRestAndOrdinaryDaysHaveNoReason() {
        assertThat(day(2026, 3, 7)).extracting(CalendarDay::kind, CalendarDay::source, CalendarDay::reason)
                .containsExactly(DayKind.WEEKEND, DaySource.WEEKLY_REST, "weekend");
        assertThat(day(2026, 3, 9)).extracting(CalendarDay::working, CalendarDay::reason, CalendarDay::source)
                .containsExactly(true, null, null);
    }
}
