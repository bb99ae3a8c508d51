package io.parhub.dossier;

/** A dossier's status changed through an action; {@code nationalCode} is the portal's TrangThaiHoSo. */
public record DossierStatusChanged(String code, String action, String from, String to, int nationalCode) {
}
