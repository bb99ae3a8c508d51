package io.parhub.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Editing a plan after it is drafted, by its author (the PAR office for the province's plan, the unit's focal point
 * for its own). While the plan is a draft: its title, task groups, items and assignments without progress. Once
 * issued: only an item's content and deadline, with a reason, recorded as an amendment (điều chỉnh). Every command
 * carries the plan's version: 409 {@code plan-stale} when someone changed it first, and nothing is written.
 */
public interface PlanEdits {

    /** An item's fields as they should be; {@code provinceItemIds} replaces the links of a unit plan's item. */
    record ItemChange(String number, String content, @Nullable String output, @Nullable LocalDate deadline,
            @Nullable String indicators, @Nullable List<Long> provinceItemIds) {
    }

    /** A change of an issued plan's item: when, by whom, why, content and deadline before and after. */
    record Amendment(long itemId, LocalDateTime at, String by, String reason, String contentBefore,
            String contentAfter, @Nullable LocalDate deadlineBefore, @Nullable LocalDate deadlineAfter) {
    }

    PlanView retitle(long planId, int version, String title, LocalDateTime at);

    PlanView addGroup(long planId, int version, int number, String name, LocalDateTime at);

    PlanView renameGroup(long groupId, int version, String name, LocalDateTime at);

    /** Removes an empty task group. */
    PlanView removeGroup(long groupId, int version, LocalDateTime at);

    PlanView addItem(long groupId, int version, NewPlan.Item item, LocalDateTime at);

    /** Edits a draft's item; on an issued plan only content and deadline change, and a reason is required. */
    PlanView editItem(long itemId, int version, ItemChange change, @Nullable String reason, LocalDateTime at);

    /** Removes a draft's item with its assignments, when none has progress and no unit item carries it out. */
    PlanView removeItem(long itemId, int version, LocalDateTime at);

    /** Removes a draft's assignment that has no progress. */
    PlanView removeAssignment(long assignmentId, int version, LocalDateTime at);

    /** Whether the signed-in staff member is the plan's author (the forms on the plan page). */
    boolean mayEdit(long planId);

    List<Amendment> amendments(long planId);
}
