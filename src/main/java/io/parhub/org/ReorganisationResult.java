package io.parhub.org;

import java.time.LocalDate;
import java.util.List;

/**
 * What a recorded reorganisation did.
 *
 * @param replayed true when this answers a retry with an idempotency key already used for the same request
 */
public record ReorganisationResult(long id, LineageKind kind, LocalDate effectiveDate, String legalBasis,
        List<String> endedCodes, List<String> createdCodes, boolean replayed) {
}
