package io.parhub.calendar.web;

import io.parhub.calendar.CalendarDay;
import io.parhub.calendar.Due;
import io.parhub.calendar.LunarDate;
import io.parhub.calendar.TimeLimit;
import io.parhub.calendar.WorkingCalendar;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only calendar API: lunar dates, working days and deadlines. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working days of state agencies, public holidays, lunar dates, deadlines")
class CalendarApiController {

    /** The span the calendar vouches for: the lunar algorithm is tested 1900–2100 and sound a century beyond. */
    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    private static final int MAX_SPAN_YEARS = 3;

    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/lunar")
    @Operation(summary = "Lunar date (âm lịch, UTC+7) of a Gregorian date")
    LunarView lunar(@Parameter(description = "Gregorian date, YYYY-MM-DD", example = "2026-02-17")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        LocalDate day = inRange("date", required("date", date));
        return LunarView.of(day, calendar.lunar(day));
    }

    @GetMapping("/days")
    @Operation(summary = "Every day of a period: working or not, and why",
            description = "At most " + MAX_SPAN_YEARS + " years. reason is null for an ordinary working day, "
                    + "otherwise weekend, holiday, compensatory_day_off, swapped_day_off or make_up_working_day.")
    List<DayView> days(
            @Parameter(description = "First day, YYYY-MM-DD", example = "2026-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "Last day (included), YYYY-MM-DD", example = "2026-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        LocalDate first = inRange("from", required("from", from));
        LocalDate last = inRange("to", required("to", to));
        if (first.isAfter(last)) {
            throw DomainException.invalid("invalid-date-range", "calendar.problem.range", first, last);
        }
        if (first.plusYears(MAX_SPAN_YEARS).isBefore(last)) {
            throw DomainException.invalid("date-range-too-long", "calendar.problem.span", MAX_SPAN_YEARS);
        }
        List<DayView> days = new ArrayList<>();
        for (CalendarDay day : calendar.days(first, last)) {
            days.add(DayView.of(day));
        }
        return days;
    }

    @GetMapping("/due")
    @Operation(summary = "When a period counted from the receipt of a dossier ends",
            description = "Give exactly one of workingDays, calendarDays, workingHours or sameDay=true. The day of "
                    + "receipt is not counted (Bộ luật Dân sự 2015 Điều 147); receipt at or after the agency's "
                    + "cut-off (default 15:00) or on a day off counts as receipt on the next working day.")
    DueView due(
            @Parameter(description = "Receipt, Vietnam local time, YYYY-MM-DDTHH:MM", example = "2026-02-13T10:00")
            @RequestParam(required = false) @Nullable String receivedAt,
            @Parameter(description = "Period in working days", example = "5")
            @RequestParam(required = false) @Nullable Integer workingDays,
            @Parameter(description = "Period in calendar days") @RequestParam(required = false)
            @Nullable Integer calendarDays,
            @Parameter(description = "Period in working hours") @RequestParam(required = false)
            @Nullable Integer workingHours,
            @Parameter(description = "Result the same (deemed) day of receipt") @RequestParam(required = false)
            @Nullable Boolean sameDay,
            @Parameter(description = "Agency code whose office hours apply (default office hours otherwise)")
            @RequestParam(required = false) @Nullable String agency) {
        LocalDateTime received = receivedAt(required("receivedAt", receivedAt));
        inRange("receivedAt", received.toLocalDate());
        TimeLimit limit = limit(workingDays, calendarDays, workingHours, sameDay);
        Due due = calendar.due(received, limit, agency);
        return DueView.of(due, agency);
    }

    private static TimeLimit limit(@Nullable Integer workingDays, @Nullable Integer calendarDays,
            @Nullable Integer workingHours, @Nullable Boolean sameDay) {
        List<TimeLimit> given = new ArrayList<>();
        if (workingDays != null) {
            given.add(new TimeLimit(nonNegative("workingDays", workingDays), TimeLimit.Unit.WORKING_DAYS));
        }
        if (calendarDays != null) {
            given.add(new TimeLimit(nonNegative("calendarDays", calendarDays), TimeLimit.Unit.CALENDAR_DAYS));
        }
        if (workingHours != null) {
            given.add(new TimeLimit(nonNegative("workingHours", workingHours), TimeLimit.Unit.WORKING_HOURS));
        }
        if (Boolean.TRUE.equals(sameDay)) {
            given.add(TimeLimit.sameDay());
        }
        if (given.size() != 1) {
            throw DomainException.invalid("invalid-time-limit", "calendar.problem.one-limit");
        }
        return given.get(0);
    }

    private static int nonNegative(String name, int value) {
        // 3,650 working days is more than 14 years: no procedure has such a time limit
        if (value < 0 || value > 3650) {
            throw DomainException.invalid("invalid-time-limit", "calendar.problem.amount", name, value);
        }
        return value;
    }

    private static LocalDateTime receivedAt(String value) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-parameter", "calendar.problem.date-time", "receivedAt", value);
        }
    }

    private static <T> T required(String name, @Nullable T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw DomainException.invalid("missing-parameter", "calendar.problem.missing", name);
        }
        return value;
    }

    private static LocalDate inRange(String name, LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw DomainException.invalid("date-out-of-range", "calendar.problem.out-of-range", name, date, FIRST,
                    LAST);
        }
        return date;
    }
}
