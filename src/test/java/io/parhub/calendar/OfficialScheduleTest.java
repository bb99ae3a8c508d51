package io.parhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shipped official schedules of 2024–2026 override the computed days of the occasions they list. */
class OfficialScheduleTest {

    private final WorkingCalendar computed = TestCalendars.computed();
    private final WorkingCalendar official = TestCalendars.official();

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Test
    void may2025SwapsFridayForSaturday26April() {
        assertThat(computed.isWorkingDay(date(2025, 5, 2))).isTrue();
        CalendarDay swapped = official.day(date(2025, 5, 2));
        assertThat(swapped.kind()).isEqualTo(DayKind.SWAPPED_DAY_OFF);
        assertThat(swapped.source()).isEqualTo(DaySource.OFFICIAL_SCHEDULE);
        assertThat(swapped.legalBasis()).contains("6150/TB-LĐTBXH");

        assertThat(computed.isWorkingDay(date(2025, 4, 26))).isFalse();
        CalendarDay makeUp = official.day(date(2025, 4, 26));
        assertThat(makeUp.working()).isTrue();
        assertThat(makeUp.kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(makeUp.reason()).isEqualTo("make_up_working_day");
    }

    @Test
    void newYear2026SwapsFriday2JanuaryForSaturday10January() {
        assertThat(official.day(date(2026, 1, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(official.day(date(2026, 1, 2)).kind()).isEqualTo(DayKind.SWAPPED_DAY_OFF);
        assertThat(official.day(date(2026, 1, 2)).legalBasis()).contains("12729/VPCP-KGVX");
        assertThat(official.isWorkingDay(date(2026, 1, 10))).isTrue();
        assertThat(computed.isWorkingDay(date(2026, 1, 10))).isFalse();
    }

    @Test
    void tet2025AsAnnouncedReplacesTheComputedDays() {
        // computed: 29 Chạp Tue 28/1 to mùng 4 Sat 1/2, nghỉ bù Mon 3/2; announced: Mon 27/1 to Fri 31/1
        assertThat(computed.day(date(2025, 2, 3)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(official.isWorkingDay(date(2025, 2, 3))).isTrue();
        assertThat(official.day(date(2025, 1, 27)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(official.day(date(2025, 1, 27)).source()).isEqualTo(DaySource.OFFICIAL_SCHEDULE);
    }

    @Test
    void aWeekendHolidayOfAnAnnouncedOccasionStaysVisible() {
        CalendarDay sunday = official.day(date(2026, 4, 26));
        assertThat(sunday.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(sunday.occasionName()).isEqualTo("Giỗ Tổ Hùng Vương");
        assertThat(official.day(date(2026, 4, 27)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(official.day(date(2026, 4, 27)).source()).isEqualTo(DaySource.OFFICIAL_SCHEDULE);
    }

    @Test
    void nationalDay2026BridgesMondayWithSaturday22August() {
        assertThat(computed.isWorkingDay(date(2026, 8, 31))).isTrue();
        assertThat(official.day(date(2026, 8, 31)).kind()).isEqualTo(DayKind.SWAPPED_DAY_OFF);
        assertThat(official.day(date(2026, 8, 22)).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(official.day(date(2026, 9, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void yearsWithoutScheduleAreComputed() {
        assertThat(official.day(date(2027, 4, 30))).isEqualTo(computed.day(date(2027, 4, 30)));
        assertThat(official.day(date(2027, 4, 30)).source()).isEqualTo(DaySource.STATUTORY_RULE);
    }
}
