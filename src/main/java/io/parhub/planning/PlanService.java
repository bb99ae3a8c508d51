package io.parhub.planning;

import io.parhub.account.CurrentStaff;
import io.parhub.org.Agency;
import io.parhub.planning.store.PlanStore;
import io.parhub.planning.store.PlanStore.AssignmentRow;
import io.parhub.planning.store.PlanStore.PlanRow;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, assignments and progress; who may do what is in {@link PlanRules}, editing a drafted plan in
 * {@link PlanEditing}. Every command checks the version read and writes an audit entry.
 */
@Service
@Transactional
class PlanService implements Plans {

    static final ZoneId VIETNAM = PlanRules.VIETNAM;

    private final PlanStore store;
    private final PlanRules rules;
    private final PlanViews views;
    private final AuditTrail audit;
    private final MessageSource messages;

    PlanService(PlanStore store, PlanRules rules, PlanViews views, AuditTrail audit, MessageSource messages) {
        this.store = store;
        this.rules = rules;
        this.views = views;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public PlanView create(NewPlan plan, LocalDateTime at) {
        CurrentStaff staff = rules.staff();
        Agency agency = rules.agency(plan.agencyCode(), plan.year());
        rules.requireAuthor(staff, plan.level(), agency, plan.year());
        if (plan.title().isBlank()) {
            throw DomainException.invalid("plan-title-required", "planning.problem.title-required");
        }
        if (store.plan(plan.level().name(), agency.code(), plan.year()).isPresent()) {
            throw DomainException.conflict("plan-exists", "planning.problem.exists", agency.code(), plan.year());
        }
        long id = create(plan, at, staff.username(), false);
        audit.record(staff.username(), "planning.plan-created", "plan", String.valueOf(id), Map.of("level",
                plan.level().name(), "agency", agency.code(), "year", plan.year(), "groups", plan.groups().size(),
                "items", plan.groups().stream().mapToInt(g -> g.items().size()).sum()));
        return views.view(id, at.toLocalDate());
    }

    /** Writes a plan without checking who asks: for {@link #create} and the demo seed. */
    long create(NewPlan plan, LocalDateTime at, String by, boolean illustrative) {
        Instant now = PlanRules.instant(at);
        long id = store.insertPlan(plan.level().name(), plan.agencyCode(), plan.year(), plan.title().strip(),
                illustrative, now, by);
        PlanRow p = rules.plan(id);
        for (NewPlan.Group g : plan.groups()) {
            long groupId = store.insertGroup(id, g.number(), g.name().strip());
            for (NewPlan.Item item : g.items()) {
                insertItem(p, groupId, item, now);
            }
        }
        return id;
    }

    @Override
    public PlanView issue(long planId, int version, String number, LocalDate issuedOn, String signer,
            LocalDateTime at) {
        CurrentStaff staff = rules.staff();
        PlanRow p = rules.plan(planId);
        rules.requireAuthor(staff, PlanLevel.valueOf(p.level()), rules.agency(p.agencyCode(), p.year()), p.year());
        if (number.isBlank() || signer.isBlank()) {
            throw DomainException.invalid("plan-issue-fields", "planning.problem.issue-fields");
        }
        if (!"DRAFT".equals(p.status())) {
            throw DomainException.conflict("plan-issued", "planning.problem.issued", p.id());
        }
        if (p.version() != version || !store.issue(planId, version, number.strip(), issuedOn, signer.strip(),
                PlanRules.instant(at))) {
            throw DomainException.conflict("plan-stale", "planning.problem.stale");
        }
        audit.record(staff.username(), "planning.plan-issued", "plan", String.valueOf(planId), Map.of("number",
                number.strip(), "issuedOn", issuedOn.toString(), "signer", signer.strip(), "versionBefore", version,
                "versionAfter", version + 1));
        return views.view(planId, at.toLocalDate());
    }

    @Override
    public PlanView assign(long itemId, List<String> agencyCodes, LocalDateTime at) {
        CurrentStaff staff = rules.staff();
        PlanStore.ItemRow item = store.item(itemId).orElseThrow(() -> DomainException.notFound("plan-item-not-found",
                "planning.problem.item-not-found", itemId));
        PlanRow p = rules.plan(item.planId());
        rules.requireAuthor(staff, PlanLevel.valueOf(p.level()), rules.agency(p.agencyCode(), p.year()), p.year());
        List<String> added = new ArrayList<>();
        for (String code : new LinkedHashSet<>(agencyCodes)) {
            String c = rules.agency(code, p.year()).code();
            if (store.insertAssignment(itemId, c, PlanRules.instant(at))) {
                added.add(c);
            }
        }
        audit.record(staff.username(), "planning.item-assigned", "plan_item", String.valueOf(itemId),
                Map.of("plan", p.id(), "item", item.number(), "added", added));
        return views.view(p.id(), at.toLocalDate());
    }

    @Override
    public PlanView.Assignment progress(long assignmentId, ProgressInput input, LocalDateTime at) {
        CurrentStaff staff = rules.staff();
        AssignmentRow a = store.assignment(assignmentId).orElseThrow(() -> DomainException.notFound(
                "plan-assignment-not-found", "planning.problem.assignment-not-found", assignmentId));
        PlanRow p = rules.plan(a.planId());
        if (!rules.mayUpdate(a, p.year())) {
            throw DomainException.forbidden("plan-not-assigned", "planning.problem.not-assigned", a.agencyCode());
        }
        if (input.percent() < 0 || input.percent() > 100) {
            throw DomainException.invalid("plan-percent", "planning.problem.percent");
        }
        String evidence = PlanRules.blank(input.evidenceLink());
        if (evidence != null && !evidence.matches("(?i)https?://\\S+")) {
            throw DomainException.invalid("plan-evidence-link", "planning.problem.evidence-link");
        }
        AssignmentStatus status = AssignmentStatus.of(input.percent());
        LocalDate doneOn = status == AssignmentStatus.DONE
                ? (a.doneOn() != null ? a.doneOn() : at.toLocalDate()) : null;
        Instant now = PlanRules.instant(at);
        if (input.version() != a.version()
                || !store.updateAssignment(a.id(), input.version(), status.name(), input.percent(), doneOn, now)) {
            throw DomainException.conflict("plan-assignment-stale", "planning.problem.assignment-stale");
        }
        store.insertProgress(a.id(), now, staff.username(), input.percent(), PlanRules.blank(input.note()),
                evidence);
        Map<String, @Nullable Object> details = new HashMap<>();
        details.put("plan", p.id());
        details.put("agency", a.agencyCode());
        details.put("from", a.status());
        details.put("to", status.name());
        details.put("percentBefore", a.percent());
        details.put("percentAfter", input.percent());
        details.put("versionBefore", a.version());
        details.put("versionAfter", a.version() + 1);
        details.put("evidenceLink", evidence);
        audit.record(staff.username(), "planning.progress-recorded", "plan_assignment", String.valueOf(a.id()),
                details);
        return views.view(p.id(), at.toLocalDate()).groups().stream().flatMap(g -> g.items().stream())
                .flatMap(i -> i.assignments().stream()).filter(x -> x.id() == a.id()).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanView> find(long planId, LocalDate today) {
        rules.staff();
        return store.plan(planId).map(p -> views.view(p.id(), today));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> list(int year, LocalDate today) {
        rules.staff();
        List<PlanRow> plans = store.plans(year);
        Map<Long, List<AssignmentRow>> byPlan = store.assignmentsOfPlans(plans.stream().map(PlanRow::id).toList())
                .stream().collect(Collectors.groupingBy(AssignmentRow::planId));
        return plans.stream().map(p -> {
            Map<Long, PlanStore.ItemRow> items = store.items(p.id()).stream()
                    .collect(Collectors.toMap(PlanStore.ItemRow::id, i -> i));
            List<AssignmentRow> as = byPlan.getOrDefault(p.id(), List.of());
            int done = (int) as.stream().filter(a -> "DONE".equals(a.status())).count();
            int overdue = (int) as.stream()
                    .filter(a -> rules.flags(items.get(a.itemId()).deadline(), a, today).overdue()).count();
            return new PlanSummary(p.id(), PlanLevel.valueOf(p.level()), p.agencyCode(),
                    rules.name(p.agencyCode(), p.year()), p.year(), p.number(), p.title(), p.issuedOn(), p.signer(),
                    PlanStatus.valueOf(p.status()), p.illustrative(), items.size(), as.size(), done, overdue);
        }).toList();
    }

    @Override
    public void requirePlans(int year, List<String> agencyCodes, LocalDate dueOn, LocalDateTime at) {
        CurrentStaff staff = rules.staff();
        rules.requireProvinceOffice(staff, year);
        List<String> codes = new ArrayList<>();
        for (String code : new LinkedHashSet<>(agencyCodes)) {
            String c = rules.agency(code, year).code();
            store.requirePlan(year, c, dueOn);
            codes.add(c);
        }
        audit.record(staff.username(), "planning.plans-required", "plan_obligation", String.valueOf(year),
                Map.of("agencies", codes, "dueOn", dueOn.toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public IssuedPlansTally tally(int year, LocalDate today) {
        List<IssuedPlansTally.Row> rows = new ArrayList<>();
        for (PlanStore.ObligationRow o : store.obligations(year)) {
            PlanRow plan = store.plan(PlanLevel.UNIT.name(), o.agencyCode(), year).orElse(null);
            // as of today: a plan issued later does not count yet
            boolean issued = plan != null && "ISSUED".equals(plan.status())
                    && !Objects.requireNonNull(plan.issuedOn()).isAfter(today);
            LocalDate due = effectiveDeadline(o.dueOn());
            IssuedPlansTally.State state = issued
                    ? (Objects.requireNonNull(plan.issuedOn()).isAfter(due) ? IssuedPlansTally.State.ISSUED_LATE
                            : IssuedPlansTally.State.ISSUED_ON_TIME)
                    : today.isAfter(due) ? IssuedPlansTally.State.NOT_ISSUED_LATE
                            : IssuedPlansTally.State.NOT_ISSUED_YET;
            rows.add(new IssuedPlansTally.Row(o.agencyCode(), rules.name(o.agencyCode(), year), o.dueOn(),
                    plan == null ? null : plan.id(), issued ? plan.number() : null, issued ? plan.issuedOn() : null,
                    state));
        }
        int issued = (int) rows.stream().filter(r -> r.issuedOn() != null).count();
        List<IssuedPlansTally.Row> late = rows.stream().filter(IssuedPlansTally.Row::late).toList();
        return new IssuedPlansTally(year, rows.size(), issued, rows, late, sentence(year, issued, rows.size(),
                late, Locale.forLanguageTag("vi")), sentence(year, issued, rows.size(), late, Locale.ENGLISH));
    }

    private String sentence(int year, int issued, int required, List<IssuedPlansTally.Row> late, Locale locale) {
        String s = messages.getMessage("planning.tally.sentence",
                new Object[] {String.valueOf(issued), String.valueOf(required), String.valueOf(year)}, locale);
        if (late.isEmpty()) {
            return s;
        }
        return s + messages.getMessage("planning.tally.sentence.late", new Object[] {late.stream()
                .map(IssuedPlansTally.Row::agencyName).collect(Collectors.joining(", "))}, locale);
    }

    @Override
    public LocalDate effectiveDeadline(LocalDate deadline) {
        return rules.effectiveDeadline(deadline);
    }

    /** Writes the items of a plan's group with their assignments and links to the province's items. */
    void insertItem(PlanRow p, long groupId, NewPlan.Item item, Instant now) {
        long itemId = store.insertItem(p.id(), groupId, item.number().strip(), item.content().strip(),
                PlanRules.blank(item.output()), item.deadline(), PlanRules.blank(item.indicators()));
        for (String code : item.assignees()) {
            store.insertAssignment(itemId, rules.agency(code, p.year()).code(), now);
        }
        link(p, itemId, item.provinceItemIds());
    }

    void link(PlanRow p, long itemId, List<Long> provinceItemIds) {
        for (long provinceItem : provinceItemIds) {
            if (!PlanLevel.UNIT.name().equals(p.level()) || !rules.isProvinceItem(provinceItem, p.year())) {
                throw DomainException.invalid("plan-link", "planning.problem.link", provinceItem);
            }
            store.link(itemId, provinceItem);
        }
    }
}
