package io.parhub.planning;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.calendar.WorkingCalendar;
import io.parhub.org.Agencies;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, assignments and progress. Who may do what: the province's plan — role PAR_OFFICE with an agency inside the
 * province ({@code parhub.planning.province-agency}); a unit plan — the unit's PAR_FOCAL_POINT (its agency subtree,
 * {@link AccessPolicy#requireChange}) or the province's PAR office recording the plan a unit sent; progress — staff
 * of the assigned unit (its subtree). Every command checks the version read and writes an audit entry.
 */
@Service
@Transactional
class PlanService implements Plans {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlanStore store;
    private final WorkingCalendar calendar;
    private final Agencies agencies;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final String provinceAgency;
    private final int dueSoonWorkingDays;

    PlanService(PlanStore store, WorkingCalendar calendar, Agencies agencies, AccessPolicy access, AuditTrail audit,
            MessageSource messages, @Value("${parhub.planning.province-agency:UBND-92}") String provinceAgency,
            @Value("${parhub.planning.due-soon-working-days:5}") int dueSoonWorkingDays) {
        this.store = store;
        this.calendar = calendar;
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.provinceAgency = provinceAgency;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    @Override
    public PlanView create(NewPlan plan, LocalDateTime at) {
        CurrentStaff staff = staff();
        Agency agency = agency(plan.agencyCode(), plan.year());
        requireAuthor(staff, plan.level(), agency, plan.year());
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
        return view(id, at.toLocalDate());
    }

    /** Writes a plan without checking who asks: for {@link #create} and the demo seed. */
    long create(NewPlan plan, LocalDateTime at, String by, boolean illustrative) {
        Instant now = instant(at);
        long id = store.insertPlan(plan.level().name(), plan.agencyCode(), plan.year(), plan.title().strip(),
                illustrative, now, by);
        for (NewPlan.Group g : plan.groups()) {
            long groupId = store.insertGroup(id, g.number(), g.name().strip());
            for (NewPlan.Item item : g.items()) {
                long itemId = store.insertItem(id, groupId, item.number().strip(), item.content().strip(),
                        blank(item.output()), item.deadline(), blank(item.indicators()));
                for (String code : item.assignees()) {
                    store.insertAssignment(itemId, agency(code, plan.year()).code(), now);
                }
                for (long provinceItem : item.provinceItemIds()) {
                    if (plan.level() != PlanLevel.UNIT || !isProvinceItem(provinceItem, plan.year())) {
                        throw DomainException.invalid("plan-link", "planning.problem.link", provinceItem);
                    }
                    store.link(itemId, provinceItem);
                }
            }
        }
        return id;
    }

    @Override
    public PlanView issue(long planId, int version, String number, LocalDate issuedOn, String signer,
            LocalDateTime at) {
        CurrentStaff staff = staff();
        PlanRow p = plan(planId);
        requireAuthor(staff, PlanLevel.valueOf(p.level()), agency(p.agencyCode(), p.year()), p.year());
        if (number.isBlank() || signer.isBlank()) {
            throw DomainException.invalid("plan-issue-fields", "planning.problem.issue-fields");
        }
        if (!"DRAFT".equals(p.status())) {
            throw DomainException.conflict("plan-issued", "planning.problem.issued", p.id());
        }
        if (p.version() != version || !store.issue(planId, version, number.strip(), issuedOn, signer.strip(),
                instant(at))) {
            throw DomainException.conflict("plan-stale", "planning.problem.stale");
        }
        audit.record(staff.username(), "planning.plan-issued", "plan", String.valueOf(planId), Map.of("number",
                number.strip(), "issuedOn", issuedOn.toString(), "signer", signer.strip(), "versionBefore", version,
                "versionAfter", version + 1));
        return view(planId, at.toLocalDate());
    }

    @Override
    public PlanView assign(long itemId, List<String> agencyCodes, LocalDateTime at) {
        CurrentStaff staff = staff();
        PlanStore.ItemRow item = store.item(itemId).orElseThrow(() -> DomainException.notFound("plan-item-not-found",
                "planning.problem.item-not-found", itemId));
        PlanRow p = plan(item.planId());
        requireAuthor(staff, PlanLevel.valueOf(p.level()), agency(p.agencyCode(), p.year()), p.year());
        List<String> added = new ArrayList<>();
        for (String code : new LinkedHashSet<>(agencyCodes)) {
            String c = agency(code, p.year()).code();
            if (store.insertAssignment(itemId, c, instant(at))) {
                added.add(c);
            }
        }
        audit.record(staff.username(), "planning.item-assigned", "plan_item", String.valueOf(itemId),
                Map.of("plan", p.id(), "item", item.number(), "added", added));
        return view(p.id(), at.toLocalDate());
    }

    @Override
    public PlanView.Assignment progress(long assignmentId, ProgressInput input, LocalDateTime at) {
        CurrentStaff staff = staff();
        AssignmentRow a = store.assignment(assignmentId).orElseThrow(() -> DomainException.notFound(
                "plan-assignment-not-found", "planning.problem.assignment-not-found", assignmentId));
        PlanRow p = plan(a.planId());
        if (!mayUpdate(staff, a, p.year())) {
            throw DomainException.forbidden("plan-not-assigned", "planning.problem.not-assigned", a.agencyCode());
        }
        if (input.percent() < 0 || input.percent() > 100) {
            throw DomainException.invalid("plan-percent", "planning.problem.percent");
        }
        String evidence = blank(input.evidenceLink());
        if (evidence != null && !evidence.matches("(?i)https?://\\S+")) {
            throw DomainException.invalid("plan-evidence-link", "planning.problem.evidence-link");
        }
        AssignmentStatus status = AssignmentStatus.of(input.percent());
        LocalDate doneOn = status == AssignmentStatus.DONE ? (a.doneOn() != null ? a.doneOn() : at.toLocalDate()) : null;
        Instant now = instant(at);
        if (input.version() != a.version()
                || !store.updateAssignment(a.id(), input.version(), status.name(), input.percent(), doneOn, now)) {
            throw DomainException.conflict("plan-assignment-stale", "planning.problem.assignment-stale");
        }
        store.insertProgress(a.id(), now, staff.username(), input.percent(), blank(input.note()), evidence);
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
        return view(p.id(), at.toLocalDate()).groups().stream().flatMap(g -> g.items().stream())
                .flatMap(i -> i.assignments().stream()).filter(x -> x.id() == a.id()).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanView> find(long planId, LocalDate today) {
        staff();
        return store.plan(planId).map(p -> view(p.id(), today));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> list(int year, LocalDate today) {
        staff();
        List<PlanRow> plans = store.plans(year);
        Map<Long, List<AssignmentRow>> byPlan = store.assignmentsOfPlans(plans.stream().map(PlanRow::id).toList())
                .stream().collect(Collectors.groupingBy(AssignmentRow::planId));
        return plans.stream().map(p -> {
            Map<Long, PlanStore.ItemRow> items = store.items(p.id()).stream()
                    .collect(Collectors.toMap(PlanStore.ItemRow::id, i -> i));
            List<AssignmentRow> as = byPlan.getOrDefault(p.id(), List.of());
            int done = (int) as.stream().filter(a -> "DONE".equals(a.status())).count();
            int overdue = (int) as.stream().filter(a -> flags(items.get(a.itemId()).deadline(), a, today).overdue())
                    .count();
            return new PlanSummary(p.id(), PlanLevel.valueOf(p.level()), p.agencyCode(), name(p.agencyCode(), p.year()),
                    p.year(), p.number(), p.title(), p.issuedOn(), p.signer(), PlanStatus.valueOf(p.status()),
                    p.illustrative(), items.size(), as.size(), done, overdue);
        }).toList();
    }

    @Override
    public void requirePlans(int year, List<String> agencyCodes, LocalDate dueOn, LocalDateTime at) {
        CurrentStaff staff = staff();
        requireProvinceOffice(staff, year);
        List<String> codes = new ArrayList<>();
        for (String code : new LinkedHashSet<>(agencyCodes)) {
            String c = agency(code, year).code();
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
            rows.add(new IssuedPlansTally.Row(o.agencyCode(), name(o.agencyCode(), year), o.dueOn(),
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

    /**
     * A deadline on a day off (weekend, holiday, compensatory day) moves to the next working day: Bộ luật Dân sự 2015
     * Điều 148 khoản 5, "khi ngày cuối cùng của thời hạn là ngày nghỉ … thì thời hạn kết thúc tại thời điểm kết thúc
     * ngày làm việc tiếp theo ngày nghỉ đó". Days off come from the official schedule of the working calendar.
     */
    @Override
    public LocalDate effectiveDeadline(LocalDate deadline) {
        return calendar.isWorkingDay(deadline) ? deadline : calendar.nextWorkingDay(deadline);
    }

    /** Overdue: not done after the effective deadline, or done after it. Due soon: not done, within N working days. */
    PlanView.Flags flags(@Nullable LocalDate deadline, AssignmentRow a, LocalDate today) {
        if (deadline == null) {
            return PlanView.Flags.NONE;
        }
        LocalDate due = effectiveDeadline(deadline);
        boolean done = "DONE".equals(a.status());
        boolean overdue = done ? a.doneOn() != null && a.doneOn().isAfter(due) : today.isAfter(due);
        boolean dueSoon = !done && !today.isAfter(due)
                && !calendar.addWorkingDays(today, dueSoonWorkingDays).isBefore(due);
        return new PlanView.Flags(overdue, dueSoon);
    }

    private PlanView view(long planId, LocalDate today) {
        PlanRow p = plan(planId);
        Optional<CurrentStaff> staff = access.current();
        Map<Long, List<AssignmentRow>> assignments = store.assignments(planId).stream()
                .collect(Collectors.groupingBy(AssignmentRow::itemId));
        Map<Long, List<PlanStore.ProgressRow>> progress = store.progress(planId).stream()
                .collect(Collectors.groupingBy(PlanStore.ProgressRow::assignmentId));
        Map<Long, List<Long>> links = store.links(planId).stream().collect(Collectors.groupingBy(
                PlanStore.LinkRow::unitItemId, Collectors.mapping(PlanStore.LinkRow::provinceItemId,
                        Collectors.toList())));
        Map<Long, List<PlanStore.ItemRow>> items = store.items(planId).stream()
                .collect(Collectors.groupingBy(PlanStore.ItemRow::groupId));
        List<PlanView.Group> groups = store.groups(planId).stream().map(g -> new PlanView.Group(g.id(), g.number(),
                g.name(), items.getOrDefault(g.id(), List.of()).stream().map(i -> new PlanView.Item(i.id(), i.number(),
                        i.content(), i.output(), i.deadline(), i.deadline() == null ? null
                                : effectiveDeadline(i.deadline()), i.indicators(),
                        assignments.getOrDefault(i.id(), List.of()).stream().map(a -> new PlanView.Assignment(a.id(),
                                a.agencyCode(), name(a.agencyCode(), p.year()), AssignmentStatus.valueOf(a.status()),
                                a.percent(), a.doneOn(), a.version(), flags(i.deadline(), a, today),
                                staff.map(s -> mayUpdate(s, a, p.year())).orElse(false),
                                progress.getOrDefault(a.id(), List.of()).stream().map(r -> new PlanView.Progress(
                                        LocalDateTime.ofInstant(r.at(), VIETNAM), r.by(), r.percent(), r.note(),
                                        r.evidenceLink())).toList())).toList(),
                        links.getOrDefault(i.id(), List.of()))).toList())).toList();
        return new PlanView(p.id(), PlanLevel.valueOf(p.level()), p.agencyCode(), name(p.agencyCode(), p.year()),
                p.year(), p.number(), p.title(), p.issuedOn(), p.signer(), PlanStatus.valueOf(p.status()),
                p.illustrative(), p.version(), groups);
    }

    /** Staff of the assigned unit (its subtree) record progress; the PAR office reads everything but does not. */
    private boolean mayUpdate(CurrentStaff staff, AssignmentRow a, int year) {
        return find(a.agencyCode(), year).map(ag -> access.canChange(ag.id())).orElse(false);
    }

    private void requireAuthor(CurrentStaff staff, PlanLevel level, Agency agency, int year) {
        if (level == PlanLevel.PROVINCE) {
            requireProvinceOffice(staff, year);
            if (!agency.code().equals(provinceAgency)) {
                throw DomainException.invalid("plan-province-agency", "planning.problem.province-agency",
                        provinceAgency);
            }
            return;
        }
        if (isProvinceOffice(staff, year)) {
            return;
        }
        if (!staff.has(Role.PAR_FOCAL_POINT)) {
            throw DomainException.forbidden("plan-role", "planning.problem.role");
        }
        access.requireChange(agency.id());
    }

    private void requireProvinceOffice(CurrentStaff staff, int year) {
        if (!isProvinceOffice(staff, year)) {
            throw DomainException.forbidden("plan-role", "planning.problem.role");
        }
    }

    private boolean isProvinceOffice(CurrentStaff staff, int year) {
        return staff.has(Role.PAR_OFFICE) && find(provinceAgency, year)
                .map(p -> agencies.isWithin(staff.agencyId(), p.id())).orElse(false);
    }

    private boolean isProvinceItem(long itemId, int year) {
        return store.item(itemId).flatMap(i -> store.plan(i.planId()))
                .filter(p -> "PROVINCE".equals(p.level()) && p.year() == year).isPresent();
    }

    /** The agency with this code on 1 January of the year, or else on 31 December (a reorganisation mid-year). */
    private Optional<Agency> find(String code, int year) {
        String c = code.strip();
        return agencies.byCode(c, LocalDate.of(year, 1, 1)).or(() -> agencies.byCode(c, LocalDate.of(year, 12, 31)));
    }

    private Agency agency(String code, int year) {
        return find(code, year).orElseThrow(() -> DomainException.invalid("plan-agency", "planning.problem.agency",
                code, year));
    }

    private String name(String code, int year) {
        return find(code, year).map(Agency::name).orElse(code);
    }

    private PlanRow plan(long id) {
        return store.plan(id).orElseThrow(() -> DomainException.notFound("plan-not-found",
                "planning.problem.not-found", id));
    }

    private CurrentStaff staff() {
        return access.current().orElseThrow(() -> DomainException.forbidden("forbidden", "error.page.403"));
    }

    private static Instant instant(LocalDateTime at) {
        return at.atZone(VIETNAM).toInstant();
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
