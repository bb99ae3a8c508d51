package io.parhub.org;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of an agency (cơ quan): its code together with its period identifies it, because codes such as
 * {@code UBND-31522} are reused after a reorganisation.
 *
 * @param path ids from the root agency down to this one, e.g. {@code /1/5/}; a subtree is a path prefix
 * @param unitCode the administrative unit the agency serves (read together with {@code validFrom})
 * @param validTo the first day this version no longer exists, null while it does
 */
public record Agency(long id, String code, String name, AgencyKind kind, @Nullable Long parentId, String path,
        @Nullable String unitCode, LocalDate validFrom, @Nullable LocalDate validTo) {

    /** Whether this version exists on {@code day}. */
    public boolean existsOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
