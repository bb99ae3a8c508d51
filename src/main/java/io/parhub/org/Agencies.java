package io.parhub.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The agency registry, read-only, for other modules (accounts are scoped to an agency subtree). */
public interface Agencies {

    Optional<Agency> byId(long id);

    /** The version of {@code code} that exists on {@code at}. */
    Optional<Agency> byCode(String code, LocalDate at);

    /** Every agency that exists on {@code at}, parents before children. */
    List<Agency> all(LocalDate at);

    /** true when {@code agencyId} is {@code ancestorId} itself or lies in its subtree (by path). */
    boolean isWithin(long agencyId, long ancestorId);

    /**
     * The ids of the agency {@code code} as it existed on each of {@code days} and of every agency under it on that
     * day: what "the unit and its subordinate units" covers over a period whose agencies changed.
     */
    default java.util.Set<Long> subtree(String code, LocalDate... days) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (LocalDate day : days) {
            byCode(code, day).ifPresent(root -> all(day).stream().filter(a -> isWithin(a.id(), root.id()))
                    .forEach(a -> ids.add(a.id())));
        }
        return ids;
    }
}
