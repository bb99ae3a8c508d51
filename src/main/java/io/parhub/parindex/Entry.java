package io.parhub.parindex;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A unit in a cycle, as it was on the scope date; not ranked when excluded (with the reason). */
public record Entry(long id, long cycleId, String unitCode, String unitName, @Nullable Long agencyId,
        UnitGroup group, long setId, boolean ranked, @Nullable String exclusionReason, @Nullable Instant submittedAt,
        @Nullable String submittedBy, boolean late, int version) {
}
