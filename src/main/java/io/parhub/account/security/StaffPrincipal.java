package io.parhub.account.security;

import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.account.store.StaffAccount;
import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member inside Spring Security; its password hash is erased after sign-in. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentStaff staff;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    StaffPrincipal(StaffAccount account, Instant now) {
        this.staff = new CurrentStaff(account.id(), account.username(), account.displayName(), account.agencyId(),
                account.roles());
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = account.lockedAt(now);
    }

    public CurrentStaff staff() {
        return staff;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return staff.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return staff.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    public Set<Role> roles() {
        return staff.roles();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal p && p.staff.id() == staff.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(staff.id());
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + staff.username() + "]";
    }

    static List<String> authorityNames(Set<Role> roles) {
        return roles.stream().map(Role::authority).toList();
    }
}
