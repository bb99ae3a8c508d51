package io.parhub.org;

import org.jspecify.annotations.Nullable;

/** Records a merge, split or rename of administrative units as one operation. */
public interface Reorganisations {

    /**
     * Validates, then in one transaction ends the old units, creates the new versions, moves the children of
     * merged or renamed units, writes lineage and an audit entry. Nothing is written when a rule says no.
     *
     * @param idempotencyKey a retry with the same key and the same request returns the first result unchanged
     * @throws io.parhub.shared.DomainException with a stable type and a message key when a rule says no
     */
    ReorganisationResult record(Reorganisation request, String actor, @Nullable String idempotencyKey);
}
