package io.parhub.dossier;

import io.parhub.calendar.TimeLimit;
import io.parhub.calendar.WorkingCalendar;
import io.parhub.dossier.store.DossierSteps.StepRow;
import io.parhub.procedure.ProcessingTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Deadline arithmetic of dossiers on top of the working calendar. */
@Component
class DueDates {

    /** Marks the default reception step: due by the end of office hours of its (deemed) day. */
    static final String SAME_DAY = "SAME_DAY";
    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);

    private final WorkingCalendar calendar;

    DueDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The limit a processing time states; empty when it states no exact amount (never invented). */
    static Optional<TimeLimit> limit(@Nullable ProcessingTime time) {
        if (time == null || !time.isExact()) {
            return Optional.empty();
        }
        return Optional.of(limit(time.amount(), time.unit().name()));
    }

    /** Fractions of working days count at 8 working hours a day (as provincial processes do). */
    static TimeLimit limit(BigDecimal amount, String unit) {
        return switch (unit) {
            case "WORKING_DAYS" -> amount.stripTrailingZeros().scale() <= 0 ? TimeLimit.workingDays(amount.intValue())
                    : TimeLimit.workingHours(amount.multiply(HOURS_PER_DAY).setScale(0, RoundingMode.CEILING)
                            .intValue());
            case "WORKING_HOURS" -> TimeLimit.workingHours(amount.setScale(0, RoundingMode.CEILING).intValue());
            case "CALENDAR_DAYS" -> TimeLimit.calendarDays(amount.setScale(0, RoundingMode.CEILING).intValue());
            case SAME_DAY -> TimeLimit.sameDay();
            default -> throw new IllegalArgumentException("unknown time unit " + unit);
        };
    }

    LocalDateTime due(LocalDateTime from, TimeLimit limit, @Nullable String agencyCode) {
        return calendar.due(from, limit, agencyCode).at();
    }

    /** An appointment date set by an officer: the end of office hours that day (or the next working day). */
    LocalDateTime appointment(LocalDate day, @Nullable String agencyCode) {
        return calendar.due(day.atStartOfDay(), TimeLimit.sameDay(), agencyCode).at();
    }

    /** When a step run started at {@code start} is due: its own time, else the dossier's due time. */
    LocalDateTime stepDue(StepRow step, LocalDateTime start, LocalDateTime dossierDue, @Nullable String agencyCode) {
        if (step.unit() != null && (step.amount() != null || SAME_DAY.equals(step.unit()))) {
            BigDecimal amount = step.amount() == null ? BigDecimal.ZERO : step.amount();
            return due(start, limit(amount, step.unit()), agencyCode);
        }
        return dossierDue;
    }

    /**
     * The due time moved by the working days the clock stood still: every working day after the day it stopped, up
     * to and including the day it restarted (a pause within one day moves nothing).
     */
    LocalDateTime afterPause(LocalDateTime due, LocalDateTime stoppedAt, LocalDateTime restartedAt) {
        int paused = 0;
        for (LocalDate day = stoppedAt.toLocalDate().plusDays(1); !day.isAfter(restartedAt.toLocalDate());
                day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                paused++;
            }
        }
        return calendar.addWorkingDays(due.toLocalDate(), paused).atTime(due.toLocalTime());
    }

    /** The last day an apology may be sent: the working day before the due date. */
    LocalDate latestApologyDay(LocalDate dueDate) {
        LocalDate day = dueDate.minusDays(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
