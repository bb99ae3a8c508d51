package io.parhub.planning;

import io.parhub.account.CurrentStaff;
import io.parhub.planning.store.PlanEditStore;
import io.parhub.planning.store.PlanStore;
import io.parhub.planning.store.PlanStore.ItemRow;
import io.parhub.planning.store.PlanStore.PlanRow;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a drafted plan, and amending an issued plan's items the way provinces do by a later document. Each command
 * takes the plan's next version first (nothing is written when the version read is stale) and records the fields
 * before and after in the audit trail.
 */
@Service
@Transactional
class PlanEditing implements PlanEdits {

    private final PlanStore store;
    private final PlanEditStore edits;
    private final PlanRules rules;
    private final PlanViews views;
    private final PlanService plans;
    private final AuditTrail audit;

    PlanEditing(PlanStore store, PlanEditStore edits, PlanRules rules, PlanViews views, PlanService plans,
            AuditTrail audit) {
        this.store = store;
        this.edits = edits;
        this.rules = rules;
        this.views = views;
        this.plans = plans;
        this.audit = audit;
    }

    private record Edit(CurrentStaff staff, PlanRow plan, int version) {
    }

    @Override
    public PlanView retitle(long planId, int version, String title, LocalDateTime at) {
        Edit e = begin(planId, version, true, at);
        String t = required(title, "plan-title-required", "planning.problem.title-required");
        edits.retitle(planId, t);
        record(e, "planning.plan-retitled", "plan", planId, Map.of("before", e.plan().title(), "after", t));
        return views.view(planId, at.toLocalDate());
    }

    @Override
    public PlanView addGroup(long planId, int version, int number, String name, LocalDateTime at) {
        Edit e = begin(planId, version, true, at);
        String n = required(name, "plan-group-name", "planning.problem.group-name");
        if (number < 1 || edits.groupNumberTaken(planId, number)) {
            throw DomainException.conflict("plan-group-number", "planning.problem.group-number", number);
        }
        long id = store.insertGroup(planId, number, n);
        record(e, "planning.group-added", "plan_task_group", id, Map.of("plan", planId, "number", number,
                "name", n));
        return views.view(planId, at.toLocalDate());
    }

    @Override
    public PlanView renameGroup(long groupId, int version, String name, LocalDateTime at) {
        PlanStore.GroupRow g = group(groupId);
        Edit e = begin(g.planId(), version, true, at);
        String n = required(name, "plan-group-name", "planning.problem.group-name");
        edits.renameGroup(groupId, n);
        record(e, "planning.group-renamed", "plan_task_group", groupId, Map.of("plan", g.planId(),
                "before", g.name(), "after", n));
        return views.view(g.planId(), at.toLocalDate());
    }

    @Override
    public PlanView removeGroup(long groupId, int version, LocalDateTime at) {
        PlanStore.GroupRow g = group(groupId);
        Edit e = begin(g.planId(), version, true, at);
        if (edits.itemCount(groupId) > 0) {
            throw DomainException.conflict("plan-group-not-empty", "planning.problem.group-not-empty", g.number());
        }
        edits.deleteGroup(groupId);
        record(e, "planning.group-removed", "plan_task_group", groupId, Map.of("plan", g.planId(),
                "number", g.number(), "name", g.name()));
        return views.view(g.planId(), at.toLocalDate());
    }

    @Override
    public PlanView addItem(long groupId, int version, NewPlan.Item item, LocalDateTime at) {
        PlanStore.GroupRow g = group(groupId);
        Edit e = begin(g.planId(), version, true, at);
        String number = required(item.number(), "plan-item-fields", "planning.problem.item-fields");
        required(item.content(), "plan-item-fields", "planning.problem.item-fields");
        if (edits.itemNumberTaken(groupId, number, 0)) {
            throw DomainException.conflict("plan-item-number", "planning.problem.item-number", number);
        }
        plans.insertItem(e.plan(), groupId, item, PlanRules.instant(at));
        Map<String, @Nullable Object> details = new HashMap<>(fields(number, item.content().strip(),
                PlanRules.blank(item.output()), item.deadline(), PlanRules.blank(item.indicators()),
                item.provinceItemIds()));
        details.put("group", g.number());
        details.put("assignees", item.assignees());
        record(e, "planning.item-added", "plan", g.planId(), details);
        return views.view(g.planId(), at.toLocalDate());
    }

    @Override
    public PlanView editItem(long itemId, int version, ItemChange change, @Nullable String reason,
            LocalDateTime at) {
        ItemRow i = item(itemId);
        PlanRow current = rules.plan(i.planId());
        boolean issued = !"DRAFT".equals(current.status());
        Edit e = begin(i.planId(), version, false, at);
        String number = required(change.number(), "plan-item-fields", "planning.problem.item-fields");
        String content = required(change.content(), "plan-item-fields", "planning.problem.item-fields");
        List<Long> linksBefore = store.links(i.planId()).stream().filter(l -> l.unitItemId() == itemId)
                .map(PlanStore.LinkRow::provinceItemId).sorted().toList();
        List<Long> links = change.provinceItemIds() == null ? linksBefore
                : new LinkedHashSet<>(change.provinceItemIds()).stream().sorted().toList();
        Map<String, @Nullable Object> before = fields(i.number(), i.content(), i.output(), i.deadline(),
                i.indicators(), linksBefore);
        Map<String, @Nullable Object> after = fields(number, content, PlanRules.blank(change.output()),
                change.deadline(), PlanRules.blank(change.indicators()), links);
        Map<String, @Nullable Object> details = new HashMap<>();
        details.put("plan", i.planId());
        details.put("before", before);
        details.put("after", after);
        if (issued) {
            String why = required(reason == null ? "" : reason, "plan-amendment-reason",
                    "planning.problem.amendment-reason");
            for (String field : List.of("number", "output", "indicators", "provinceItemIds")) {
                if (!Objects.equals(before.get(field), after.get(field))) {
                    throw DomainException.conflict("plan-issued-fields", "planning.problem.issued-fields");
                }
            }
            Instant now = PlanRules.instant(at);
            edits.insertAmendment(new PlanEditStore.AmendmentRow(itemId, now, e.staff().username(), why, i.content(),
                    content, i.deadline(), change.deadline()));
            details.put("reason", why);
        } else {
            if (edits.itemNumberTaken(i.groupId(), number, itemId)) {
                throw DomainException.conflict("plan-item-number", "planning.problem.item-number", number);
            }
            edits.unlinkAll(itemId);
            plans.link(e.plan(), itemId, links);
        }
        edits.updateItem(itemId, number, content, PlanRules.blank(change.output()), change.deadline(),
                PlanRules.blank(change.indicators()));
        record(e, issued ? "planning.item-amended" : "planning.item-edited", "plan_item", itemId, details);
        return views.view(i.planId(), at.toLocalDate());
    }

    @Override
    public PlanView removeItem(long itemId, int version, LocalDateTime at) {
        ItemRow i = item(itemId);
        Edit e = begin(i.planId(), version, true, at);
        if (edits.itemHasProgress(itemId)) {
            throw DomainException.conflict("plan-has-progress", "planning.problem.has-progress", i.number());
        }
        if (edits.linkedUnitItems(itemId) > 0) {
            throw DomainException.conflict("plan-item-linked", "planning.problem.item-linked", i.number());
        }
        List<String> assignees = store.assignments(i.planId()).stream().filter(a -> a.itemId() == itemId)
                .map(PlanStore.AssignmentRow::agencyCode).toList();
        edits.deleteItem(itemId);
        Map<String, @Nullable Object> details = new HashMap<>(fields(i.number(), i.content(), i.output(),
                i.deadline(), i.indicators(), List.of()));
        details.put("plan", i.planId());
        details.put("assignees", assignees);
        record(e, "planning.item-removed", "plan_item", itemId, details);
        return views.view(i.planId(), at.toLocalDate());
    }

    @Override
    public PlanView removeAssignment(long assignmentId, int version, LocalDateTime at) {
        PlanStore.AssignmentRow a = store.assignment(assignmentId).orElseThrow(() -> DomainException.notFound(
                "plan-assignment-not-found", "planning.problem.assignment-not-found", assignmentId));
        Edit e = begin(a.planId(), version, true, at);
        if (a.percent() > 0 || edits.assignmentHasProgress(assignmentId)) {
            throw DomainException.conflict("plan-has-progress", "planning.problem.assignment-has-progress",
                    a.agencyCode());
        }
        edits.deleteAssignment(assignmentId);
        record(e, "planning.assignment-removed", "plan_assignment", assignmentId, Map.of("plan", a.planId(),
                "item", a.itemId(), "agency", a.agencyCode()));
        return views.view(a.planId(), at.toLocalDate());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayEdit(long planId) {
        return store.plan(planId).map(rules::mayAuthor).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Amendment> amendments(long planId) {
        rules.staff();
        return edits.amendments(planId).stream().map(a -> new Amendment(a.itemId(),
                LocalDateTime.ofInstant(a.at(), PlanRules.VIETNAM), a.by(), a.reason(), a.contentBefore(),
                a.contentAfter(), a.deadlineBefore(), a.deadlineAfter())).toList();
    }

    /** The author, the plan in the state asked, and its next version taken: a stale version writes nothing. */
    private Edit begin(long planId, int version, boolean draftOnly, LocalDateTime at) {
        CurrentStaff staff = rules.staff();
        PlanRow p = rules.plan(planId);
        rules.requireAuthor(staff, PlanLevel.valueOf(p.level()), rules.agency(p.agencyCode(), p.year()), p.year());
        if (draftOnly && !"DRAFT".equals(p.status())) {
            throw DomainException.conflict("plan-issued", "planning.problem.issued-edit", p.id());
        }
        if (p.version() != version || !edits.nextVersion(planId, version, p.status(), PlanRules.instant(at))) {
            throw DomainException.conflict("plan-stale", "planning.problem.stale");
        }
        return new Edit(staff, p, version);
    }

    private void record(Edit e, String action, String subjectType, long subjectId, Map<String, ?> details) {
        Map<String, @Nullable Object> all = new HashMap<>(details);
        all.put("versionBefore", e.version());
        all.put("versionAfter", e.version() + 1);
        audit.record(e.staff().username(), action, subjectType, String.valueOf(subjectId), all);
    }

    private static Map<String, @Nullable Object> fields(String number, String content, @Nullable String output,
            java.time.@Nullable LocalDate deadline, @Nullable String indicators, List<Long> provinceItemIds) {
        Map<String, @Nullable Object> m = new HashMap<>();
        m.put("number", number);
        m.put("content", content);
        m.put("output", output);
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("indicators", indicators);
        m.put("provinceItemIds", provinceItemIds);
        return m;
    }

    private static String required(@Nullable String value, String type, String key) {
        String v = PlanRules.blank(value);
        if (v == null) {
            throw DomainException.invalid(type, key);
        }
        return v;
    }

    private PlanStore.GroupRow group(long id) {
        return edits.group(id).orElseThrow(() -> DomainException.notFound("plan-group-not-found",
                "planning.problem.group-not-found", id));
    }

    private ItemRow item(long id) {
        return store.item(id).orElseThrow(() -> DomainException.notFound("plan-item-not-found",
                "planning.problem.item-not-found", id));
    }
}
