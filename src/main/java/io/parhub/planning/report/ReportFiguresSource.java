package io.parhub.planning.report;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.Figures;
import io.parhub.feedback.FeedbackCounts;
import io.parhub.feedback.Feedbacks;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.planning.InspectionFigures;
import io.parhub.planning.Inspections;
import io.parhub.planning.PlanSummary;
import io.parhub.planning.PlanView;
import io.parhub.planning.Plans;
import io.parhub.procedure.ChangeReport;
import io.parhub.procedure.ProcedureStats;
import io.parhub.procedure.Procedures;
import io.parhub.survey.SatisfactionIndex;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Computes a report's tables from the other modules' public APIs for an agency's subtree and a period: nothing is
 * typed in twice. Feedback is counted for the subtree whoever reads; plans are read as the signed-in officer may read
 * them (the unit's own subtree for its focal point, everything for the PAR office), which covers the subtree asked
 * for.
 */
@Component
class ReportFiguresSource {

    private final DossierStatistics dossiers;
    private final Procedures procedures;
    private final Feedbacks feedbacks;
    private final SatisfactionIndex satisfaction;
    private final Plans plans;
    private final Agencies agencies;
    private final Inspections inspections;
    private final Clock clock;

    ReportFiguresSource(DossierStatistics dossiers, Procedures procedures, Feedbacks feedbacks,
            SatisfactionIndex satisfaction, Plans plans, Agencies agencies, Inspections inspections, Clock clock) {
        this.inspections = inspections;
        this.clock = clock;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.feedbacks = feedbacks;
        this.satisfaction = satisfaction;
        this.plans = plans;
        this.agencies = agencies;
    }

    static DossierStatistics.Query query(String agencyCode, LocalDate from, LocalDate to) {
        return new DossierStatistics.Query(agencyCode, null, null, null, null, from, to,
                DossierStatistics.GroupBy.NONE, null);
    }

    ReportFigures compute(String agencyCode, LocalDate from, LocalDate to, int year,
            ReportFigures.@Nullable Documents documents, LocalDateTime now) {
        Figures total = Figures.ZERO;
        DossierStatistics.Online online = DossierStatistics.Online.of(0, 0, Map.of(), 0, 0);
        // a period that has not begun has no dossiers yet (the statistics refuse to look into the future)
        if (!from.atStartOfDay().isAfter(LocalDateTime.now(clock))) {
            DossierStatistics.Query q = query(agencyCode, from, to);
            total = dossiers.report(q).total();
            online = dossiers.online(q);
        }
        ReportFigures.Online o = new ReportFigures.Online(total.newOnline(), total.newTotal(), total.onlineRate(),
                online.proceduresWithDossiers(), online.proceduresWithOnline(), online.procedureShare());
        return new ReportFigures(from, to, now, total, o, procedures(from, to), feedback(agencyCode, from, to,
                now), satisfaction(agencyCode, year), plan(agencyCode, year, to, now.toLocalDate()), documents);
    }

    /** The province catalogue on the last day, and the decisions that took effect in the period. */
    ReportFigures.Procedures procedures(LocalDate from, LocalDate to) {
        ProcedureStats stats = procedures.stats(to);
        ChangeReport changes = procedures.changes(from, to);
        return new ReportFigures.Procedures(stats.total(), stats.byLevel().province(), stats.byLevel().district(),
                stats.byLevel().commune(), stats.byOnlineMode().full(), stats.byOnlineMode().partial(),
                changes.counts().added(), changes.counts().amended(), changes.counts().abolished());
    }

    /** The province's inspections of the period's year, as of its last day (or today, when earlier). */
    InspectionFigures inspections(int year, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return inspections.figures(year, today.isBefore(to) ? today : to);
    }

    ReportFigures.@Nullable Satisfaction satisfaction(String agencyCode, int year) {
        return satisfaction.forUnit(agencyCode, year).map(s -> new ReportFigures.Satisfaction(year, s.rate(),
                s.responses(), s.enough())).orElse(null);
    }

    /** Counted in the database for the unit's subtree over the period, whoever reads the report. */
    private ReportFigures.Feedback feedback(String agencyCode, LocalDate from, LocalDate to, LocalDateTime now) {
        FeedbackCounts c = feedbacks.counts(agencies.subtree(agencyCode, from, to), from, to);
        return new ReportFigures.Feedback(c.received(), c.answered(), c.answeredLate(), c.open());
    }

    /** Assignments of the year's plans to the subtree, with the flags as of the period's last day (or today). */
    private ReportFigures.PlanProgress plan(String agencyCode, int year, LocalDate to, LocalDate today) {
        LocalDate asOf = today.isBefore(to) ? today : to;
        Optional<Agency> unit = agencies.byCode(agencyCode, to);
        long total = 0;
        long done = 0;
        long overdue = 0;
        for (PlanSummary s : plans.list(year, asOf)) {
            PlanView plan = plans.find(s.id(), asOf).orElse(null);
            if (plan == null) {
                continue;
            }
            List<PlanView.Assignment> mine = plan.groups().stream().flatMap(g -> g.items().stream())
                    .flatMap(i -> i.assignments().stream())
                    .filter(a -> unit.isPresent() && within(a.agencyCode(), to, unit.get())).toList();
            total += mine.size();
            done += mine.stream().filter(a -> a.status() == io.parhub.planning.AssignmentStatus.DONE).count();
            overdue += mine.stream().filter(a -> a.flags().overdue()).count();
        }
        return new ReportFigures.PlanProgress(total, done, overdue);
    }

    private boolean within(String code, LocalDate day, Agency unit) {
        return code.equals(unit.code()) || agencies.byCode(code, day)
                .map(a -> agencies.isWithin(a.id(), unit.id())).orElse(false);
    }
}
