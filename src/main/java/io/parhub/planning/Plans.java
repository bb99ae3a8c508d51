package io.parhub.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reform plans and their assigned tasks. The province's plan is drafted and issued by the PAR office (Sở Nội vụ) of
 * the province; a unit plan by the unit's PAR focal point (or recorded by the PAR office). Progress on an assignment
 * is recorded by the assigned unit. Each command checks the version read and writes an audit entry.
 */
public interface Plans {

    /** Drafts a plan with its groups, items and assignments. */
    PlanView create(NewPlan plan, LocalDateTime at);

    /** Issues a draft: number (e.g. 163/KH-UBND), date and signer. 409 {@code plan-stale} on a stale version. */
    PlanView issue(long planId, int version, String number, LocalDate issuedOn, String signer, LocalDateTime at);

    /** Assigns an item to more agencies (existing on 1 January or 31 December of the plan's year). */
    PlanView assign(long itemId, List<String> agencyCodes, LocalDateTime at);

    /** Records progress on an assignment: only by the assigned unit. 409 {@code plan-assignment-stale} when stale. */
    PlanView.Assignment progress(long assignmentId, ProgressInput input, LocalDateTime at);

    Optional<PlanView> find(long planId, LocalDate today);

    List<PlanSummary> list(int year, LocalDate today);

    /** Sets which units must issue their plan for {@code year} and by when (PAR office). */
    void requirePlans(int year, List<String> agencyCodes, LocalDate dueOn, LocalDateTime at);

    IssuedPlansTally tally(int year, LocalDate today);

    /** The day a deadline is met by: the deadline itself, or the next working day when it falls on a day off. */
    LocalDate effectiveDeadline(LocalDate deadline);
}
