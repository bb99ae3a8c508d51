package io.parhub.procedure;

import java.util.List;

/**
 * The only way the catalogue changes: publishing a decision, in one transaction (validate everything → write the
 * versions and the change records → audit {@code procedure.decision.published} → {@link DecisionPublished}).
 */
public interface ProcedurePublications {

    /**
     * Every error the decision would be rejected with (empty = publishable), as of now; writes nothing. A decision
     * number already published with the same content is valid (publishing it again is a replay).
     */
    List<PublicationError> validate(PublicationDecision decision);

    /**
     * Publishes the decision, or returns the first result ({@code replayed = true}) when the same number was
     * already published with identical content.
     *
     * @throws PublicationRejected with all errors, nothing written
     * @throws io.parhub.shared.DomainException conflict {@code procedure-decision-conflict} when the number was
     *         published with different content
     */
    PublicationResult publish(PublicationDecision decision, String actor);
}
