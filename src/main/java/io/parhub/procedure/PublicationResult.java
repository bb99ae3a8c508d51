package io.parhub.procedure;

import java.time.LocalDate;
import java.util.List;

/**
 * What a published decision did.
 *
 * @param replayed true when this answers a retry of a decision already published with the same content
 */
public record PublicationResult(long decisionId, String number, LocalDate effectiveFrom, List<String> added,
        List<String> amended, List<String> abolished, boolean replayed) {
}
