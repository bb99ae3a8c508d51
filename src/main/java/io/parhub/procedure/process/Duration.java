package io.parhub.procedure.process;

import io.parhub.procedure.TimeUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount of time in one of the units procedures are stated in. Working days and working hours convert into each
 * other at {@value #HOURS_PER_WORKING_DAY} hours a day: state agencies work 8 hours a day, 40 hours a week (Quyết
 * định 188/1999/QĐ-TTg; Bộ luật Lao động 2019 Điều 105), which is also how one-stop offices count "4 giờ làm việc"
 * as half a working day under Nghị định 61/2018/NĐ-CP. Calendar days convert into nothing: how many working days
 * they hold depends on the day a dossier arrives (weekends, holidays), so they only add up with calendar days.
 */
public record Duration(BigDecimal amount, TimeUnit unit) {

    public static final int HOURS_PER_WORKING_DAY = 8;
    private static final BigDecimal DAY = BigDecimal.valueOf(HOURS_PER_WORKING_DAY);

    public Duration {
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static Duration of(String amount, TimeUnit unit) {
        return new Duration(new BigDecimal(amount), unit);
    }

    public boolean isWorkingTime() {
        return unit == TimeUnit.WORKING_DAYS || unit == TimeUnit.WORKING_HOURS;
    }

    /** In working hours; empty for calendar days. */
    public Optional<BigDecimal> workingHours() {
        return switch (unit) {
            case WORKING_HOURS -> Optional.of(amount);
            case WORKING_DAYS -> Optional.of(amount.multiply(DAY));
            case CALENDAR_DAYS -> Optional.empty();
        };
    }

    /** The same time in {@code target}, a working unit; hours that are not whole days stay as a fraction of a day. */
    Duration in(TimeUnit target) {
        BigDecimal hours = workingHours().orElseThrow(() -> new IllegalStateException("calendar days do not convert"));
        return target == TimeUnit.WORKING_DAYS ? new Duration(hours.divide(DAY, 6, RoundingMode.HALF_UP), target)
                : new Duration(hours, TimeUnit.WORKING_HOURS);
    }

    Duration plus(Duration other) {
        if (unit == other.unit) {
            return new Duration(amount.add(other.amount), unit);
        }
        return new Duration(workingHours().orElseThrow().add(other.workingHours().orElseThrow()),
                TimeUnit.WORKING_HOURS);
    }

    /** Equal in length: same unit and amount, or equal working hours. */
    public boolean sameLengthAs(Duration other) {
        if (unit == other.unit) {
            return amount.compareTo(other.amount) == 0;
        }
        var mine = workingHours();
        var theirs = other.workingHours();
        return mine.isPresent() && theirs.isPresent() && mine.get().compareTo(theirs.get()) == 0;
    }
}
