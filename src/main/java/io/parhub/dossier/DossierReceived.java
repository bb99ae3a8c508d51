package io.parhub.dossier;

/** A dossier was registered (whatever the reception outcome: received, awaiting completion, refused, submitted). */
public record DossierReceived(String code, String procedureCode, long receivingAgencyId, String status) {
}
