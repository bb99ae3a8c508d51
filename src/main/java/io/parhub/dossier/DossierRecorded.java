package io.parhub.dossier;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A reception or status change the engine has just written, with the dossier as the command left it: for the
 * listeners inside this module (the national portal's outbox) that would otherwise read back, in the same
 * transaction, what was just written. Published after {@link DossierReceived} or {@link DossierStatusChanged},
 * which are what other modules listen to.
 *
 * @param transition the change; null for a new dossier
 * @param actor the username of who acted, or {@code citizen} for an online submission
 */
public record DossierRecorded(Dossier dossier, Dossier.@Nullable Transition transition, LocalDateTime at,
        String actor) {
}
