package io.parhub.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The dossier engine. Every command is one transaction: check role and agency bound → change → status history and
 * audit entry → event. {@code at} is the Vietnam local time of the command (the controllers pass the clock's now;
 * tests pass explicit times); it may not lie in the future.
 */
public interface Dossiers {

    /** Work queues of the signed-in officer. */
    enum Queue {
        /** Active dossiers assigned to me. */
        MINE,
        /** Active dossiers of my agency subtree due today. */
        DUE_TODAY,
        /** Active dossiers of my agency subtree past their due time. */
        LATE,
        /** Every active dossier of my agency subtree. */
        AGENCY,
        /** Online submissions waiting for my agency's counter to check and accept them. */
        ONLINE
    }

    /**
     * Registers a dossier at the counter or by post (role COUNTER_OFFICER; the receiving agency is the officer's).
     * With an idempotency key, a retry with the same request returns the first dossier; the same key with another
     * request is a 409.
     */
    ReceptionOutcome receive(Reception reception, LocalDateTime at, @Nullable String idempotencyKey);

    /**
     * Registers an interconnected dossier at the counter or by post (role COUNTER_OFFICER): the parts of the first
     * stage start at once, each at its agency; the dossier is resolved when every part is done.
     */
    ReceptionOutcome receiveBundle(BundleReception reception, LocalDateTime at, @Nullable String idempotencyKey);

    /** A citizen's online submission: SUBMITTED until a counter officer of {@code receivingAgencyCode} accepts it. */
    ReceptionOutcome submitOnline(Reception reception, String receivingAgencyCode, LocalDateTime at,
            @Nullable String idempotencyKey);

    DossierView act(String code, DossierAction action, ActionInput input, LocalDateTime at);

    /** The dossier, if the signed-in staff member may read it (receiving or handling agency subtree). */
    Optional<DossierView> find(String code);

    ControlSheet controlSheet(String code, LocalDateTime now);

    /** Public tracking: empty unless {@code check} equals the last 4 digits of the applicant's phone. */
    Optional<PublicTracking> track(String code, String check);

    List<DossierView> queue(Queue queue, LocalDateTime now);
}
