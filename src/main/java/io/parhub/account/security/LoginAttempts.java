package io.parhub.account.security;

import io.parhub.account.store.StaffAccounts;
import io.parhub.shared.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so that passwords cannot be guessed online.
 * Every lock is written to the audit trail.
 */
@Component
class LoginAttempts {

    private final StaffAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(StaffAccounts accounts, AuditTrail audit, Clock clock,
            @Value("${parhub.security.max-failed-logins}") int maxFailures,
            @Value("${parhub.security.lockout}") Duration lockout) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        int failures = accounts.recordFailure(username, maxFailures, clock.instant().plus(lockout));
        if (failures == maxFailures) {
            audit.record(username, "account.locked", "account_staff", username,
                    Map.of("failedLogins", failures, "lockedForMinutes", lockout.toMinutes()));
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName(), clock.instant());
    }
}
