package io.parhub.survey;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may run surveys: the PAR office (and the administrator) designs questionnaires and rounds for the whole
 * province; a unit's PAR focal point prints its invitations and enters its paper forms too.
 */
@Component
class SurveyAccess {

    private final AccessPolicy access;

    SurveyAccess(AccessPolicy access) {
        this.access = access;
    }

    /** The PAR office or an administrator, else a 403 problem; returns the user name. */
    String requireOffice() {
        CurrentStaff staff = current();
        if (!staff.has(Role.PAR_OFFICE) && !staff.has(Role.ADMIN)) {
            throw DomainException.forbidden("survey-role", "survey.error.role");
        }
        return staff.username();
    }

    /** The PAR office, an administrator, or a PAR focal point inside the unit's subtree; returns the user name. */
    String requireUnit(long unitAgencyId) {
        CurrentStaff staff = current();
        if (staff.has(Role.PAR_OFFICE) || staff.has(Role.ADMIN)) {
            return staff.username();
        }
        if (staff.has(Role.PAR_FOCAL_POINT) && access.canChange(unitAgencyId)) {
            return staff.username();
        }
        throw DomainException.forbidden("survey-role", "survey.error.unit-role");
    }

    private CurrentStaff current() {
        return access.current().orElseThrow(() -> DomainException.forbidden("survey-role", "survey.error.role"));
    }
}
