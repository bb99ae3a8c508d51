package io.parhub.calendar;

import io.parhub.calendar.store.HolidayRule;
import io.parhub.calendar.store.OfficeHours;
import io.parhub.calendar.store.ScheduleCsv;
import io.parhub.calendar.store.ScheduleDay;
import io.parhub.calendar.store.YearSchedule;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Calendars for unit tests: the rules of migration V3 and, optionally, the shipped official schedules. */
final class TestCalendars {

    static final OfficeHours DEFAULT_HOURS = new OfficeHours("default", LocalTime.of(7, 0), LocalTime.of(11, 30),
            LocalTime.of(13, 0), LocalTime.of(17, 0), LocalTime.of(15, 0));

    private TestCalendars() {
    }

    /** The Labour Code 2012 and 2019 rules, as seeded by V3__calendar_holidays.sql. */
    static List<HolidayRule> rules() {
        return List.of(
                rule("new_year", "new_year", "Tết Dương lịch", false, 1, 1, 0, 1, false, 2012),
                rule("tet", "tet", "Tết Âm lịch", true, 1, 1, -1, 5, false, 2012),
                rule("victory_day", "april30_may1", "Ngày Chiến thắng (30/4)", false, 4, 30, 0, 1, false, 2012),
                rule("labour_day", "april30_may1", "Ngày Quốc tế Lao động (1/5)", false, 5, 1, 0, 1, false, 2012),
                rule("national_day", "national_day", "Quốc khánh", false, 9, 2, 0, 1, false, 2012),
                rule("hung_kings", "hung_kings", "Giỗ Tổ Hùng Vương", true, 3, 10, 0, 1, false, 2012),
                rule("new_year", "new_year", "Tết Dương lịch", false, 1, 1, 0, 1, false, 2019),
                rule("tet", "tet", "Tết Âm lịch", true, 1, 1, -1, 5, false, 2019),
                rule("victory_day", "april30_may1", "Ngày Chiến thắng (30/4)", false, 4, 30, 0, 1, false, 2019),
                rule("labour_day", "april30_may1", "Ngày Quốc tế Lao động (1/5)", false, 5, 1, 0, 1, false, 2019),
                rule("national_day", "national_day", "Quốc khánh", false, 9, 2, 0, 1, true, 2019),
                rule("hung_kings", "hung_kings", "Giỗ Tổ Hùng Vương", true, 3, 10, 0, 1, false, 2019));
    }

    private static HolidayRule rule(String code, String occasion, String name, boolean lunar, int month, int day,
            int offset, int days, boolean adjacent, int codeYear) {
        boolean old = codeYear == 2012;
        return new HolidayRule(code, occasion, name, name, lunar, month, day, offset, days, adjacent,
                old ? LocalDate.of(2013, 5, 1) : LocalDate.of(2021, 1, 1), old ? LocalDate.of(2020, 12, 31) : null,
                "Bộ luật Lao động " + codeYear + " Điều " + (old ? 115 : 112),
                "Bộ luật Lao động " + codeYear + " Điều " + (old ? "115 khoản 3" : "111 khoản 3"));
    }

    /** The official schedules shipped in seed/holidays/official-2024-2026.csv, by year. */
    static Map<Integer, YearSchedule> shippedSchedules() {
        try (var reader = new InputStreamReader(TestCalendars.class.getResourceAsStream(
                "/seed/holidays/official-2024-2026.csv"), StandardCharsets.UTF_8)) {
            ScheduleCsv.Parsed parsed = ScheduleCsv.read(reader, rules());
            if (!parsed.problems().isEmpty()) {
                throw new IllegalStateException(parsed.problems().toString());
            }
            return parsed.days().stream().collect(Collectors.groupingBy(d -> d.date().getYear())).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> schedule(e.getKey(), e.getValue())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YearSchedule schedule(int year, List<ScheduleDay> days) {
        return new YearSchedule(year, 1, "seed", Instant.EPOCH, "system", days);
    }

    /** Rules only: what the law computes when no schedule was announced. */
    static WorkingCalendar computed() {
        return new DefaultWorkingCalendar(year -> YearCalendar.of(year, rules(), null), agency -> DEFAULT_HOURS,
                Clock.systemUTC());
    }

    /** Rules plus the shipped official schedules of 2024–2026. */
    static WorkingCalendar official() {
        Map<Integer, YearSchedule> schedules = shippedSchedules();
        return new DefaultWorkingCalendar(year -> YearCalendar.of(year, rules(), schedules.get(year)),
                agency -> DEFAULT_HOURS, Clock.systemUTC());
    }
}
