package io.parhub.planning;

import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.planning.store.ReminderStore;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the reminders. Only issued plans remind: a draft's deadlines bind nobody yet. Plans of the year
 * before, the year of the day and the year after are looked at, so that an old overdue item does not remind forever.
 */
@Service
@Transactional
class ReminderService implements Reminders {

    private static final int SHOWN = 200;

    private final ReminderStore store;
    private final PlanRules rules;
    private final Plans plans;
    private final AuditTrail audit;

    ReminderService(ReminderStore store, PlanRules rules, Plans plans, AuditTrail audit) {
        this.store = store;
        this.rules = rules;
        this.plans = plans;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> mine() {
        CurrentStaff staff = rules.staff();
        return rules.ownAgencyCode().map(code -> store.reminders(code, staff.username(), SHOWN).stream()
                .map(r -> new Reminder(r.id(), Kind.valueOf(r.kind()), r.day(), r.agencyCode(), r.year(),
                        r.deadline(), r.planId(), r.planTitle(), r.itemId(), r.itemNumber(), r.itemContent(),
                        r.readAt() == null ? null : LocalDateTime.ofInstant(r.readAt(), PlanRules.VIETNAM)))
                .toList()).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public int unread() {
        return rules.current().flatMap(s -> rules.ownAgencyCode().map(code -> store.unread(code, s.username())))
                .orElse(0);
    }

    @Override
    public void markRead(long reminderId, LocalDateTime at) {
        CurrentStaff staff = rules.staff();
        String agency = store.agencyOf(reminderId).orElseThrow(() -> DomainException.notFound(
                "plan-reminder-not-found", "planning.reminder.problem.not-found", reminderId));
        // a unit sees only its own reminders: another unit's is as good as absent
        if (!rules.ownAgencyCode().map(agency::equals).orElse(false)) {
            throw DomainException.notFound("plan-reminder-not-found", "planning.reminder.problem.not-found",
                    reminderId);
        }
        store.markRead(reminderId, staff.username(), PlanRules.instant(at));
    }

    @Override
    public Run run(LocalDate day, LocalDateTime at) {
        CurrentStaff staff = rules.staff();
        if (!staff.has(Role.ADMIN) && !rules.isProvinceOffice(staff, day.getYear())) {
            throw DomainException.forbidden("plan-role", "planning.problem.role");
        }
        return write(day, at, staff.username());
    }

    /** The daily job: the same as {@link #run} without a signed-in staff member. */
    Run write(LocalDate day, LocalDateTime at, String by) {
        Instant now = PlanRules.instant(at);
        int soon = 0;
        int overdue = 0;
        for (ReminderStore.OpenAssignment a : store.openAssignments(day.getYear() - 1, day.getYear() + 1)) {
            PlanView.Flags flags = rules.openFlags(a.deadline(), day);
            if (!flags.overdue() && !flags.dueSoon()) {
                continue;
            }
            Kind kind = flags.overdue() ? Kind.OVERDUE : Kind.DUE_SOON;
            if (store.insert(a.agencyCode(), kind.name(), day, a.id(), a.year(),
                    rules.effectiveDeadline(a.deadline()), now)) {
                if (kind == Kind.OVERDUE) {
                    overdue++;
                } else {
                    soon++;
                }
            }
        }
        int notIssued = 0;
        for (IssuedPlansTally.Row row : plans.tally(day.getYear(), day).rows()) {
            if (row.state() == IssuedPlansTally.State.NOT_ISSUED_LATE && store.insert(row.agencyCode(),
                    Kind.PLAN_NOT_ISSUED.name(), day, null, day.getYear(), row.dueOn(), now)) {
                notIssued++;
            }
        }
        audit.record(by, "planning.reminders-written", "plan_reminder", day.toString(), Map.of("dueSoon", soon,
                "overdue", overdue, "plansNotIssued", notIssued));
        return new Run(day, soon, overdue, notIssued);
    }
}
