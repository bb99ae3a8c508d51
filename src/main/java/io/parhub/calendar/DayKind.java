package io.parhub.calendar;

import java.util.Locale;

/** What kind of day a date is for a state agency. */
public enum DayKind {
    /** An ordinary working day (Monday to Friday, no holiday). */
    WORKING_DAY,
    /** Saturday or Sunday: weekly rest of state agencies. */
    WEEKEND,
    /** A public holiday (Bộ luật Lao động 2019 Điều 112 khoản 1). */
    HOLIDAY,
    /** Nghỉ bù: the working day after a holiday that fell on a weekend (Bộ luật Lao động 2019 Điều 111 khoản 3). */
    COMPENSATORY_DAY_OFF,
    /** Hoán đổi: a working day given off by the official schedule, worked back on a Saturday. */
    SWAPPED_DAY_OFF,
    /** Làm bù: a Saturday that is a working day by the official schedule. */
    MAKE_UP_WORKING_DAY;

    /** Lower-case code used by the API and the CSV, e.g. {@code compensatory_day_off}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean working() {
        return this == WORKING_DAY || this == MAKE_UP_WORKING_DAY;
    }
}
