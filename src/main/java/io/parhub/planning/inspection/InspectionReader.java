package io.parhub.planning.inspection;

import io.parhub.account.CurrentStaff;
import io.parhub.calendar.WorkingCalendar;
import io.parhub.planning.InspectionFigures;
import io.parhub.planning.Inspections;
import io.parhub.planning.PlanView;
import io.parhub.planning.Plans;
import io.parhub.planning.inspection.InspectionStore.FindingRow;
import io.parhub.planning.inspection.InspectionStore.PlanRow;
import io.parhub.planning.inspection.InspectionStore.RecommendationRow;
import io.parhub.planning.inspection.InspectionStore.RemediationRow;
import io.parhub.planning.inspection.InspectionStore.TeamRow;
import io.parhub.planning.inspection.InspectionStore.VisitRow;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads inspections: a year's plan with its units and figures, one visit. Flags are computed when read, never stored,
 * as for plan items: a deadline on a day off moves to the next working day ({@link Plans#effectiveDeadline}).
 */
@Service
@Transactional(readOnly = true)
public class InspectionReader implements Inspections {

    private final InspectionStore store;
    private final InspectionAccess access;
    private final Plans plans;
    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final int dueSoonWorkingDays;

    InspectionReader(InspectionStore store, InspectionAccess access, Plans plans, WorkingCalendar calendar,
            MessageSource messages, @Value("${parhub.planning.due-soon-working-days:5}") int dueSoonWorkingDays) {
        this.store = store;
        this.access = access;
        this.plans = plans;
        this.calendar = calendar;
        this.messages = messages;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    public InspectionView.Year year(int year, LocalDate today) {
        CurrentStaff staff = access.staff();
        Optional<PlanRow> plan = store.planOfYear(year);
        List<VisitRow> visits = plan.map(p -> store.visits(p.id())).orElse(List.of());
        List<Long> ids = visits.stream().map(VisitRow::id).toList();
        Map<Long, List<FindingRow>> findings = store.findings(ids).stream()
                .collect(Collectors.groupingBy(FindingRow::visitId));
        Map<Long, List<RecommendationRow>> recs = store.recommendations(ids).stream()
                .collect(Collectors.groupingBy(RecommendationRow::visitId));
        List<TeamRow> teamRows = plan.map(p -> store.teams(p.id())).orElse(List.of());
        Map<Long, String> teamNames = teamRows.stream().collect(Collectors.toMap(TeamRow::id, TeamRow::name));
        List<InspectionView.Unit> units = visits.stream().map(v -> {
            List<RecommendationRow> rs = recs.getOrDefault(v.id(), List.of());
            return new InspectionView.Unit(v.id(), v.agencyCode(), access.name(v.agencyCode(), year), v.plannedOn(),
                    v.teamId() == null ? null : teamNames.get(v.teamId()), v.status(), v.visitedOn(),
                    findings.getOrDefault(v.id(), List.of()).size(), rs.size(),
                    (int) rs.stream().filter(r -> "DONE".equals(r.status())).count(),
                    (int) rs.stream().filter(r -> flags(r, today).overdue()).count());
        }).toList();
        return new InspectionView.Year(year, plan.map(InspectionReader::plan).orElse(null),
                teamRows.stream().map(InspectionReader::team).toList(), units, figures(year, today),
                access.isOffice(staff, year));
    }

    public InspectionView.Visit visit(long visitId, LocalDate today) {
        CurrentStaff staff = access.staff();
        VisitRow v = store.visit(visitId).orElseThrow(() -> DomainException.notFound("inspection-visit-not-found",
                "inspection.problem.visit-not-found", visitId));
        PlanRow p = store.plan(v.planId()).orElseThrow();
        boolean office = access.isOffice(staff, p.year());
        List<RecommendationRow> recs = store.recommendations(List.of(visitId));
        Map<Long, List<RemediationRow>> reports = store.remediations(recs.stream().map(RecommendationRow::id)
                .toList()).stream().collect(Collectors.groupingBy(RemediationRow::recommendationId));
        List<InspectionView.Recommendation> recommendations = recs.stream().map(r -> {
            List<InspectionView.Remediation> rs = reports.getOrDefault(r.id(), List.of()).stream()
                    .map(InspectionReader::remediation).toList();
            boolean pending = rs.stream().anyMatch(x -> x.decision() == null);
            boolean open = "OPEN".equals(r.status());
            return new InspectionView.Recommendation(r.id(), r.findingId(), r.text(), r.responsibleAgency(),
                    access.name(r.responsibleAgency(), p.year()), r.deadline(), plans.effectiveDeadline(r.deadline()),
                    r.status(), r.doneOn(), r.version(), flags(r, today), rs,
                    open && !pending && access.mayReport(staff, r.responsibleAgency(), p.year()),
                    open && pending && office);
        }).toList();
        InspectionView.@Nullable Team team = v.teamId() == null ? null : store.team(v.teamId()).map(InspectionReader::team)
                .orElse(null);
        return new InspectionView.Visit(v.id(), p.id(), p.year(), p.number(), p.illustrative(), v.agencyCode(),
                access.name(v.agencyCode(), p.year()), v.plannedOn(), team, v.status(), v.visitedOn(), v.conclusion(),
                v.version(), store.findings(List.of(visitId)).stream().map(f -> new InspectionView.Finding(f.id(),
                        f.kind(), f.area(), f.text())).toList(), recommendations, office);
    }

    /** Figures for reports: needs no signed-in staff member (a report is computed by the application). */
    @Override
    public InspectionFigures figures(int year, LocalDate today) {
        Optional<PlanRow> plan = store.planOfYear(year);
        List<VisitRow> visits = plan.map(p -> store.visits(p.id())).orElse(List.of());
        List<Long> ids = visits.stream().map(VisitRow::id).toList();
        List<FindingRow> findings = store.findings(ids);
        List<RecommendationRow> recs = store.recommendations(ids);
        int visited = (int) visits.stream().filter(v -> "DONE".equals(v.status())).count();
        Map<Integer, Long> byArea = findings.stream().collect(Collectors.groupingBy(FindingRow::area,
                Collectors.counting()));
        List<InspectionFigures.AreaCount> areas = IntStream.rangeClosed(1, 7)
                .mapToObj(a -> new InspectionFigures.AreaCount(a, byArea.getOrDefault(a, 0L).intValue())).toList();
        int done = (int) recs.stream().filter(r -> "DONE".equals(r.status())).count();
        int overdue = (int) recs.stream().filter(r -> flags(r, today).overdue()).count();
        Object[] args = {year, visited, visits.size(), findings.size(), recs.size(), done, overdue};
        return new InspectionFigures(year, plan.map(PlanRow::number).orElse(null),
                plan.map(PlanRow::illustrative).orElse(false), visits.size(), visited, findings.size(), areas,
                recs.size(), done, overdue, sentence(plan.isPresent(), args, Locale.forLanguageTag("vi")),
                sentence(plan.isPresent(), args, Locale.ENGLISH));
    }

    private String sentence(boolean planned, Object[] args, Locale locale) {
        return messages.getMessage(planned ? "inspection.figures.sentence" : "inspection.figures.none",
                Arrays.copyOf(args, args.length), locale);
    }

    /**
     * Overdue: open after the effective deadline, or remedied after it (it stays marked). Due soon: open, and the
     * effective deadline is today or within the configured number of working days.
     */
    PlanView.Flags flags(RecommendationRow r, LocalDate today) {
        LocalDate due = plans.effectiveDeadline(r.deadline());
        boolean done = "DONE".equals(r.status());
        boolean overdue = done ? r.doneOn() != null && r.doneOn().isAfter(due) : today.isAfter(due);
        boolean dueSoon = !done && !today.isAfter(due)
                && !calendar.addWorkingDays(today, dueSoonWorkingDays).isBefore(due);
        return new PlanView.Flags(overdue, dueSoon);
    }

    private static InspectionView.Plan plan(PlanRow p) {
        return new InspectionView.Plan(p.id(), p.year(), p.number(), p.title(), p.issuedOn(), p.signer(),
                p.illustrative(), p.version());
    }

    private static InspectionView.Team team(TeamRow t) {
        return new InspectionView.Team(t.id(), t.name(), t.leader(), t.members().isBlank() ? List.of()
                : Arrays.stream(t.members().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private static InspectionView.Remediation remediation(RemediationRow r) {
        Function<java.time.Instant, LocalDateTime> local = i -> LocalDateTime.ofInstant(i, InspectionService.VIETNAM);
        return new InspectionView.Remediation(r.id(), local.apply(r.reportedAt()), r.reportedBy(), r.whatDone(),
                r.doneOn(), r.evidenceLink(), r.decision(), r.decidedAt() == null ? null : local.apply(r.decidedAt()),
                r.decidedBy(), r.decisionNote());
    }
}
