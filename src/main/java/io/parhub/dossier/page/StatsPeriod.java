package io.parhub.dossier.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The period of the dashboard: a preset counted from today (this month, last month, this quarter, the first or
 * second half of the year as the six-month reports count them, this year, last year) or custom dates.
 */
record StatsPeriod(String preset, LocalDate from, LocalDate to) {

    static final List<String> PRESETS = List.of("this-month", "last-month", "this-quarter", "first-half",
            "second-half", "this-year", "last-year", "custom");
    static final String DEFAULT = "this-year";

    /**
     * The period asked: empty when a custom date is missing or not a date. Dates given without a preset mean custom;
     * an unknown preset falls back to the default.
     */
    static Optional<StatsPeriod> of(@Nullable String preset, @Nullable String from, @Nullable String to,
            LocalDate today) {
        String p = preset == null || preset.isBlank()
                ? (blank(from) && blank(to) ? DEFAULT : "custom") : preset.strip();
        if (!PRESETS.contains(p)) {
            p = DEFAULT;
        }
        LocalDate month = today.withDayOfMonth(1);
        int quarterStart = (today.getMonthValue() - 1) / 3 * 3 + 1;
        LocalDate year = today.withDayOfYear(1);
        return switch (p) {
            case "this-month" -> Optional.of(new StatsPeriod(p, month, month.plusMonths(1).minusDays(1)));
            case "last-month" -> Optional.of(new StatsPeriod(p, month.minusMonths(1), month.minusDays(1)));
            case "this-quarter" -> {
                LocalDate start = today.withMonth(quarterStart).withDayOfMonth(1);
                yield Optional.of(new StatsPeriod(p, start, start.plusMonths(3).minusDays(1)));
            }
            case "first-half" -> Optional.of(new StatsPeriod(p, year, year.withMonth(6).withDayOfMonth(30)));
            case "second-half" -> {
                // the second half of this year once it has begun, else the last one finished
                LocalDate start = year.withMonth(7);
                if (start.isAfter(today)) {
                    start = start.minusYears(1);
                }
                yield Optional.of(new StatsPeriod(p, start, start.withMonth(12).withDayOfMonth(31)));
            }
            case "this-year" -> Optional.of(new StatsPeriod(p, year, year.plusYears(1).minusDays(1)));
            case "last-year" -> Optional.of(new StatsPeriod(p, year.minusYears(1), year.minusDays(1)));
            default -> {
                try {
                    yield Optional.of(new StatsPeriod("custom", LocalDate.parse(from.strip()),
                            LocalDate.parse(to.strip())));
                } catch (DateTimeParseException | NullPointerException e) {
                    yield Optional.empty();
                }
            }
        };
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
