package io.parhub.planning.report;

import io.parhub.account.CurrentStaff;
import io.parhub.dossier.Figures;
import io.parhub.org.Agency;
import io.parhub.planning.Plans;
import io.parhub.planning.report.ReportStore.PeriodRow;
import io.parhub.planning.report.ReportStore.ReportRow;
import io.parhub.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Reads periods, unit reports (figures frozen once submitted, computed while a draft) and the province's report. */
@Service
@Transactional(readOnly = true)
class ReportReader {

    private final ReportStore store;
    private final ReportAccess access;
    private final ReportFiguresSource source;
    private final Plans plans;
    private final ObjectMapper json;

    ReportReader(ReportStore store, ReportAccess access, ReportFiguresSource source, Plans plans, ObjectMapper json) {
        this.store = store;
        this.access = access;
        this.source = source;
        this.plans = plans;
        this.json = json;
    }

    /** A deadline on a day off moves to the next working day, as the plans' deadlines do (BLDS 2015 Điều 148). */
    LocalDate effectiveDue(PeriodRow p) {
        return plans.effectiveDeadline(p.dueOn());
    }

    ReportViews.Period period(PeriodRow p) {
        return new ReportViews.Period(p.id(), ReportKind.valueOf(p.kind()), p.year(), p.number(), p.startsOn(),
                p.endsOn(), p.dueOn(), effectiveDue(p), store.periodUnits(p.id()));
    }

    List<ReportViews.PeriodItem> periods(int year, LocalDateTime at) {
        CurrentStaff staff = access.staff();
        return store.periods(year).stream().map(p -> {
            List<ReportViews.UnitRow> rows = units(p, at);
            List<ReportViews.UnitRow> mine = rows.stream().filter(u -> access.agency(u.agencyCode(), p.startsOn(),
                    p.endsOn()).map(a -> access.canDraft(staff, a)).orElse(false)).toList();
            return new ReportViews.PeriodItem(period(p), (int) rows.stream().filter(u -> u.status()
                    == ReportStatus.SUBMITTED || u.status() == ReportStatus.ACCEPTED).count(),
                    (int) rows.stream().filter(u -> u.status() == ReportStatus.ACCEPTED).count(), mine);
        }).toList();
    }

    ReportViews.Overview overview(long periodId, LocalDateTime at) {
        CurrentStaff staff = access.staff();
        PeriodRow p = period(periodId);
        if (!access.canReadAll(staff, at.toLocalDate())) {
            throw DomainException.forbidden("report-role", "report.problem.role");
        }
        return new ReportViews.Overview(period(p), units(p, at), province(p, at));
    }

    ReportViews.UnitReport report(long id, LocalDateTime at) {
        ReportRow r = store.report(id).orElseThrow(() -> DomainException.notFound("report-not-found",
                "report.problem.not-found", id));
        PeriodRow p = period(r.periodId());
        Agency agency = access.agency(r.agencyCode(), p.startsOn(), p.endsOn()).orElseThrow();
        access.requireRead(agency, at.toLocalDate());
        CurrentStaff staff = access.staff();
        ReportStatus status = ReportStatus.valueOf(r.status());
        boolean frozen = !status.editable() && r.figures() != null;
        ReportFigures figures = frozen ? json.readValue(r.figures(), ReportFigures.class)
                : source.compute(r.agencyCode(), p.startsOn(), p.endsOn(), p.year(), documents(p.id(),
                        r.agencyCode()), at);
        Map<String, String> texts = store.sections(id);
        List<ReportViews.Section> sections = Arrays.stream(ReportSection.values()).map(s -> new ReportViews.Section(
                s.key(), s.number(), texts.get(s.key()))).toList();
        boolean unit = access.canDraft(staff, agency);
        boolean office = access.isOffice(staff, at.toLocalDate());
        return new ReportViews.UnitReport(r.id(), period(p), agency.code(), agency.name(), status,
                late(p, r, at.toLocalDate()), frozen, figures, sections, local(r.submittedAt()), r.submittedBy(),
                local(r.returnedAt()), r.returnedBy(), r.returnRemark(), local(r.acceptedAt()), r.acceptedBy(),
                r.version(), new ReportViews.Actions(unit && status.editable(), unit && status.editable(),
                        office && status == ReportStatus.SUBMITTED));
    }

    ReportFigures.@Nullable Documents documents(long periodId, String agencyCode) {
        return store.documents(periodId, agencyCode).map(d -> ReportFigures.Documents.of(d.sent(), d.electronic()))
                .orElse(null);
    }

    private List<ReportViews.UnitRow> units(PeriodRow p, LocalDateTime at) {
        Map<String, ReportRow> reports = new java.util.HashMap<>();
        store.reports(p.id()).forEach(r -> reports.put(r.agencyCode(), r));
        return store.periodUnits(p.id()).stream().map(code -> {
            ReportRow r = reports.get(code);
            String name = access.agency(code, p.startsOn(), p.endsOn()).map(Agency::name).orElse(code);
            return new ReportViews.UnitRow(code, name, r == null ? null : r.id(), r == null ? ReportStatus.NOT_STARTED
                    : ReportStatus.valueOf(r.status()), late(p, r, at.toLocalDate()),
                    r == null ? null : local(r.submittedAt()));
        }).toList();
    }

    /** Late: first submitted after the moved deadline; or not submitted yet and the moved deadline has passed. */
    private boolean late(PeriodRow p, @Nullable ReportRow r, LocalDate today) {
        LocalDate due = effectiveDue(p);
        if (r == null || r.firstSubmittedAt() == null) {
            return today.isAfter(due);
        }
        return LocalDateTime.ofInstant(r.firstSubmittedAt(), ReportService.VIETNAM).toLocalDate().isAfter(due);
    }

    /** Sums over the accepted reports only: a submitted report may still be returned and changed. */
    private ReportViews.ProvinceReport province(PeriodRow p, LocalDateTime at) {
        Figures dossiers = Figures.ZERO;
        ReportFigures.Feedback feedback = new ReportFigures.Feedback(0, 0, 0, 0);
        ReportFigures.PlanProgress plan = new ReportFigures.PlanProgress(0, 0, 0);
        ReportFigures.Documents documents = null;
        List<String> codes = new ArrayList<>();
        Map<String, List<ReportViews.UnitText>> texts = new java.util.LinkedHashMap<>();
        for (ReportRow r : store.reports(p.id())) {
            if (!ReportStatus.ACCEPTED.name().equals(r.status()) || r.figures() == null) {
                continue;
            }
            ReportFigures f = json.readValue(r.figures(), ReportFigures.class);
            codes.add(r.agencyCode());
            dossiers = dossiers.plus(f.dossiers());
            if (f.feedback() != null) {
                feedback = feedback.plus(f.feedback());
            }
            plan = plan.plus(f.plan());
            if (f.documents() != null) {
                documents = documents == null ? f.documents() : documents.plus(f.documents());
            }
            String name = access.agency(r.agencyCode(), p.startsOn(), p.endsOn()).map(Agency::name)
                    .orElse(r.agencyCode());
            store.sections(r.id()).forEach((key, text) -> texts.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new ReportViews.UnitText(r.agencyCode(), name, text)));
        }
        List<ReportViews.AggregateSection> sections = Arrays.stream(ReportSection.values())
                .map(s -> new ReportViews.AggregateSection(s.key(), s.number(), texts.getOrDefault(s.key(),
                        List.of()))).toList();
        return new ReportViews.ProvinceReport(codes.size(), codes, dossiers, feedback, plan, documents,
                source.procedures(p.startsOn(), p.endsOn()), source.satisfaction(access.provinceAgency(), p.year()),
                source.inspections(p.year(), p.endsOn()), sections);
    }

    private PeriodRow period(long id) {
        return store.period(id).orElseThrow(() -> DomainException.notFound("report-period-not-found",
                "report.problem.period-not-found", id));
    }

    private static @Nullable LocalDateTime local(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ReportService.VIETNAM);
    }
}
