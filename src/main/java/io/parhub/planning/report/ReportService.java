package io.parhub.planning.report;

import io.parhub.account.CurrentStaff;
import io.parhub.org.Agency;
import io.parhub.planning.Plans;
import io.parhub.planning.report.ReportStore.PeriodRow;
import io.parhub.planning.report.ReportStore.ReportRow;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Periods and the workflow of a unit report: draft → submitted → returned → submitted … → accepted. Each command is
 * one transaction, checks the version read (409 {@code report-stale}) and writes an audit entry. The figures are
 * frozen into the report when it is submitted: what the unit sent stays what the office reads.
 */
@Service
@Transactional
class ReportService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_SECTION = 20_000;

    record NewPeriod(ReportKind kind, int year, int number, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
            LocalDate dueOn, List<String> agencyCodes) {
    }

    /** @param documentsSent null with {@code documentsElectronic} null: the indicator is left as it is */
    record Edit(int version, Map<String, String> sections, @Nullable Long documentsSent,
            @Nullable Long documentsElectronic) {
    }

    private final ReportStore store;
    private final ReportAccess access;
    private final ReportReader reader;
    private final ReportFiguresSource source;
    private final AuditTrail audit;
    private final ObjectMapper json;

    ReportService(ReportStore store, ReportAccess access, ReportReader reader, ReportFiguresSource source,
            AuditTrail audit, ObjectMapper json) {
        this.store = store;
        this.access = access;
        this.reader = reader;
        this.source = source;
        this.audit = audit;
        this.json = json;
    }

    ReportViews.Period createPeriod(NewPeriod p, LocalDateTime at) {
        CurrentStaff staff = access.staff();
        access.requireOffice(at.toLocalDate());
        if (!p.kind().valid(p.number())) {
            throw DomainException.invalid("report-period-number", "report.problem.period-number");
        }
        LocalDate from = p.startsOn() != null ? p.startsOn() : p.kind().startOf(p.year(), p.number());
        LocalDate to = p.endsOn() != null ? p.endsOn() : p.kind().endOf(p.year(), p.number());
        if (to.isBefore(from) || p.dueOn().isBefore(to)) {
            throw DomainException.invalid("report-period-dates", "report.problem.period-dates");
        }
        if (p.agencyCodes().isEmpty()) {
            throw DomainException.invalid("report-period-units", "report.problem.period-units");
        }
        long id = store.insertPeriod(p.kind().name(), p.year(), p.number(), from, to, p.dueOn(), instant(at),
                staff.username());
        if (id < 0) {
            throw DomainException.conflict("report-period-exists", "report.problem.period-exists");
        }
        List<String> codes = new LinkedHashSet<>(p.agencyCodes()).stream().map(c -> access.agency(c, from, to)
                .orElseThrow(() -> DomainException.invalid("report-agency", "report.problem.agency", c)).code())
                .distinct().toList();
        codes.forEach(c -> store.insertPeriodUnit(id, c));
        audit.record(staff.username(), "planning.report-period-created", "report_period", String.valueOf(id),
                Map.of("kind", p.kind().name(), "year", p.year(), "number", p.number(), "from", from.toString(),
                        "to", to.toString(), "dueOn", p.dueOn().toString(), "agencies", codes));
        return reader.period(period(id));
    }

    /** The unit's report of the period: created as a draft the first time its focal point opens it. */
    ReportViews.UnitReport start(long periodId, String agencyCode, LocalDateTime at) {
        CurrentStaff staff = access.staff();
        PeriodRow p = period(periodId);
        Agency agency = access.agency(agencyCode, p.startsOn(), p.endsOn()).orElseThrow(() -> DomainException.invalid(
                "report-agency", "report.problem.agency", agencyCode));
        access.requireDraft(agency);
        if (!store.periodUnits(periodId).contains(agency.code())) {
            throw DomainException.invalid("report-unit-not-required", "report.problem.unit-not-required",
                    agency.code());
        }
        long id = store.report(periodId, agency.code()).map(ReportRow::id).orElseGet(() -> {
            long created = store.insertReport(periodId, agency.code(), instant(at), staff.username());
            audit.record(staff.username(), "planning.report-started", "unit_report", String.valueOf(created),
                    Map.of("period", periodId, "agency", agency.code()));
            return created;
        });
        return reader.report(id, at);
    }

    ReportViews.UnitReport edit(long reportId, Edit edit, LocalDateTime at) {
        CurrentStaff staff = access.staff();
        ReportRow r = report(reportId);
        PeriodRow p = period(r.periodId());
        requireUnit(r, p);
        if (!ReportStatus.valueOf(r.status()).editable()) {
            throw DomainException.conflict("report-not-editable", "report.problem.not-editable");
        }
        stale(edit.version() == r.version() && store.touch(reportId, edit.version(), instant(at)));
        Map<String, @Nullable Object> details = new HashMap<>();
        for (Map.Entry<String, String> e : edit.sections().entrySet()) {
            ReportSection section;
            try {
                section = ReportSection.ofKey(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw DomainException.invalid("report-section", "report.problem.section", e.getKey());
            }
            String text = e.getValue() == null ? "" : e.getValue().strip();
            if (text.length() > MAX_SECTION) {
                throw DomainException.invalid("report-section-length", "report.problem.section-length", MAX_SECTION);
            }
            if (text.isEmpty()) {
                store.deleteSection(reportId, section.key());
            } else {
                store.saveSection(reportId, section.key(), text);
            }
        }
        details.put("sections", edit.sections().keySet().stream().sorted().toList());
        if (edit.documentsSent() != null || edit.documentsElectronic() != null) {
            long sent = edit.documentsSent() == null ? -1 : edit.documentsSent();
            long electronic = edit.documentsElectronic() == null ? -1 : edit.documentsElectronic();
            if (sent < 0 || electronic < 0 || electronic > sent) {
                throw DomainException.invalid("report-documents", "report.problem.documents");
            }
            store.saveDocuments(p.id(), r.agencyCode(), sent, electronic, instant(at), staff.username());
            details.put("documentsSent", sent);
            details.put("documentsElectronic", electronic);
        }
        details.put("versionBefore", r.version());
        details.put("versionAfter", r.version() + 1);
        audit.record(staff.username(), "planning.report-edited", "unit_report", String.valueOf(reportId), details);
        return reader.report(reportId, at);
    }

    ReportViews.UnitReport submit(long reportId, int version, LocalDateTime at) {
        CurrentStaff staff = access.staff();
        ReportRow r = report(reportId);
        PeriodRow p = period(r.periodId());
        requireUnit(r, p);
        if (!ReportStatus.valueOf(r.status()).editable()) {
            throw DomainException.conflict("report-not-editable", "report.problem.not-editable");
        }
        ReportFigures figures = source.compute(r.agencyCode(), p.startsOn(), p.endsOn(), p.year(),
                reader.documents(p.id(), r.agencyCode()), at);
        stale(version == r.version() && store.submit(reportId, version, json.writeValueAsString(figures), instant(at),
                staff.username()));
        LocalDate due = reader.effectiveDue(p);
        boolean late = r.firstSubmittedAt() == null ? at.toLocalDate().isAfter(due)
                : LocalDateTime.ofInstant(r.firstSubmittedAt(), VIETNAM).toLocalDate().isAfter(due);
        audit.record(staff.username(), "planning.report-submitted", "unit_report", String.valueOf(reportId),
                Map.of("period", p.id(), "agency", r.agencyCode(), "from", r.status(), "late", late,
                        "versionBefore", version, "versionAfter", version + 1));
        return reader.report(reportId, at);
    }

    ReportViews.UnitReport returnReport(long reportId, int version, @Nullable String remark, LocalDateTime at) {
        CurrentStaff staff = access.staff();
        access.requireOffice(at.toLocalDate());
        ReportRow r = report(reportId);
        if (remark == null || remark.isBlank()) {
            throw DomainException.invalid("report-remark-required", "report.problem.remark-required");
        }
        requireSubmitted(r);
        stale(version == r.version() && store.returnReport(reportId, version, remark.strip(), instant(at),
                staff.username()));
        audit.record(staff.username(), "planning.report-returned", "unit_report", String.valueOf(reportId),
                Map.of("agency", r.agencyCode(), "remark", remark.strip(), "versionBefore", version,
                        "versionAfter", version + 1));
        return reader.report(reportId, at);
    }

    ReportViews.UnitReport accept(long reportId, int version, LocalDateTime at) {
        CurrentStaff staff = access.staff();
        access.requireOffice(at.toLocalDate());
        ReportRow r = report(reportId);
        requireSubmitted(r);
        stale(version == r.version() && store.accept(reportId, version, instant(at), staff.username()));
        audit.record(staff.username(), "planning.report-accepted", "unit_report", String.valueOf(reportId),
                Map.of("agency", r.agencyCode(), "versionBefore", version, "versionAfter", version + 1));
        return reader.report(reportId, at);
    }

    private void requireUnit(ReportRow r, PeriodRow p) {
        access.requireDraft(access.agency(r.agencyCode(), p.startsOn(), p.endsOn()).orElseThrow(
                () -> DomainException.forbidden("report-role", "report.problem.role")));
    }

    private static void requireSubmitted(ReportRow r) {
        if (!ReportStatus.SUBMITTED.name().equals(r.status())) {
            throw DomainException.conflict("report-not-submitted", "report.problem.not-submitted");
        }
    }

    /** Either the version read was stale, or another edit committed between the read and the update. */
    private static void stale(boolean updated) {
        if (!updated) {
            throw DomainException.conflict("report-stale", "report.problem.stale");
        }
    }

    private ReportRow report(long id) {
        return store.report(id).orElseThrow(() -> DomainException.notFound("report-not-found",
                "report.problem.not-found", id));
    }

    private PeriodRow period(long id) {
        return store.period(id).orElseThrow(() -> DomainException.notFound("report-period-not-found",
                "report.problem.period-not-found", id));
    }

    static Instant instant(LocalDateTime at) {
        return at.atZone(VIETNAM).toInstant();
    }
}
