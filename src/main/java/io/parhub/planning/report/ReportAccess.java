package io.parhub.planning.report;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may do what with reports: the province's PAR office (role PAR_OFFICE inside the tree of
 * {@code parhub.planning.province-agency}) creates periods, returns and accepts; a unit's PAR focal point (its agency
 * subtree) drafts, edits and submits; the office, provincial leaders, administrators and the unit's own staff read.
 */
@Component
class ReportAccess {

    private final AccessPolicy access;
    private final Agencies agencies;
    private final String provinceAgency;

    ReportAccess(AccessPolicy access, Agencies agencies,
            @Value("${parhub.planning.province-agency:UBND-92}") String provinceAgency) {
        this.access = access;
        this.agencies = agencies;
        this.provinceAgency = provinceAgency;
    }

    CurrentStaff staff() {
        return access.current().orElseThrow(() -> DomainException.forbidden("forbidden", "error.page.403"));
    }

    String provinceAgency() {
        return provinceAgency;
    }

    boolean isOffice(CurrentStaff staff, LocalDate day) {
        return staff.has(Role.PAR_OFFICE) && agencies.byCode(provinceAgency, day)
                .map(p -> agencies.isWithin(staff.agencyId(), p.id())).orElse(false);
    }

    void requireOffice(LocalDate day) {
        if (!isOffice(staff(), day)) {
            throw DomainException.forbidden("report-role", "report.problem.role");
        }
    }

    boolean canDraft(CurrentStaff staff, Agency agency) {
        return staff.has(Role.PAR_FOCAL_POINT) && access.canChange(agency.id());
    }

    void requireDraft(Agency agency) {
        if (!canDraft(staff(), agency)) {
            throw DomainException.forbidden("report-role", "report.problem.role");
        }
    }

    boolean canReadAll(CurrentStaff staff, LocalDate day) {
        return isOffice(staff, day) || staff.has(Role.PROVINCIAL_LEADER) || staff.has(Role.ADMIN);
    }

    void requireRead(Agency agency, LocalDate day) {
        CurrentStaff staff = staff();
        if (!canReadAll(staff, day) && !access.canRead(agency.id())) {
            throw DomainException.forbidden("report-role", "report.problem.role");
        }
    }

    /** The agency with this code on the period's first day, or else on its last (a reorganisation within it). */
    Optional<Agency> agency(String code, LocalDate from, LocalDate to) {
        String c = code.strip();
        return agencies.byCode(c, from).or(() -> agencies.byCode(c, to));
    }
}
