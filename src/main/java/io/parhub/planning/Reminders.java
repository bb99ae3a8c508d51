package io.parhub.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reminders to the units (nhắc việc), in the application only: a daily job writes one per assignment that is due
 * soon or overdue, and one per unit that has not issued its own plan by its obligation date; each staff member reads
 * those addressed to their own agency and marks them read.
 */
public interface Reminders {

    enum Kind { DUE_SOON, OVERDUE, PLAN_NOT_ISSUED }

    /**
     * @param deadline the effective deadline (moved off a day off) or the day the unit's plan was due
     * @param planId the plan of the item; for a plan not issued, the unit's draft if there is one
     */
    record Reminder(long id, Kind kind, LocalDate day, String agencyCode, int year, LocalDate deadline,
            @Nullable Long planId, @Nullable String planTitle, @Nullable Long itemId, @Nullable String itemNumber,
            @Nullable String itemContent, @Nullable LocalDateTime readAt) {
    }

    /** What a run wrote: reminders new that day (a second run on the same day writes none). */
    record Run(LocalDate day, int dueSoon, int overdue, int plansNotIssued) {
    }

    /** The signed-in staff member's reminders: those addressed to their agency, newest first. */
    List<Reminder> mine();

    /** How many of them are unread: for the menu, one indexed query. */
    int unread();

    void markRead(long reminderId, LocalDateTime at);

    /** Runs the daily job now (PAR office of the province, admin). */
    Run run(LocalDate day, LocalDateTime at);
}
