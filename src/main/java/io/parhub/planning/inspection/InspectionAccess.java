package io.parhub.planning.inspection;

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
 * Who may do what with inspections. The PAR office of the province (role PAR_OFFICE, agency inside the tree of
 * {@code parhub.planning.province-agency}, as for the province's plan) plans, forms teams, records visits and findings
 * and decides on remediation; the responsible unit's PAR focal point (its agency subtree) reports remediation; every
 * signed-in staff member reads.
 */
@Component
class InspectionAccess {

    private final AccessPolicy access;
    private final Agencies agencies;
    private final String provinceAgency;

    InspectionAccess(AccessPolicy access, Agencies agencies,
            @Value("${parhub.planning.province-agency:UBND-92}") String provinceAgency) {
        this.access = access;
        this.agencies = agencies;
        this.provinceAgency = provinceAgency;
    }

    CurrentStaff staff() {
        return access.current().orElseThrow(() -> DomainException.forbidden("forbidden", "error.page.403"));
    }

    Optional<CurrentStaff> current() {
        return access.current();
    }

    boolean isOffice(CurrentStaff staff, int year) {
        return staff.has(Role.PAR_OFFICE) && find(provinceAgency, year)
                .map(p -> agencies.isWithin(staff.agencyId(), p.id())).orElse(false);
    }

    CurrentStaff requireOffice(int year) {
        CurrentStaff staff = staff();
        if (!isOffice(staff, year)) {
            throw DomainException.forbidden("inspection-role", "inspection.problem.role");
        }
        return staff;
    }

    /** The responsible unit's PAR focal point: the role and the agency subtree. */
    boolean mayReport(CurrentStaff staff, String agencyCode, int year) {
        return staff.has(Role.PAR_FOCAL_POINT)
                && find(agencyCode, year).map(a -> access.canChange(a.id())).orElse(false);
    }

    /** The agency with this code on 1 January of the year, or else on 31 December (a reorganisation mid-year). */
    Optional<Agency> find(String code, int year) {
        String c = code.strip();
        return agencies.byCode(c, LocalDate.of(year, 1, 1)).or(() -> agencies.byCode(c, LocalDate.of(year, 12, 31)));
    }

    Agency agency(String code, int year) {
        return find(code, year).orElseThrow(() -> DomainException.invalid("inspection-agency",
                "inspection.problem.agency", code, String.valueOf(year)));
    }

    String name(String code, int year) {
        return find(code, year).map(Agency::name).orElse(code);
    }
}
