package io.parhub.dossier.portal;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the failures view shows and its one command: retry a FAILED message now (audited). */
@Service
public class PortalSync {

    /** How many failed or retrying messages the view lists at most. */
    static final int FAILURES_SHOWN = 200;

    private final PortalOutbox outbox;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    PortalSync(PortalOutbox outbox, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Map<PortalOutbox.Status, Long> counts() {
        return outbox.counts();
    }

    public List<PortalOutbox.Message> failures() {
        return outbox.failures(FAILURES_SHOWN);
    }

    /** FAILED → PENDING, due now, attempts counted afresh; 404 for an unknown message, 409 unless FAILED. */
    @Transactional
    public PortalOutbox.Message retry(long id) {
        PortalOutbox.Message m = outbox.find(id).orElseThrow(() -> DomainException.notFound("portal-message-not-found",
                "dossier.portal.problem.not-found", id));
        if (!outbox.retry(id, clock.instant())) {
            throw DomainException.conflict("portal-message-not-failed", "dossier.portal.problem.not-failed", id,
                    m.status().name());
        }
        String actor = access.current().map(CurrentStaff::username).orElse("system");
        Map<String, @Nullable Object> details = new HashMap<>();
        details.put("dossier", m.dossierCode());
        details.put("kind", m.kind().name());
        details.put("attempts", m.attempts());
        details.put("lastError", m.lastError());
        audit.record(actor, "dossier.portal.retried", "dossier_portal_outbox", Long.toString(id), details);
        return outbox.find(id).orElseThrow();
    }
}
