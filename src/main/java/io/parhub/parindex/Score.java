package io.parhub.parindex;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The score of one leaf criterion of one unit through the rounds. */
public record Score(long id, long entryId, long criterionId, @Nullable BigDecimal selfScore,
        @Nullable String selfComment, @Nullable String evidenceLinks, @Nullable BigDecimal appraisedScore,
        @Nullable String appraisalRemark, boolean sentBack, @Nullable String explanation,
        @Nullable Instant explainedAt, @Nullable BigDecimal finalScore, Instant updatedAt, String updatedBy,
        int version) {

    /** The score that counts now: final once locked, else the appraised one, else the unit's own (0 if none). */
    public BigDecimal effective() {
        if (finalScore != null) {
            return finalScore;
        }
        if (appraisedScore != null) {
            return appraisedScore;
        }
        return selfScore == null ? BigDecimal.ZERO : selfScore;
    }
}
