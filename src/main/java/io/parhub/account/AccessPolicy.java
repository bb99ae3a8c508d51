package io.parhub.account;

import java.util.Optional;

/**
 * The one place that says whether the signed-in staff member may read or change what belongs to an agency.
 *
 * <p>Rules: an administrator may do everything; the PAR office of Sở Nội vụ and provincial leaders read every
 * agency (they appraise and oversee the whole province) but change only inside their own agency's subtree; every
 * other role reads and changes only inside its own agency's subtree. Each module checks the role a command needs
 * itself; this policy adds the organisational bound.
 */
public interface AccessPolicy {

    /** The signed-in staff member, if the current request has one. */
    Optional<CurrentStaff> current();

    boolean canRead(long agencyId);

    boolean canChange(long agencyId);

    /** Throws a 403 problem when the current staff member may not read what belongs to {@code agencyId}. */
    void requireRead(long agencyId);

    /** Throws a 403 problem when the current staff member may not change what belongs to {@code agencyId}. */
    void requireChange(long agencyId);
}
