package io.parhub.dossier.portal;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.dossier.Dossier;
import io.parhub.dossier.DossierReceived;
import io.parhub.dossier.DossierStatusChanged;
import io.parhub.dossier.store.DossierSteps;
import io.parhub.dossier.store.DossierStore;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
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

    private final DossierStore dossiers;
    private final DossierSteps steps;
    private final PortalPayloads payloads;
    private final PortalOutbox outbox;
    private final AccessPolicy access;
    private final JsonMapper json;
    private final Clock clock;

    PortalOutboxWriter(DossierStore dossiers, DossierSteps steps, PortalPayloads payloads, PortalOutbox outbox,
            AccessPolicy access, JsonMapper json, Clock clock) {
        this.dossiers = dossiers;
        this.steps = steps;
        this.payloads = payloads;
        this.outbox = outbox;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /** A new dossier: the portal gets its copy (whatever the reception outcome). */
    @EventListener
    void on(DossierReceived event) {
        Dossier d = dossier(event.code());
        write(d.code(), PortalOutbox.Kind.DOSSIER, payloads.dossier(d));
    }

    /**
     * A status change: the dossier again (so the portal's copy is current), then the progress entry of the history
     * row the engine has just written for this change.
     */
    @EventListener
    void on(DossierStatusChanged event) {
        Dossier d = dossier(event.code());
        DossierSteps.HistoryRow last = steps.lastHistory(Objects.requireNonNull(d.id())).orElseThrow();
        write(d.code(), PortalOutbox.Kind.DOSSIER, payloads.dossier(d));
        write(d.code(), PortalOutbox.Kind.PROGRESS, payloads.progress(d, last, actorName(last.actor())));
    }

    private Dossier dossier(String code) {
        return dossiers.find(code).orElseThrow(() -> new IllegalStateException("dossier " + code + " not found"));
    }

    /** The signed-in officer's display name when they are the actor (they are, for every staff command). */
    private String actorName(String actor) {
        return access.current().filter(s -> s.username().equals(actor)).map(CurrentStaff::displayName)
                .filter(n -> !n.isBlank()).orElse(actor);
    }

    private void write(String code, PortalOutbox.Kind kind, Map<String, Object> payload) {
        outbox.write(code, kind, json.writeValueAsString(payload), clock.instant());
    }
}
