package io.parhub.dossier;

/**
 * The result of a reception: the dossier in its first state (RECEIVED, SUBMITTED, AWAITING_COMPLETION with every
 * missing item, or REFUSED_AT_RECEPTION with reasons) and whether this was a replay of an earlier request with the
 * same idempotency key.
 */
public record ReceptionOutcome(DossierView dossier, boolean replayed) {
}
