package io.parhub.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for Vietnam's time zone UTC+7.
 *
 * <p>Method: the rules published by Hồ Ngọc Đức ("Thuật toán tính âm lịch"), with the astronomy of Jean Meeus,
 * <i>Astronomical Algorithms</i> (2nd ed.): a lunar month starts on the local day (UTC+7) that contains the new
 * moon (sóc); month 11 is the month that contains the winter solstice; a lunar year from month 11 to the next
 * month 11 with 13 months has a leap month, the first month after month 11 that contains no major solar term
 * (trung khí, a multiple of 30° of solar longitude). New moons use Meeus chapter 49 with all periodic and
 * planetary terms (error well under a minute) and ΔT from the Espenak–Meeus polynomials; the Sun uses Meeus
 * chapter 25 (apparent longitude, about 0.01°).
 *
 * <p>Why our own code: the Vietnamese calendar is the Chinese one computed for UTC+7 instead of UTC+8, so the
 * two differ whenever a new moon or a solar term falls between 23:00 and 24:00 Beijing time (Tết 1985, 2007,
 * 2030, 2053...). No maintained Java library computes it correctly: ICU4J's ChineseCalendar re-zoned to UTC+7
 * misplaces about 0.5% of month starts because its lunar theory is coarser than a minute. Valid 1900–2100 at
 * least (ΔT is extrapolated outside 1860–2150).
 */
public final class LunarCalendar {

    static final double TIME_ZONE_HOURS = 7.0;
    private static final double SYNODIC_MONTH = 29.530588861;
    /** Meeus' lunation 0: the new moon of 2000-01-06. */
    private static final double LUNATION_ZERO_JDE = 2451550.09766;

    private LunarCalendar() {
    }

    /** The lunar date of a Gregorian date. */
    public static LunarDate of(LocalDate date) {
        long day = julianDay(date);
        long monthStart = monthStartOnOrBefore(day);
        int gregorianYear = date.getYear();
        long month11 = month11(gregorianYear);
        long nextMonth11;
        int lunarYear;
        if (month11 > monthStart) {
            nextMonth11 = month11;
            month11 = month11(gregorianYear - 1);
            lunarYear = gregorianYear;
        } else {
            nextMonth11 = month11(gregorianYear + 1);
            lunarYear = gregorianYear + 1;
        }
        int lunarDay = (int) (day - monthStart) + 1;
        int monthsSince11 = (int) Math.round((monthStart - month11) / SYNODIC_MONTH);
        int lunarMonth = monthsSince11 + 11;
        boolean leap = false;
        if (nextMonth11 - month11 > 365) {
            int leapIndex = leapMonthIndex(month11);
            if (monthsSince11 >= leapIndex) {
                lunarMonth = monthsSince11 + 10;
                leap = monthsSince11 == leapIndex;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && monthsSince11 < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    /** The Gregorian date of a lunar date; throws if the date does not exist (e.g. a leap month in a plain year). */
    public static LocalDate toSolar(LunarDate lunar) {
        int year = lunar.year();
        int month11Year = lunar.month() < 11 ? year - 1 : year;
        long month11 = month11(month11Year);
        int offset = Math.floorMod(lunar.month() - 11, 12);
        int leapIndex = leapIndexAfter(month11Year);
        if (leapIndex > 0) {
            if (lunar.leapMonth() && lunar.month() != Math.floorMod(leapIndex - 2 - 1, 12) + 1) {
                throw new IllegalArgumentException("no leap month " + lunar.month() + " in lunar year " + year);
            }
            if (lunar.leapMonth() || offset >= leapIndex) {
                offset += 1;
            }
        } else if (lunar.leapMonth()) {
            throw new IllegalArgumentException("lunar year " + year + " has no leap month");
        }
        long start = newMoonDay(lunationNear(month11) + offset);
        return fromJulianDay(start + lunar.day() - 1);
    }

    /** The leap month (1–12) of a lunar year, or 0 when the year has none. */
    public static int leapMonth(int lunarYear) {
        int index = leapIndexAfter(lunarYear - 1);
        if (index >= 3) {
            return index - 2;
        }
        // a leap 11th or 12th month belongs to the lunar year that the following month 11 starts
        int late = leapIndexAfter(lunarYear);
        return late == 1 || late == 2 ? late + 10 : 0;
    }

    /** Index of the leap month counted from month 11 of {@code gregorianYear} (= 0), or 0 for a 12-month span. */
    private static int leapIndexAfter(int gregorianYear) {
        long month11 = month11(gregorianYear);
        return month11(gregorianYear + 1) - month11 > 365 ? leapMonthIndex(month11) : 0;
    }

    // --- structure of the lunar year -----------------------------------------------------------------------

    /** Julian day number of the first day of lunar month 11 (the month of the winter solstice) of {@code year}. */
    static long month11(int year) {
        long lastDay = julianDay(LocalDate.of(year, 12, 31));
        long lunation = (long) Math.floor((lastDay - LUNATION_ZERO_JDE) / SYNODIC_MONTH);
        long start = newMoonDay(lunation);
        if (start > lastDay) {
            start = newMoonDay(--lunation);
        }
        // the solstice (270°) must fall on or after the first day of the month
        if (majorTermAtStartOf(start) >= 9) {
            start = newMoonDay(lunation - 1);
        }
        return start;
    }

    /** Counted from month 11 (= 0): the first month without a major solar term, in a 13-month year. */
    private static int leapMonthIndex(long month11) {
        long lunation = lunationNear(month11);
        for (int i = 1; i <= 13; i++) {
            long start = newMoonDay(lunation + i);
            long next = newMoonDay(lunation + i + 1);
            if (majorTermAtStartOf(start) == majorTermAtStartOf(next)) {
                return i;
            }
        }
        return 13;
    }

    private static long monthStartOnOrBefore(long day) {
        long lunation = (long) Math.floor((day - LUNATION_ZERO_JDE) / SYNODIC_MONTH) + 1;
        long start = newMoonDay(lunation);
        while (start > day) {
            start = newMoonDay(--lunation);
        }
        return start;
    }

    private static long lunationNear(long day) {
        return Math.round((day - LUNATION_ZERO_JDE) / SYNODIC_MONTH);
    }

    /** Which 30° sector of solar longitude (0 = spring equinox, 9 = winter solstice) the Sun is in at 00:00 UTC+7. */
    private static int majorTermAtStartOf(long julianDayNumber) {
        double midnightUt = julianDayNumber - 0.5 - TIME_ZONE_HOURS / 24;
        return (int) Math.floor(Astronomy.apparentSolarLongitude(midnightUt) / 30.0);
    }

    /** Local (UTC+7) day number of new moon number {@code lunation}. */
    static long newMoonDay(long lunation) {
        double universalTime = Astronomy.newMoon(lunation);
        return (long) Math.floor(universalTime + 0.5 + TIME_ZONE_HOURS / 24);
    }

    // --- Julian day numbers (proleptic Gregorian) -------------------------------------------------------------

    static long julianDay(LocalDate date) {
        return date.toEpochDay() + 2440588L;
    }

    static LocalDate fromJulianDay(long julianDayNumber) {
        return LocalDate.ofEpochDay(julianDayNumber - 2440588L);
    }
}
