package io.parhub.account.security;

import io.parhub.account.AccessPolicy;
import io.parhub.account.Role;
import io.parhub.account.store.StaffAccount;
import io.parhub.account.store.StaffAccounts;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on staff accounts. Each is one transaction: validate, change, audit. Creating an account that already
 * exists with the same name, agency and roles returns it unchanged, so a retried request does no harm.
 */
@Service
public class StaffAdministration {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");

    private final StaffAccounts accounts;
    private final Agencies agencies;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final Clock clock;

    StaffAdministration(StaffAccounts accounts, Agencies agencies, PasswordEncoder passwords, AuditTrail audit,
            AccessPolicy access, Clock clock) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwords = passwords;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public record NewStaff(String username, String displayName, @Nullable String email, String agencyCode,
            Set<Role> roles, String password) {
    }

    @Transactional
    public StaffAccount create(NewStaff command, String actor) {
        String username = command.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("invalid-username", "account.problem.username");
        }
        requireText(command.displayName(), "account.field.displayName");
        requireRoles(command.roles());
        Agency agency = agencyNow(command.agencyCode());
        access.requireChange(agency.id());
        var existing = accounts.byUsername(username);
        if (existing.isPresent()) {
            StaffAccount same = existing.get();
            if (same.agencyId() == agency.id() && same.roles().equals(command.roles())
                    && same.displayName().equals(command.displayName().trim())) {
                return same;
            }
            throw DomainException.conflict("username-taken", "account.problem.username-taken", username);
        }
        PasswordRules.check(command.password(), username);
        long id = accounts.insert(username, command.displayName().trim(), blankToNull(command.email()),
                passwords.encode(command.password()), agency.id(), command.roles(), clock.instant());
        audit.record(actor, "account.created", "account_staff", username, details(agency, command.roles()));
        return accounts.byId(id).orElseThrow();
    }

    @Transactional
    public void update(long id, int version, String displayName, @Nullable String email, String agencyCode,
            boolean enabled, Set<Role> roles, String actor) {
        StaffAccount account = existing(id);
        access.requireChange(account.agencyId());
        requireText(displayName, "account.field.displayName");
        requireRoles(roles);
        Agency agency = agencyNow(agencyCode);
        access.requireChange(agency.id());
        if (!accounts.update(id, version, displayName.trim(), blankToNull(email), agency.id(), enabled, roles)) {
            throw DomainException.conflict("concurrent-edit", "problem.concurrent-edit");
        }
        Map<String, Object> details = details(agency, roles);
        details.put("enabled", enabled);
        audit.record(actor, "account.updated", "account_staff", account.username(), details);
    }

    @Transactional
    public void resetPassword(long id, int version, String newPassword, String actor) {
        StaffAccount account = existing(id);
        access.requireChange(account.agencyId());
        PasswordRules.check(newPassword, account.username());
        if (!accounts.changePassword(id, version, passwords.encode(newPassword), clock.instant())) {
            throw DomainException.conflict("concurrent-edit", "problem.concurrent-edit");
        }
        audit.record(actor, "account.password-reset", "account_staff", account.username(), Map.of());
    }

    @Transactional
    public void unlock(long id, String actor) {
        StaffAccount account = existing(id);
        access.requireChange(account.agencyId());
        accounts.unlock(id);
        audit.record(actor, "account.unlocked", "account_staff", account.username(), Map.of());
    }

    private StaffAccount existing(long id) {
        return accounts.byId(id).orElseThrow(
                () -> DomainException.notFound("account-not-found", "account.problem.not-found", id));
    }

    private Agency agencyNow(String code) {
        LocalDate today = LocalDate.now(clock);
        return agencies.byCode(code.trim(), today).orElseThrow(
                () -> DomainException.invalid("agency-not-found", "account.problem.agency", code, today));
    }

    private static Map<String, Object> details(Agency agency, Set<Role> roles) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("agency", agency.code());
        details.put("roles", roles.stream().map(Role::name).sorted().toList());
        return details;
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw DomainException.invalid("missing-role", "account.problem.roles");
        }
    }

    private static void requireText(@Nullable String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("missing-field", "account.problem.required", fieldKey);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
