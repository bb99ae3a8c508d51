package io.parhub.dossier.portal;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.dossier.Dossier;
import io.parhub.dossier.DossierRecorded;
import io.parhub.dossier.store.DossierSteps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the portal's messages in the transaction of the change: a synchronous listener (not after commit), so the
 * command and its messages are committed or rolled back together and no change is lost between them. Writing is
 * always on (a row per message is cheap); sending depends on {@code parhub.portal.enabled}.
 */
@Component
class PortalOutboxWriter {

    private final PortalPayloads payloads;
    private final PortalOutbox outbox;
    private final AccessPolicy access;
    private final JsonMapper json;
    private final Clock clock;

    PortalOutboxWriter(PortalPayloads payloads, PortalOutbox outbox, AccessPolicy access, JsonMapper json,
            Clock clock) {
        this.payloads = payloads;
        this.outbox = outbox;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A new dossier: the portal gets its copy (whatever the reception outcome). A status change: the dossier again
     * (so the portal's copy is current), then the progress entry of the change.
     */
    @EventListener
    void on(DossierRecorded event) {
        Dossier d = event.dossier();
        List<PortalOutbox.Pending> messages = new ArrayList<>(2);
        messages.add(message(PortalOutbox.Kind.DOSSIER, payloads.dossier(d)));
        Dossier.Transition t = event.transition();
        if (t != null) {
            DossierSteps.HistoryRow entry = new DossierSteps.HistoryRow(event.at(), event.actor(), t.action().slug(),
                    t.from() == null ? null : t.from().name(), t.to().name(), t.note());
            messages.add(message(PortalOutbox.Kind.PROGRESS, payloads.progress(d, entry, actorName(event.actor()))));
        }
        outbox.write(d.code(), messages, clock.instant());
    }

    /** The signed-in officer's display name when they are the actor (they are, for every staff command). */
    private String actorName(String actor) {
        return access.current().filter(s -> s.username().equals(actor)).map(CurrentStaff::displayName)
                .filter(n -> !n.isBlank()).orElse(actor);
    }

    private PortalOutbox.Pending message(PortalOutbox.Kind kind, Map<String, Object> payload) {
        return new PortalOutbox.Pending(kind, json.writeValueAsString(payload));
    }
}
