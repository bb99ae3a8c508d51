package io.parhub.planning.inspection;

import io.parhub.account.CurrentStaff;
import io.parhub.planning.inspection.InspectionStore.PlanRow;
import io.parhub.planning.inspection.InspectionStore.RecommendationRow;
import io.parhub.planning.inspection.InspectionStore.VisitRow;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands of inspections, one transaction each: validate, change (checking the version read where two people
 * may edit), record an {@link AuditTrail} entry. Who may: see {@link InspectionAccess}.
 */
@Service
@Transactional
public class InspectionService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> KINDS = Set.of("SHORTCOMING", "LIMITATION");

    private final InspectionStore store;
    private final InspectionAccess access;
    private final AuditTrail audit;

    InspectionService(InspectionStore store, InspectionAccess access, AuditTrail audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    public long createPlan(InspectionInput.NewPlan plan, LocalDateTime at) {
        CurrentStaff staff = access.requireOffice(plan.year());
        if (blank(plan.number()) == null || blank(plan.title()) == null || blank(plan.signer()) == null
                || plan.issuedOn() == null) {
            throw DomainException.invalid("inspection-plan-fields", "inspection.problem.plan-fields");
        }
        if (store.planOfYear(plan.year()).isPresent()) {
            throw DomainException.conflict("inspection-plan-exists", "inspection.problem.plan-exists",
                    String.valueOf(plan.year()));
        }
        long id = store.insertPlan(plan.year(), plan.number().strip(), plan.title().strip(), plan.issuedOn(),
                plan.signer().strip(), false, instant(at), staff.username());
        audit.record(staff.username(), "planning.inspection-plan-created", "inspection_plan", String.valueOf(id),
                Map.of("year", plan.year(), "number", plan.number().strip(), "issuedOn", plan.issuedOn().toString()));
        return id;
    }

    public long addTeam(long planId, InspectionInput.NewTeam team, LocalDateTime at) {
        PlanRow p = plan(planId);
        CurrentStaff staff = access.requireOffice(p.year());
        if (blank(team.name()) == null || blank(team.leader()) == null) {
            throw DomainException.invalid("inspection-team-fields", "inspection.problem.team-fields");
        }
        String members = team.members() == null ? "" : team.members().strip();
        long id = store.insertTeam(planId, team.name().strip(), team.leader().strip(), members);
        audit.record(staff.username(), "planning.inspection-team-formed", "inspection_team", String.valueOf(id),
                Map.of("plan", planId, "name", team.name().strip(), "leader", team.leader().strip(),
                        "members", members.isEmpty() ? 0 : members.split("\\R").length));
        return id;
    }

    /** Puts a unit on the plan: its visit, planned. */
    public long addUnit(long planId, InspectionInput.NewUnit unit, LocalDateTime at) {
        PlanRow p = plan(planId);
        CurrentStaff staff = access.requireOffice(p.year());
        String code = access.agency(unit.agencyCode(), p.year()).code();
        if (unit.plannedOn() == null) {
            throw DomainException.invalid("inspection-planned-on", "inspection.problem.planned-on");
        }
        if (unit.teamId() != null && store.team(unit.teamId()).filter(t -> t.planId() == planId).isEmpty()) {
            throw DomainException.invalid("inspection-team", "inspection.problem.team", unit.teamId());
        }
        if (store.visits(planId).stream().anyMatch(v -> v.agencyCode().equals(code))) {
            throw DomainException.conflict("inspection-unit-exists", "inspection.problem.unit-exists", code);
        }
        long id = store.insertVisit(planId, code, unit.plannedOn(), unit.teamId(), instant(at));
        Map<String, @Nullable Object> details = new HashMap<>();
        details.put("plan", planId);
        details.put("agency", code);
        details.put("plannedOn", unit.plannedOn().toString());
        details.put("team", unit.teamId());
        audit.record(staff.username(), "planning.inspection-unit-planned", "inspection_visit", String.valueOf(id),
                details);
        return id;
    }

    public void recordVisit(long visitId, InspectionInput.VisitRecord input, LocalDateTime at) {
        VisitRow v = visit(visitId);
        CurrentStaff staff = access.requireOffice(plan(v.planId()).year());
        if (input.visitedOn() == null || blank(input.conclusion()) == null) {
            throw DomainException.invalid("inspection-visit-fields", "inspection.problem.visit-fields");
        }
        if (input.version() != v.version()
                || !store.recordVisit(visitId, input.version(), input.visitedOn(), input.conclusion().strip(),
                        instant(at))) {
            throw DomainException.conflict("inspection-visit-stale", "inspection.problem.visit-stale");
        }
        audit.record(staff.username(), "planning.inspection-visit-recorded", "inspection_visit",
                String.valueOf(visitId), Map.of("agency", v.agencyCode(), "from", v.status(), "to", "DONE",
                        "visitedOn", input.visitedOn().toString(), "versionBefore", v.version(),
                        "versionAfter", v.version() + 1));
    }

    public long addFinding(long visitId, InspectionInput.NewFinding finding, LocalDateTime at) {
        VisitRow v = visit(visitId);
        CurrentStaff staff = access.requireOffice(plan(v.planId()).year());
        if (!KINDS.contains(String.valueOf(finding.kind())) || finding.area() < 1 || finding.area() > 7
                || blank(finding.text()) == null) {
            throw DomainException.invalid("inspection-finding-fields", "inspection.problem.finding-fields");
        }
        long id = store.insertFinding(visitId, finding.kind(), finding.area(), finding.text().strip(), instant(at),
                staff.username());
        audit.record(staff.username(), "planning.inspection-finding-recorded", "inspection_finding",
                String.valueOf(id), Map.of("visit", visitId, "agency", v.agencyCode(), "kind", finding.kind(),
                        "area", finding.area()));
        return id;
    }

    public long addRecommendation(long visitId, InspectionInput.NewRecommendation rec, LocalDateTime at) {
        VisitRow v = visit(visitId);
        int year = plan(v.planId()).year();
        CurrentStaff staff = access.requireOffice(year);
        if (blank(rec.text()) == null || rec.deadline() == null) {
            throw DomainException.invalid("inspection-recommendation-fields",
                    "inspection.problem.recommendation-fields");
        }
        if (rec.findingId() != null && store.findings(java.util.List.of(visitId)).stream()
                .noneMatch(f -> f.id() == rec.findingId())) {
            throw DomainException.invalid("inspection-finding", "inspection.problem.finding", rec.findingId());
        }
        String responsible = blank(rec.responsibleAgency()) == null ? v.agencyCode()
                : access.agency(rec.responsibleAgency(), year).code();
        long id = store.insertRecommendation(visitId, rec.findingId(), rec.text().strip(), responsible,
                rec.deadline(), instant(at));
        audit.record(staff.username(), "planning.inspection-recommendation-made", "inspection_recommendation",
                String.valueOf(id), Map.of("visit", visitId, "responsible", responsible,
                        "deadline", rec.deadline().toString()));
        return id;
    }

    /** The responsible unit reports what it did; the report waits for the PAR office. */
    public void reportRemediation(long recommendationId, InspectionInput.Remediation input, LocalDateTime at) {
        RecommendationRow r = recommendation(recommendationId);
        int year = plan(visit(r.visitId()).planId()).year();
        CurrentStaff staff = access.staff();
        if (!access.mayReport(staff, r.responsibleAgency(), year)) {
            throw DomainException.forbidden("inspection-not-responsible", "inspection.problem.not-responsible",
                    r.responsibleAgency());
        }
        if ("DONE".equals(r.status())) {
            throw DomainException.conflict("inspection-recommendation-done", "inspection.problem.done");
        }
        if (store.pendingRemediation(recommendationId).isPresent()) {
            throw DomainException.conflict("inspection-remediation-pending", "inspection.problem.pending");
        }
        String evidence = blank(input.evidenceLink());
        if (blank(input.whatDone()) == null || input.doneOn() == null) {
            throw DomainException.invalid("inspection-remediation-fields", "inspection.problem.remediation-fields");
        }
        if (evidence != null && !evidence.matches("(?i)https?://\\S+")) {
            throw DomainException.invalid("inspection-evidence-link", "inspection.problem.evidence-link");
        }
        Instant now = instant(at);
        if (input.version() != r.version() || !store.touchRecommendation(r.id(), r.version(), r.status(), null, now)) {
            throw DomainException.conflict("inspection-recommendation-stale", "inspection.problem.stale");
        }
        long id = store.insertRemediation(r.id(), now, staff.username(), input.whatDone().strip(), input.doneOn(),
                evidence);
        Map<String, @Nullable Object> details = new HashMap<>();
        details.put("remediation", id);
        details.put("agency", r.responsibleAgency());
        details.put("doneOn", input.doneOn().toString());
        details.put("evidenceLink", evidence);
        details.put("versionBefore", r.version());
        details.put("versionAfter", r.version() + 1);
        audit.record(staff.username(), "planning.inspection-remediation-reported", "inspection_recommendation",
                String.valueOf(r.id()), details);
    }

    /** Accepting makes the recommendation done on the day the unit reported; returning keeps it open. */
    public void decide(long recommendationId, InspectionInput.Decision input, LocalDateTime at) {
        RecommendationRow r = recommendation(recommendationId);
        CurrentStaff staff = access.requireOffice(plan(visit(r.visitId()).planId()).year());
        InspectionStore.RemediationRow report = store.pendingRemediation(recommendationId).orElseThrow(
                () -> DomainException.conflict("inspection-no-report", "inspection.problem.no-report"));
        String note = blank(input.note());
        if (!input.accept() && note == null) {
            throw DomainException.invalid("inspection-return-note", "inspection.problem.return-note");
        }
        String status = input.accept() ? "DONE" : "OPEN";
        Instant now = instant(at);
        if (input.version() != r.version() || !store.touchRecommendation(r.id(), r.version(), status,
                input.accept() ? report.doneOn() : null, now)) {
            throw DomainException.conflict("inspection-recommendation-stale", "inspection.problem.stale");
        }
        String decision = input.accept() ? "ACCEPTED" : "RETURNED";
        store.decide(report.id(), decision, now, staff.username(), note);
        Map<String, @Nullable Object> details = new HashMap<>();
        details.put("remediation", report.id());
        details.put("decision", decision);
        details.put("note", note);
        details.put("from", r.status());
        details.put("to", status);
        details.put("versionBefore", r.version());
        details.put("versionAfter", r.version() + 1);
        audit.record(staff.username(), "planning.inspection-remediation-" + decision.toLowerCase(java.util.Locale.ROOT),
                "inspection_recommendation", String.valueOf(r.id()), details);
    }

    private PlanRow plan(long id) {
        return store.plan(id).orElseThrow(() -> DomainException.notFound("inspection-plan-not-found",
                "inspection.problem.plan-not-found", id));
    }

    private VisitRow visit(long id) {
        return store.visit(id).orElseThrow(() -> DomainException.notFound("inspection-visit-not-found",
                "inspection.problem.visit-not-found", id));
    }

    private RecommendationRow recommendation(long id) {
        return store.recommendation(id).orElseThrow(() -> DomainException.notFound(
                "inspection-recommendation-not-found", "inspection.problem.recommendation-not-found", id));
    }

    static Instant instant(LocalDateTime at) {
        return at.atZone(VIETNAM).toInstant();
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
