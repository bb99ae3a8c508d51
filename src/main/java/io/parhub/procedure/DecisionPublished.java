package io.parhub.procedure;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (Spring application event, in the publishing transaction) when a decision has been written; not on a
 * replayed retry. Sub-modules use it, e.g. to end the internal process of an abolished procedure.
 */
public record DecisionPublished(long decisionId, String number, LocalDate effectiveFrom, List<String> added,
        List<String> amended, List<String> abolished) {
}
