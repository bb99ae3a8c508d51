package io.parhub.dossier;

import java.util.Arrays;
import java.util.Optional;

/** The actions of {@code POST /api/v1/dossiers/{code}/actions/{action}}, by their slug. */
public enum DossierAction {
    ACCEPT, FORWARD, RETURN, REQUEST_SUPPLEMENT, SUPPLEMENT, APOLOGISE, REFUSE, WITHDRAW, SUSPEND, APPROVE, DELIVER,
    REQUEST_PAYMENT, CONFIRM_PAYMENT, COMPLETE_PART;

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<DossierAction> bySlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }
}
