package io.parhub.dossier.page;

import io.parhub.dossier.slip.SlipKind;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The slip a dossier's state calls for, and the slugs of the PDF addresses. */
final class SlipKinds {

    private SlipKinds() {
    }

    /** RECEIVED and later → receipt; incomplete → guidance (supplement request); refused at reception → refusal. */
    static @Nullable String forStatus(String status) {
        return switch (status) {
            case "AWAITING_COMPLETION" -> slug(SlipKind.SUPPLEMENT_REQUEST);
            case "REFUSED_AT_RECEPTION" -> slug(SlipKind.REFUSAL);
            case "SUBMITTED" -> null;
            default -> slug(SlipKind.RECEIPT);
        };
    }

    static String slug(SlipKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<SlipKind> bySlug(String slug) {
        for (SlipKind k : SlipKind.values()) {
            if (slug(k).equals(slug)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
