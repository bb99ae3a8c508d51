package io.parhub.calendar;

import java.util.Locale;

/** Where the status of a day comes from. */
public enum DaySource {
    /** Saturday/Sunday weekly rest of state agencies. */
    WEEKLY_REST,
    /** Computed from a holiday rule in force (and the compensatory-day article when it fell on a weekend). */
    STATUTORY_RULE,
    /** The official schedule an administrator entered for that year. */
    OFFICIAL_SCHEDULE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
