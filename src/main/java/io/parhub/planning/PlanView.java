package io.parhub.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One plan with its task groups, items, assignments, their progress and flags (computed when read). */
public record PlanView(long id, PlanLevel level, String agencyCode, String agencyName, int year,
        @Nullable String number, String title, @Nullable LocalDate issuedOn, @Nullable String signer, PlanStatus status,
        boolean illustrative, int version, List<Group> groups) {

    public record Group(long id, int number, String name, List<Item> items) {
    }

    /**
     * @param effectiveDeadline the deadline, moved to the next working day when it falls on a day off
     * @param provinceItemIds for a unit plan's item, the ids of the province's items it carries out
     */
    public record Item(long id, String number, String content, @Nullable String output, @Nullable LocalDate deadline,
            @Nullable LocalDate effectiveDeadline, @Nullable String indicators, List<Assignment> assignments,
            List<Long> provinceItemIds) {
    }

    /** @param updatable whether the signed-in staff member may record progress on it */
    public record Assignment(long id, String agencyCode, String agencyName, AssignmentStatus status, int percent,
            @Nullable LocalDate doneOn, int version, Flags flags, boolean updatable, List<Progress> progress) {
    }

    public record Progress(LocalDateTime at, String by, int percent, @Nullable String note,
            @Nullable String evidenceLink) {
    }

    /**
     * @param overdue not done after the effective deadline, or done after it
     * @param dueSoon not done, and the effective deadline is today or within the configured number of working days
     */
    public record Flags(boolean overdue, boolean dueSoon) {
        public static final Flags NONE = new Flags(false, false);
    }
}
