package io.parhub.planning.report;

import java.time.LocalDate;

/** The length of a report period; the number says which one in the year (quarter 1–4, half 1–2, the year 1). */
public enum ReportKind {
    QUARTER(4, 3), HALF_YEAR(2, 6), YEAR(1, 12);

    private final int perYear;
    private final int months;

    ReportKind(int perYear, int months) {
        this.perYear = perYear;
        this.months = months;
    }

    public boolean valid(int number) {
        return number >= 1 && number <= perYear;
    }

    /** The calendar months the period covers, first day. */
    public LocalDate startOf(int year, int number) {
        return LocalDate.of(year, (number - 1) * months + 1, 1);
    }

    public LocalDate endOf(int year, int number) {
        return startOf(year, number).plusMonths(months).minusDays(1);
    }
}
