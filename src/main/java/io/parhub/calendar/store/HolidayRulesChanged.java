package io.parhub.calendar.store;

/** Published when a holiday rule was added or ended, so every computed year is computed again. */
public record HolidayRulesChanged(long ruleId) {
}
