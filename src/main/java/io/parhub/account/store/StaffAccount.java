package io.parhub.account.store;

import io.parhub.account.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One staff account as stored. The password hash never leaves the account module. */
public record StaffAccount(long id, String username, String displayName, @Nullable String email, String passwordHash,
        long agencyId, boolean enabled, int failedLogins, @Nullable Instant lockedUntil, @Nullable Instant lastLoginAt,
        Instant createdAt, int version, Set<Role> roles) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
