package io.parhub.account.security;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.org.Agencies;
import io.parhub.shared.DomainException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Role plus agency subtree: see {@link AccessPolicy} for the rules. */
@Component
class ScopedAccessPolicy implements AccessPolicy {

    private final Agencies agencies;

    ScopedAccessPolicy(Agencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public Optional<CurrentStaff> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.staff());
        }
        return Optional.empty();
    }

    @Override
    public boolean canRead(long agencyId) {
        return current().map(staff -> staff.has(Role.ADMIN) || staff.has(Role.PAR_OFFICE)
                || staff.has(Role.PROVINCIAL_LEADER) || agencies.isWithin(agencyId, staff.agencyId()))
                .orElse(false);
    }

    @Override
    public boolean canChange(long agencyId) {
        return current().map(staff -> staff.has(Role.ADMIN) || agencies.isWithin(agencyId, staff.agencyId()))
                .orElse(false);
    }

    @Override
    public void requireRead(long agencyId) {
        if (!canRead(agencyId)) {
            throw DomainException.forbidden("agency-out-of-scope", "account.problem.out-of-scope");
        }
    }

    @Override
    public void requireChange(long agencyId) {
        if (!canChange(agencyId)) {
            throw DomainException.forbidden("agency-out-of-scope", "account.problem.out-of-scope");
        }
    }
}
