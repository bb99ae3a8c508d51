package io.parhub.procedure.process;

import io.parhub.procedure.ProcessingTime;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The process in force on {@code at}, checked against the procedure's processing time in force on the same day.
 * When the procedure was amended with a new time after the process was approved, the process no longer adds up:
 * {@code consistent} is false and the process needs re-approval (cần phê duyệt lại) — it is shown, never silently
 * taken as right.
 *
 * @param total the sum of the steps, in the procedure's unit when both are working time; null when the steps
 *        cannot be added into the procedure's unit
 * @param procedureTime the procedure's processing time on {@code at}; null when not stated
 * @param versions every approval of the procedure, oldest first (without steps)
 */
public record ProcessReading(LocalDate at, InternalProcess process, @Nullable Duration total,
        @Nullable ProcessingTime procedureTime, boolean consistent, List<InternalProcess> versions) {

    public ProcessReading {
        versions = List.copyOf(versions);
    }

    public Status status() {
        return consistent ? Status.CONSISTENT : Status.NEEDS_REAPPROVAL;
    }

    public enum Status {
        CONSISTENT, NEEDS_REAPPROVAL
    }
}
