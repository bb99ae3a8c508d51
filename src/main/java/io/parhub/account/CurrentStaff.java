package io.parhub.account;

import java.util.Set;

/** The signed-in staff member as other modules see it: who, which agency, which roles. */
public record CurrentStaff(long id, String username, String displayName, long agencyId, Set<Role> roles) {

    public CurrentStaff {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
