package io.parhub.account.web;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.account.store.StaffAccounts;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff-only API: who am I, and the accounts of an agency I may see. */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "Staff accounts (sign-in required)")
class StaffApiController {

    record AgencyView(String code, String name) {
    }

    record StaffView(String username, String displayName, AgencyView agency, Set<Role> roles, boolean enabled,
            boolean locked) {
    }

    private final AccessPolicy access;
    private final StaffAccounts accounts;
    private final Agencies agencies;
    private final Clock clock;

    StaffApiController(AccessPolicy access, StaffAccounts accounts, Agencies agencies, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in staff member: agency and roles")
    StaffView me() {
        CurrentStaff staff = access.current().orElseThrow(
                () -> DomainException.forbidden("staff-only", "account.problem.staff-only"));
        return accounts.byId(staff.id()).map(this::view).orElseThrow();
    }

    @GetMapping("/accounts")
    @Operation(summary = "Accounts of an agency and its subtree, if the caller may read that agency")
    List<StaffView> accounts(@Parameter(description = "agency code; default: the caller's own agency")
            @RequestParam(required = false) @Nullable String agency) {
        CurrentStaff staff = access.current().orElseThrow(
                () -> DomainException.forbidden("staff-only", "account.problem.staff-only"));
        Agency root = agency == null ? agencies.byId(staff.agencyId()).orElseThrow()
                : agencies.byCode(agency, LocalDate.now(clock))
                        .orElseThrow(() -> DomainException.notFound("agency-not-found", "account.problem.agency",
                                agency, LocalDate.now(clock)));
        access.requireRead(root.id());
        return accounts.list(null).stream().filter(a -> agencies.isWithin(a.agencyId(), root.id()))
                .map(this::view).toList();
    }

    private StaffView view(io.parhub.account.store.StaffAccount a) {
        Agency agency = agencies.byId(a.agencyId()).orElseThrow();
        return new StaffView(a.username(), a.displayName(), new AgencyView(agency.code(), agency.name()), a.roles(),
                a.enabled(), a.lockedAt(clock.instant()));
    }
}
