package io.parhub.calendar;

/**
 * A period to count from the receipt of a dossier.
 *
 * @param amount how many units; 0 or more
 */
public record TimeLimit(int amount, Unit unit) {

    /** How the period is counted. */
    public enum Unit {
        /** Working days, the usual unit of procedure deadlines. */
        WORKING_DAYS,
        /** Calendar days; a last day that is not a working day moves to the next working day (BLDS 2015 Điều 148). */
        CALENDAR_DAYS,
        /** Hours within office hours, e.g. "4 working hours". */
        WORKING_HOURS,
        /** Result on the day of (deemed) receipt, by the end of office hours. */
        SAME_DAY
    }

    public TimeLimit {
        if (amount < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + amount);
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, Unit.WORKING_DAYS);
    }

    public static TimeLimit calendarDays(int days) {
        return new TimeLimit(days, Unit.CALENDAR_DAYS);
    }

    public static TimeLimit workingHours(int hours) {
        return new TimeLimit(hours, Unit.WORKING_HOURS);
    }

    public static TimeLimit sameDay() {
        return new TimeLimit(0, Unit.SAME_DAY);
    }
}
