package io.parhub.calendar.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of day an official yearly schedule lists (the {@code kind} column of the shipped CSV). */
public enum ScheduleKind {
    /** A statutory holiday on a weekday (Bộ luật Lao động 2019 Điều 112 khoản 1). */
    HOLIDAY,
    /** Nghỉ bù: a weekday off because a holiday fell on a weekend (Điều 111 khoản 3). */
    COMPENSATORY_DAY_OFF,
    /** Hoán đổi: a working day turned into a day off, worked back on a make-up Saturday. */
    SWAPPED_DAY_OFF,
    /** Làm bù: the Saturday worked in exchange for a swapped day off. */
    MAKE_UP_WORKING_DAY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean working() {
        return this == MAKE_UP_WORKING_DAY;
    }

    public static Optional<ScheduleKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
